import { Body1, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { KhoiFigures } from '../../engine';
import { useFitStyles } from '../fit-styles';
import { usePane } from '../pane-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', flexDirection: 'column' },
  met: { fontWeight: tokens.fontWeightSemibold },
  missing: { color: tokens.colorPaletteRedForeground1, overflowWrap: 'anywhere' },
});

/** Communes named under a target; the rest counted. */
const SHOWN = 8;

/** The Khối Dân vận cơ sở of the year: how many, and each of the seven targets met out of how many, with who misses it. */
export function KhoiTargets({ figures, excluded }: { figures: KhoiFigures; excluded: number }): JSX.Element {
  const { t, num } = usePane();
  const styles = useStyles();
  const fit = useFitStyles();
  return (
    <section className={styles.root} aria-labelledby="dvk-report-khoi-heading">
      <Subtitle2 as="h3" className={fit.heading} id="dvk-report-khoi-heading">
        {t.report.khoiHeading({ year: figures.year === null ? '' : String(figures.year) })}
      </Subtitle2>
      <Body1>{t.report.khoiSummary({ khoi: num(figures.khoi), members: num(figures.members) })}</Body1>
      <ol className={styles.list}>
        {figures.targets.map((target) => (
          <li key={target.target} className={styles.item}>
            <Body1>
              ({target.target}) {t.report.khoiTargets[target.target]}
            </Body1>
            <Body1 className={styles.met}>
              {t.report.khoiMet({
                met: num(target.met),
                of: num(target.of),
                rate: target.of > 0 ? `${num(Math.round((target.met / target.of) * 10000) / 100)}%` : '',
              })}
            </Body1>
            {target.missing.length > 0 ? (
              <Caption1 className={styles.missing}>
                {t.report.khoiMissing({
                  names: target.missing.slice(0, SHOWN).join(', '),
                  more: target.missing.length > SHOWN ? num(target.missing.length - SHOWN) : null,
                })}
              </Caption1>
            ) : null}
          </li>
        ))}
      </ol>
      {excluded > 0 ? <Caption1>{t.report.khoiExcluded({ count: num(excluded) })}</Caption1> : null}
    </section>
  );
}
