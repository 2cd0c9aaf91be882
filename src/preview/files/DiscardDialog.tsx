import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';
import { useMessages } from '../messages';
import type { WorkbookFiles } from './use-workbook-files';

const useStyles = makeStyles({
  // Three actions of a few words each: they wrap as whole buttons, never inside one.
  actions: { display: 'flex', flexWrap: 'wrap', justifyContent: 'flex-end', gap: tokens.spacingHorizontalS },
  button: { whiteSpace: 'nowrap' },
});

/** Before another workbook replaces one with changes not downloaded: download first, discard, or stay. */
export function DiscardDialog({ files, name }: { files: WorkbookFiles; name: string }): JSX.Element {
  const m = useMessages();
  const styles = useStyles();
  return (
    <Dialog modalType="alert" open={!!files.pending} onOpenChange={(_, data) => !data.open && files.cancelOpen()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{m.preview.discardTitle}</DialogTitle>
          <DialogContent>{files.pending ? m.preview.discardBody({ name, next: files.pending.next }) : null}</DialogContent>
          {/* Staying is first: it takes the focus, so Enter never discards work. */}
          <DialogActions fluid className={styles.actions}>
            <Button className={styles.button} onClick={files.cancelOpen}>
              {m.preview.discardCancel}
            </Button>
            <Button className={styles.button} appearance="primary" onClick={() => void files.downloadAndOpen()}>
              {m.preview.discardSave}
            </Button>
            <Button className={styles.button} onClick={() => void files.discardAndOpen()}>
              {m.preview.discardConfirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
