import { Button, Caption1, Field, ProgressBar, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useWhenShown } from '../use-when-shown';
import { useId, type JSX } from 'react';
import { unreadableProblem } from '../../workbook/xlsx/unreadable-problem';
import { TabSection } from '../TabSection';
import { useFitStyles } from '../fit-styles';
import { usePane } from '../pane-context';
import { OverwriteDialog } from '../report/OverwriteDialog';
import { ActionStatus } from '../status/ActionStatus';
import type { TabProps } from '../tabs';
import { FileList } from './FileList';
import { MergeDialog } from './MergeDialog';
import { PickFiles } from './PickFiles';
import { TrackingView } from './TrackingView';
import { useConsolidate } from './use-consolidate';

const useStyles = makeStyles({
  progress: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** Tổng hợp đơn vị: the units' files read, checked and chosen in the pane, merged into the workbook; submissions tracked. */
export function ConsolidateTab({ active }: TabProps): JSX.Element {
  const { t, m, num } = usePane();
  const c = t.consolidate;
  const styles = useStyles();
  const fit = useFitStyles();
  const undoId = useId();
  const unreadableId = useId();
  const state = useConsolidate();
  const { action, progress, open, files, unreadable, undo } = state;
  const busy = !!action.busy;

  // Read each time the tab is shown: the Danh mục, Hạn nộp and earlier imports may have changed.
  useWhenShown(active, null, state.load);

  return (
    <TabSection name="consolidate" heading={c.heading} intro={c.intro}>
      <PickFiles disabled={busy} onFiles={(picked) => void state.pick(picked)} />
      {progress ? (
        <div className={styles.progress}>
          <Field
            label={c.progressLabel}
            validationMessage={c.reading({ done: num(progress.done + 1), total: num(progress.total), file: progress.file })}
            validationState="none"
          >
            <ProgressBar value={progress.done / progress.total} max={1} />
          </Field>
          <div>
            <Button onClick={state.stop}>{c.stop}</Button>
          </div>
        </div>
      ) : null}
      <ActionStatus state={progress ? { ...action, busy: null } : action} />
      {unreadable.length > 0 ? (
        <section aria-labelledby={unreadableId}>
          <Subtitle2 as="h3" id={unreadableId} className={fit.heading}>
            {c.unreadableHeading}
          </Subtitle2>
          <ul className={styles.list}>
            {unreadable.map((u, i) => (
              <li key={`${u.name}-${i}`}>{m.unreadable.line({ file: u.name, problem: unreadableProblem(m, u.failure) })}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {open ? <FileList files={files} open={open} reportOf={state.reportOf} choiceOf={state.choiceOf} disabled={busy} onChoose={state.choose} /> : null}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void state.merge()} disabled={busy || files.length === 0 || !!state.questions}>
          {c.merge}
        </Button>
        <Button onClick={() => void state.undoLast()} disabled={busy || !undo} aria-describedby={undo ? undoId : undefined}>
          {c.undo}
        </Button>
        {undo ? <Caption1 id={undoId}>{c.undoHint({ rows: num(undo.rows), sheet: undo.sheet })}</Caption1> : null}
      </div>
      <MergeDialog questions={state.questions} onConfirm={(forced) => void state.confirm(forced)} onCancel={state.cancelMerge} />
      <OverwriteDialog sheets={state.edited} onOverwrite={() => void state.writeTracking(true)} onCancel={state.cancelTracking} />
      {open ? (
        <TrackingView
          tracking={open.result.tracking}
          busy={busy || !!state.edited}
          feedback={state.feedback}
          onWrite={() => void state.writeTracking()}
          onCopy={(u) => void state.copyFeedback(u)}
        />
      ) : null}
    </TabSection>
  );
}
