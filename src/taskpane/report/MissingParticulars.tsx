import { Body1, Link, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';
import { useFitStyles } from '../fit-styles';
import { usePane } from '../pane-context';
import type { MissingParticular } from './report-choice';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

/** The particulars the document prints that `Thông tin` leaves empty, each with a way to its cell. */
export function MissingParticulars({ missing, onGo }: { missing: MissingParticular[]; onGo: (p: MissingParticular) => void }): JSX.Element | null {
  const { t } = usePane();
  const styles = useStyles();
  const fit = useFitStyles();
  if (missing.length === 0) return null;
  const noSheet = missing.every((p) => p.sheet === null);
  return (
    <section className={styles.root} aria-labelledby="dvk-report-missing-heading">
      <Subtitle2 as="h3" className={fit.heading} id="dvk-report-missing-heading">
        {t.report.missingHeading}
      </Subtitle2>
      <Body1>{noSheet ? t.report.missingNoSheet : t.report.missingIntro}</Body1>
      {noSheet ? null : (
        <ul className={styles.list}>
          {missing.map((p) => (
            <li key={p.key}>
              <Body1>
                {t.report.particulars[p.key]}
                {': '}
                {p.row !== null ? (
                  <Link as="button" onClick={() => onGo(p)}>
                    {t.report.missingGo} B{p.row}
                  </Link>
                ) : (
                  t.report.missingNoRow
                )}
              </Body1>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
