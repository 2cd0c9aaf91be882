import { Button, Caption1, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { useId, type JSX } from 'react';
import { TabSection } from '../TabSection';
import { usePane } from '../pane-context';
import { ActionStatus } from '../status/ActionStatus';
import type { TabProps } from '../tabs';
import { EncodingSection } from './EncodingSection';
import { FindingGroups } from './FindingGroups';
import { useCheck } from './use-check';
import { useEncoding } from './use-encoding';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  marks: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** Kiểm tra: every finding of the registration sheet, grouped, each one leading to its cell. */
export function CheckTab({ active }: TabProps): JSX.Element {
  const { t } = usePane();
  const styles = useStyles();
  const hintId = useId();
  const { action, snapshot, canMark, marking, check, setMarking, clearMarks, goTo } = useCheck(active);
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
      <EncodingSection fixing={encoding} busy={busy} />
      {snapshot ? <FindingGroups findings={snapshot.analysis.findings} onSelect={(f) => void goTo(f)} /> : null}
    </TabSection>
  );
}
