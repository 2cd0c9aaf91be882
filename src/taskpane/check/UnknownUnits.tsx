import { Button, Link, makeStyles, tokens } from '@fluentui/react-components';
import { useId, type JSX } from 'react';
import type { Finding, UnknownUnit } from '../../engine';
import { usePane } from '../pane-context';
import type { UnitListEditing } from './use-unit-list-edit';

const useStyles = makeStyles({
  heading: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300 },
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0, overflowWrap: 'anywhere' },
  link: { textAlign: 'start' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  button: { maxWidth: '100%', whiteSpace: 'normal', textAlign: 'start', height: 'auto' },
});

interface Props {
  /** The `unit-unknown` findings (one per row), for the count and to go to a unit's first row. */
  findings: readonly Finding[];
  units: readonly UnknownUnit[];
  editing: UnitListEditing;
  busy: boolean;
  onSelect: (f: Finding) => void;
}

/** Unit names Danh mục does not list: one line per name (not per row), with the listed names it may mean and what to do. */
export function UnknownUnits({ findings, units, editing, busy, onSelect }: Props): JSX.Element {
  const { t, num } = usePane();
  const u = t.check.unknownUnits;
  const styles = useStyles();
  const headingId = useId();
  const firstFinding = (unit: UnknownUnit): Finding | undefined => findings.find((f) => f.sheet === unit.first.sheet && f.row === unit.first.row);
  return (
    <div role="group" aria-labelledby={headingId}>
      <h4 id={headingId} className={styles.heading}>
        {t.check.group({ label: t.rules['unit-unknown'], count: num(findings.length) })}
      </h4>
      <ul className={styles.list}>
        {units.map((unit) => {
          const first = firstFinding(unit);
          return (
            <li key={unit.name} className={styles.item}>
              {first ? (
                <Link as="button" className={styles.link} aria-label={u.goTo({ unit: unit.name })} onClick={() => onSelect(first)}>
                  {u.line({ unit: unit.name, rows: num(unit.rows) })}
                </Link>
              ) : (
                <span>{u.line({ unit: unit.name, rows: num(unit.rows) })}</span>
              )}
              <span>{unit.suggestions.length > 0 ? u.similar({ names: unit.suggestions.map((n) => `“${n}”`).join(', ') }) : u.noSimilar}</span>
              <div className={styles.actions}>
                {unit.suggestions.slice(0, 2).map((listed) => (
                  <Button key={listed} size="small" className={styles.button} disabled={busy} onClick={() => void editing.recordAlias(unit, listed)}>
                    {u.asOtherName({ unit: listed })}
                  </Button>
                ))}
                <Button
                  size="small"
                  className={styles.button}
                  disabled={busy}
                  aria-label={u.addLabel({ unit: unit.name })}
                  onClick={() => void editing.add(unit)}
                >
                  {u.add}
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
