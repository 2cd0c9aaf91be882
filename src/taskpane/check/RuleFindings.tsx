import { Button, Link, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState, type JSX } from 'react';
import { findingText, type Finding, type RuleId } from '../../engine';
import { usePane } from '../pane-context';
import { positionOf, type RuleGroup } from './group-findings';

/** Long lists are shown a page at a time. */
const PAGE = 50;

const useStyles = makeStyles({
  heading: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300 },
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  link: { textAlign: 'start' },
});

/** One rule's findings; each one that points at a cell goes there when clicked. */
export function RuleFindings({ group, onSelect }: { group: RuleGroup; onSelect: (f: Finding) => void }): JSX.Element {
  const { t, m, num } = usePane();
  const styles = useStyles();
  const headingId = useId();
  const [shown, setShown] = useState(PAGE);
  const labels: Record<RuleId, string> = t.rules;
  const rest = group.findings.length - shown;
  return (
    <div role="group" aria-labelledby={headingId}>
      <h4 id={headingId} className={styles.heading}>
        {t.check.group({ label: labels[group.rule], count: num(group.findings.length) })}
      </h4>
      <ul className={styles.list}>
        {group.findings.slice(0, shown).map((f, i) => (
          <li key={`${f.cell ?? ''}-${i}`}>
            {positionOf(f) ? (
              <Link as="button" className={styles.link} onClick={() => onSelect(f)}>
                {findingText(f, m)}
              </Link>
            ) : (
              findingText(f, m)
            )}
          </li>
        ))}
      </ul>
      {rest > 0 ? (
        <Button appearance="subtle" size="small" onClick={() => setShown((n) => n + PAGE)}>
          {t.check.showMore({ count: num(Math.min(rest, PAGE)) })}
        </Button>
      ) : null}
    </div>
  );
}
