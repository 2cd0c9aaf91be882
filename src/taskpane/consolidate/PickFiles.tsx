import { Button } from '@fluentui/react-components';
import { useRef, type ChangeEvent, type JSX } from 'react';
import { usePane } from '../pane-context';

/** "Chọn tệp của đơn vị…": the browser's file chooser (several .xlsx at once), opened by a button. */
export function PickFiles({ disabled, onFiles }: { disabled: boolean; onFiles: (files: File[]) => void }): JSX.Element {
  const { t } = usePane();
  const input = useRef<HTMLInputElement>(null);
  const onChange = (event: ChangeEvent<HTMLInputElement>): void => {
    const files = [...(event.target.files ?? [])];
    // Cleared so that picking the same files again reads them again.
    event.target.value = '';
    if (files.length > 0) onFiles(files);
  };
  return (
    <div>
      <Button appearance="primary" disabled={disabled} onClick={() => input.current?.click()}>
        {t.consolidate.pick}
      </Button>
      <input
        ref={input}
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t.consolidate.fileInputLabel}
        tabIndex={-1}
        hidden
        onChange={onChange}
      />
    </div>
  );
}
