import { Button, Caption1, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useMemo, type JSX } from 'react';
import { unknownUnits } from '../../engine';
import { TabSection } from '../TabSection';
import { usePane } from '../pane-context';
import { ActionStatus } from '../status/ActionStatus';
import type { TabProps } from '../tabs';
import { EncodingSection } from './EncodingSection';
import { FindingGroups } from './FindingGroups';
import { useCheck } from './use-check';
import { useEncoding } from './use-encoding';
import { useUnitListEdit } from './use-unit-list-edit';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  marks: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** Kiểm tra: every finding of the registration sheet, grouped, each one leading to its cell. */
export function CheckTab({ active }: TabProps): JSX.Element {
  const { t } = usePane();
  const styles = useStyles();
  const hintId = useId();
  const { action, snapshot, canMark, marking, check, setMarking, clearMarks, goTo, reload } = useCheck(active);
  const editing = useUnitListEdit(action, reload);
  const unknown = useMemo(() => (snapshot ? unknownUnits(snapshot.dataset) : []), [snapshot]);
  const encoding = useEncoding(snapshot, action, check);
  const busy = !!action.busy;
  const sheet = snapshot?.found?.sheet.name;
  return (
    <TabSection name="check" heading={t.check.heading} intro={t.check.intro}>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void check()} disabled={busy}>
          {t.check.run}
        </Button>
        <Button onClick={() => void clearMarks()} disabled={busy || !canMark || !sheet}>
          {t.check.clearMarks}
        </Button>
      </div>
      <div className={styles.marks}>
        <Switch
          label={t.check.mark}
          checked={marking}
          disabled={busy || !canMark || !sheet}
          aria-describedby={hintId}
          onChange={(_, data) => void setMarking(data.checked)}
        />
        <Caption1 id={hintId}>{canMark ? t.check.markHint : t.check.marksUnsupported}</Caption1>
      </div>
      <ActionStatus state={action} />
      {editing.last ? (
        <div>
          <Button onClick={() => void editing.undo()} disabled={busy}>
            {t.check.unknownUnits.undo}
          </Button>
        </div>
      ) : null}
      <EncodingSection fixing={encoding} busy={busy} />
      {snapshot ? <FindingGroups findings={snapshot.analysis.findings} onSelect={(f) => void goTo(f)} unknown={{ units: unknown, editing, busy }} /> : null}
    </TabSection>
  );
}
