import {
  Body1,
  Button,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useId, type JSX } from 'react';
import { stateLabel, type Tracking, type UnitTracking } from '../../engine';
import { useFitStyles, useStickyColumnStyles } from '../fit-styles';
import { formatDate } from '../locale';
import { usePane } from '../pane-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  table: { tableLayout: 'auto', minWidth: '100%' },
  caption: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  unit: { minWidth: '7em', maxWidth: '11em' },
  state: { minWidth: '8em' },
  files: { overflowWrap: 'anywhere', minWidth: '8em' },
  unknownHeading: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  unknown: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  feedback: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    whiteSpace: 'pre-wrap',
    fontFamily: tokens.fontFamilyBase,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    userSelect: 'text',
  },
});

interface Props {
  tracking: Tracking;
  busy: boolean;
  feedback: { unit: string; text: string } | null;
  onWrite: () => void;
  onCopy: (unit: UnitTracking) => void;
}

/** Theo dõi nộp: every unit with its state against Hạn nộp; feedback to copy for a unit whose files have findings. */
export function TrackingView({ tracking, busy, feedback, onWrite, onCopy }: Props): JSX.Element {
  const { t, m, num } = usePane();
  const c = t.consolidate.tracking;
  const styles = useStyles();
  const fit = useFitStyles();
  // The unit stays in view while the state, files, counts and the feedback button scroll sideways.
  const sticky = useStickyColumnStyles();
  const unitCell = mergeClasses(styles.unit, sticky.sticky);
  const headingId = useId();
  const unknownId = useId();
  const scope = c.scope({
    year: tracking.year === null ? c.noYear : String(tracking.year),
    deadline: tracking.deadline ? c.deadline({ date: formatDate(tracking.deadline) }) : c.noDeadline,
  });
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={fit.heading}>
        {c.heading}
      </Subtitle2>
      <Body1>{c.intro}</Body1>
      <Body1>{scope}</Body1>
      {tracking.khoi ? (
        <Body1>
          {m.consolidate.trackingSheet.khoi({ missing: tracking.khoi.missing.length, of: tracking.khoi.of, names: tracking.khoi.missing.join(', ') })}
        </Body1>
      ) : null}
      {tracking.units.length === 0 ? (
        <Body1>{c.none}</Body1>
      ) : (
        <div className={styles.scroll} role="region" aria-label={c.tableLabel} tabIndex={0}>
          <Table size="small" className={styles.table}>
            <caption className={styles.caption}>{c.tableCaption}</caption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col" className={unitCell}>
                  {c.columns.unit}
                </TableHeaderCell>
                <TableHeaderCell scope="col">{c.columns.state}</TableHeaderCell>
                <TableHeaderCell scope="col">{c.columns.files}</TableHeaderCell>
                <TableHeaderCell scope="col">{c.columns.submitted}</TableHeaderCell>
                <TableHeaderCell scope="col">{c.columns.rows}</TableHeaderCell>
                <TableHeaderCell scope="col">{c.columns.errors}</TableHeaderCell>
                <TableHeaderCell scope="col">{c.columns.feedback}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {tracking.units.map((u) => (
                <TableRow key={u.unit}>
                  <TableCell className={unitCell}>{u.unit}</TableCell>
                  <TableCell className={styles.state}>{stateLabel(u.state, u.hasErrors, m)}</TableCell>
                  <TableCell className={styles.files}>{u.files.map((f) => f.name).join('; ')}</TableCell>
                  <TableCell>{u.submitted ? formatDate(u.submitted) : ''}</TableCell>
                  <TableCell className={styles.number}>{u.state === 'missing' ? '' : num(u.rows)}</TableCell>
                  <TableCell className={styles.number}>{u.state === 'missing' ? '' : num(u.errors)}</TableCell>
                  <TableCell>
                    {u.findings.length > 0 ? (
                      <Button size="small" aria-label={c.copyLabel({ unit: u.unit })} onClick={() => onCopy(u)}>
                        {c.copy}
                      </Button>
                    ) : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {tracking.unknown ? (
        <div role="group" aria-labelledby={unknownId}>
          <Body1 as="p" id={unknownId} className={styles.unknownHeading}>
            {m.consolidate.trackingSheet.unknownHeading}
          </Body1>
          <ul className={styles.unknown}>
            {tracking.unknown.map((u) => (
              <li key={u.unit}>
                {m.consolidate.trackingSheet.unknownRow({
                  unit: u.unit,
                  rows: u.rows,
                  files: u.files.map((f) => f.name).join('; '),
                  suggestions: u.suggestions.map((n) => `“${n}”`).join(', '),
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div>
        <Button onClick={onWrite} disabled={busy}>
          {c.write}
        </Button>
      </div>
      {feedback ? (
        <div role="region" aria-label={c.copyLabel({ unit: feedback.unit })}>
          <pre className={styles.feedback} lang="vi">
            {feedback.text}
          </pre>
        </div>
      ) : null}
    </section>
  );
}
