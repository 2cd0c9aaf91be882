import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useId, type JSX } from 'react';
import { columnLetters } from '../../engine';
import { usePane } from '../pane-context';
import type { EncodingFixing } from './use-encoding';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  examples: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
  action: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS },
});

/**
 * Chữ gõ bằng bảng mã cũ: the legacy-encoded cells per column with a before → after preview, the
 * button that converts them (saying what it changes), then Hoàn tác.
 */
export function EncodingSection({ fixing, busy }: { fixing: EncodingFixing; busy: boolean }): JSX.Element | null {
  const { m, num } = usePane();
  const styles = useStyles();
  const headingId = useId();
  const convertHint = useId();
  const undoHint = useId();
  const e = m.encoding;
  const { plan, converted } = fixing;
  const count = plan?.fixes.length ?? 0;
  if (count === 0 && !converted) return null;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {e.heading}
      </h3>
      {plan && count > 0 ? (
        <>
          <p>{e.intro({ count: num(count), columns: num(plan.columns.length) })}</p>
          <ul className={styles.list}>
            {plan.columns.map((column) => (
              <li key={`${column.sheet}-${column.col}`}>
                {e.column({
                  sheet: column.sheet,
                  column: columnLetters(column.col),
                  count: num(column.count),
                  encoding: column.encodings.map((encoding) => e.names[encoding]).join(', '),
                })}
                <ul className={styles.examples}>
                  {column.examples.map((fix) => (
                    <li key={fix.cell}>{e.example(fix)}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
          <div className={styles.action}>
            <Button appearance="primary" disabled={busy} aria-describedby={convertHint} onClick={() => void fixing.convert()}>
              {e.convert({ count: num(count) })}
            </Button>
            <Caption1 id={convertHint}>{e.convertHint}</Caption1>
          </div>
        </>
      ) : null}
      {converted ? (
        <div className={styles.action}>
          <Button disabled={busy} aria-describedby={undoHint} onClick={() => void fixing.undo()}>
            {e.undo}
          </Button>
          <Caption1 id={undoHint}>{e.undoHint({ count: num(converted.length) })}</Caption1>
        </div>
      ) : null}
    </section>
  );
}
