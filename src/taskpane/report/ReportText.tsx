import { Body1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { ReportDocument } from '../../engine';
import { useFitStyles } from '../fit-styles';
import { usePane } from '../pane-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  text: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    userSelect: 'text',
  },
  title: { textAlign: 'center', fontWeight: tokens.fontWeightSemibold, margin: 0 },
  paragraph: { margin: 0, textAlign: 'justify' },
});

/** The drafted report's text in the pane, as it was last filled, downloaded or copied. */
export function ReportText({ document }: { document: ReportDocument }): JSX.Element {
  const { t } = usePane();
  const styles = useStyles();
  const fit = useFitStyles();
  return (
    <section className={styles.root} aria-labelledby="dvk-report-text-heading">
      <Subtitle2 as="h3" className={fit.heading} id="dvk-report-text-heading">
        {t.report.textHeading}
      </Subtitle2>
      <div className={styles.text} lang="vi">
        <p className={styles.title}>{document.title}</p>
        <p className={styles.title}>{document.subtitle}</p>
        {document.paragraphs.map((p, i) => (
          <Body1 as="p" key={i} className={styles.paragraph}>
            {p}
          </Body1>
        ))}
      </div>
    </section>
  );
}
