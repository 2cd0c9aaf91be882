import { ToolbarButton } from '@fluentui/react-components';
import { useRef, type ChangeEvent, type JSX } from 'react';
import { useMessages } from '../messages';

/** "Mở tệp .xlsx…": a toolbar button that opens the browser's file chooser (a hidden file input). */
export function FileOpenButton({ disabled, onFile }: { disabled: boolean; onFile(file: File): void }): JSX.Element {
  const m = useMessages();
  const input = useRef<HTMLInputElement>(null);
  const onChange = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again opens it again.
    event.target.value = '';
    if (file) onFile(file);
  };
  return (
    <>
      <ToolbarButton disabled={disabled} onClick={() => input.current?.click()}>
        {m.preview.openFile}
      </ToolbarButton>
      <input
        ref={input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={m.preview.fileInputLabel}
        tabIndex={-1}
        hidden
        onChange={onChange}
      />
    </>
  );
}
