import {
  Button,
  Caption1,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState, type JSX } from 'react';
import { usePane } from '../pane-context';
import type { MergeQuestions } from '../../engine/consolidate/merge-plan';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

interface Props {
  /** Open while there is something to confirm. */
  questions: MergeQuestions | null;
  onConfirm: (forced: ReadonlySet<string>) => void;
  onCancel: () => void;
}

/** Before the merge: the workbook's own rows (models and Khối) a file would replace, and older files (each may be chosen over the newer). */
export function MergeDialog({ questions, onConfirm, onCancel }: Props): JSX.Element {
  const { t, num } = usePane();
  const styles = useStyles();
  const [forced, setForced] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => setForced(new Set()), [questions]);
  const toggle = (id: string, on: boolean): void =>
    setForced((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  return (
    <Dialog modalType="alert" open={!!questions} onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.consolidate.confirmTitle}</DialogTitle>
          <DialogContent className={styles.content}>
            {questions && questions.ownRows.length > 0 ? (
              <ul className={styles.list}>
                {questions.ownRows.map((r) => (
                  <li key={r.file}>{t.consolidate.confirmOwnRows({ rows: num(r.rows), file: r.file })}</li>
                ))}
              </ul>
            ) : null}
            {questions && questions.ownKhoi > 0 ? <div>{t.consolidate.confirmOwnKhoi({ rows: num(questions.ownKhoi) })}</div> : null}
            {questions && questions.older.length > 0 ? (
              <>
                {questions.older.map((o) => (
                  <div key={o.id}>
                    <div>{t.consolidate.confirmOlder({ file: o.file, newer: o.newer.map((n) => n.file).join('”, “') })}</div>
                    <Checkbox
                      label={t.consolidate.useOlder({ file: o.file })}
                      checked={forced.has(o.id)}
                      onChange={(_, data) => toggle(o.id, !!data.checked)}
                    />
                  </div>
                ))}
                <Caption1>{t.consolidate.olderHint}</Caption1>
              </>
            ) : null}
          </DialogContent>
          {/* The safe choice first: it takes the focus, so Enter never merges by accident. */}
          <DialogActions>
            <Button onClick={onCancel}>{t.consolidate.cancelMerge}</Button>
            <Button appearance="primary" onClick={() => onConfirm(forced)}>
              {t.consolidate.confirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
