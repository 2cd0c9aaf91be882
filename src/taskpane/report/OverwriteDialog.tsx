import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import type { JSX } from 'react';
import { usePane } from '../pane-context';

interface Props {
  /** The hand-edited sheets; the dialog is open while there are some. */
  sheets: string[] | null;
  onOverwrite: () => void;
  onCancel: () => void;
}

/** "Trang … đã bị sửa tay. Ghi đè?": nothing is written until the clerk says so. */
export function OverwriteDialog({ sheets, onOverwrite, onCancel }: Props): JSX.Element {
  const { t } = usePane();
  return (
    <Dialog modalType="alert" open={!!sheets} onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.report.editedQuestion({ sheets: t.sheetList(sheets ?? []) })}</DialogTitle>
          <DialogContent>{t.report.editedDetail}</DialogContent>
          {/* The safe choice first: it takes the focus, so Enter never overwrites by accident. */}
          <DialogActions>
            <Button onClick={onCancel}>{t.report.cancel}</Button>
            <Button appearance="primary" onClick={onOverwrite}>
              {t.report.overwrite}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
