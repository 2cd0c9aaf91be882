import { makeStyles, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { Finding } from '../../engine';
import { groupFindings } from '../check/group-findings';
import { RuleFindings } from '../check/RuleFindings';
import { usePane } from '../pane-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  severity: { margin: 0, fontWeight: tokens.fontWeightSemibold },
});

/**
 * A picked file's findings, grouped as the Kiểm tra tab groups them. Its cells are in the file, not
 * in the open workbook, so the findings are text (no link to a cell of the workbook).
 */
export function FileFindings({ findings }: { findings: readonly Finding[] }): JSX.Element {
  const { t, m, num } = usePane();
  const styles = useStyles();
  const groups = groupFindings(findings.map((f) => ({ ...f, column: null })));
  if (groups.length === 0) return <p>{t.consolidate.noFindings}</p>;
  return (
    <div className={styles.root}>
      {groups.map((g) => (
        <div key={g.severity}>
          <p className={styles.severity}>{t.check.group({ label: m.severity[g.severity], count: num(g.count) })}</p>
          {g.rules.map((r) => (
            <RuleFindings key={r.rule} group={r} onSelect={() => undefined} />
          ))}
        </div>
      ))}
    </div>
  );
}
