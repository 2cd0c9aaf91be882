import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { FileStatus } from './files/use-workbook-files';

/** The outcome of the last file action, announced politely to screen readers. */
export function StatusMessage({ status }: { status: FileStatus }): JSX.Element {
  return (
    <div role="status" aria-live="polite">
      {status.kind === 'done' && (
        <MessageBar intent={status.intent}>
          <MessageBarBody>{status.message}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
