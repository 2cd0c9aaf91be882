import { Button, Subtitle2, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState, type JSX } from 'react';
import { findingText, type FileReport } from '../../engine';
import { useFitStyles } from '../fit-styles';
import { formatDate, today } from '../locale';
import { usePane, type Pane } from '../pane-context';
import type { OpenConsolidation } from '../../engine/consolidate/open-workbook';
import { fileOutcome } from '../../engine/consolidate/file-outcome';
import { FileFindings } from './FileFindings';
import type { Choice, ListedFile } from './use-consolidate';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  name: { margin: 0, fontSize: tokens.fontSizeBase300, overflowWrap: 'anywhere' },
  facts: { margin: 0, display: 'grid', gridTemplateColumns: 'auto minmax(0, 1fr)', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS },
  pair: { display: 'contents' },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  undecided: { margin: 0, color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** What importing the file would do, in words. */
function outcome(report: FileReport, choice: Choice, open: OpenConsolidation, pane: Pane): string {
  const o = pane.t.consolidate.outcome;
  const { num } = pane;
  if (choice === 'rejected') return o.rejected;
  if (!report.hasRegistrations && !report.khoi) return o.noRegistrations({ message: report.findings[0] ? findingText(report.findings[0], pane.m) : '' });
  const parts = fileOutcome(report, open.baseName)
    .filter((p) => p.kind !== 'merged' || p.rows > 0)
    .map((p) => {
      const khoi = p.part === 'khoi';
      const rows = num(p.rows);
      if (p.kind === 'merged') return (khoi ? o.khoiAdds : o.adds)({ rows });
      if (p.kind === 'replaces' && p.own) return (khoi ? o.khoiReplacesOwn : o.replacesOwn)({ rows });
      const words = { replaces: [o.replaces, o.khoiReplaces], replacedBy: [o.replacedBy, o.khoiReplacedBy], supersededBy: [o.olderThan, o.khoiOlderThan] }[
        p.kind
      ];
      return words[khoi ? 1 : 0]({ rows, file: p.file });
    });
  return parts.length > 0 ? parts.join('; ') : o.nothing;
}

function dateUsed(file: ListedFile, pane: Pane): string {
  const c = pane.t.consolidate;
  if (file.modified) return c.dateModified({ date: formatDate(today(file.modified)) });
  if (file.fileDate) return c.dateFile({ date: formatDate(today(file.fileDate)) });
  return c.noDate;
}

interface ItemProps {
  file: ListedFile;
  report: FileReport | null;
  choice: Choice;
  open: OpenConsolidation;
  disabled: boolean;
  onChoose: (id: string, choice: 'accepted' | 'rejected') => void;
}

function FileItem({ file, report, choice, open, disabled, onChoose }: ItemProps): JSX.Element {
  const pane = usePane();
  const { t, num } = pane;
  const c = t.consolidate;
  const styles = useStyles();
  const headingId = useId();
  const detailsId = useId();
  const [shown, setShown] = useState(false);
  const facts: Array<[string, string]> = report
    ? [
        [c.fields.units, report.ownUnits.length > 0 ? report.ownUnits.join('; ') : c.noUnit],
        [c.fields.years, report.years.join(', ') || c.noUnit],
        [c.fields.rows, num(report.rows)],
        [c.fields.findings, c.counts({ errors: num(report.errors), warnings: num(report.warnings) })],
        [c.fields.date, dateUsed(file, pane)],
        [c.fields.outcome, outcome(report, choice, open, pane)],
      ]
    : [[c.fields.date, dateUsed(file, pane)]];
  return (
    <li className={styles.card}>
      <h4 id={headingId} className={styles.name}>
        {file.name}
      </h4>
      <dl className={styles.facts}>
        {facts.map(([term, value]) => (
          <div key={term} className={styles.pair}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
        <div className={styles.pair}>
          <dt className={styles.term}>{c.fields.choice}</dt>
          <dd className={choice === 'undecided' ? styles.undecided : styles.value}>{c.choices[choice]}</dd>
        </div>
      </dl>
      <div className={styles.actions} role="group" aria-labelledby={headingId}>
        <ToggleButton
          size="small"
          checked={choice === 'accepted'}
          disabled={disabled}
          aria-label={c.accept({ file: file.name })}
          onClick={() => onChoose(file.id, 'accepted')}
        >
          {c.acceptShort}
        </ToggleButton>
        <ToggleButton
          size="small"
          checked={choice === 'rejected'}
          disabled={disabled}
          aria-label={c.reject({ file: file.name })}
          onClick={() => onChoose(file.id, 'rejected')}
        >
          {c.rejectShort}
        </ToggleButton>
        <Button size="small" aria-expanded={shown} aria-controls={detailsId} aria-label={c.details({ file: file.name })} onClick={() => setShown((s) => !s)}>
          {c.detailsShort}
        </Button>
      </div>
      <div id={detailsId} hidden={!shown}>
        {shown && report ? <FileFindings findings={report.findings} /> : null}
      </div>
    </li>
  );
}

interface Props {
  files: readonly ListedFile[];
  open: OpenConsolidation;
  reportOf: (file: ListedFile) => FileReport | null;
  choiceOf: (file: ListedFile) => Choice;
  disabled: boolean;
  onChoose: (id: string, choice: 'accepted' | 'rejected') => void;
}

/** The picked files, one card each: units, years, rows, findings, date used, what import would do, and the clerk's choice. */
export function FileList({ files, open, reportOf, choiceOf, disabled, onChoose }: Props): JSX.Element | null {
  const { t, num } = usePane();
  const styles = useStyles();
  const fit = useFitStyles();
  const headingId = useId();
  if (files.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={fit.heading}>
        {t.consolidate.filesHeading({ count: num(files.length) })}
      </Subtitle2>
      <ul className={styles.list}>
        {files.map((f) => (
          <FileItem key={f.id} file={f} report={reportOf(f)} choice={choiceOf(f)} open={open} disabled={disabled} onChoose={onChoose} />
        ))}
      </ul>
    </section>
  );
}
