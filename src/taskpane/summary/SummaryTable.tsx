import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';
import { MEASURES, type Dimension, type Summary } from '../../engine';
import { useStickyColumnStyles } from '../fit-styles';
import { usePane } from '../pane-context';
import { valueLabel } from './value-label';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  table: { tableLayout: 'auto', minWidth: '100%' },
  label: { minWidth: '7em', maxWidth: '11em', overflowWrap: 'anywhere' },
  measure: { minWidth: '4.5em' },
  caption: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  total: { fontWeight: tokens.fontWeightSemibold },
});

/** The seven measures per group and the total row, in a sideways-scrolling region. */
export function SummaryTable({ summary, dimensions }: { summary: Summary; dimensions: readonly Dimension[] }): JSX.Element {
  const { t, m, num } = usePane();
  const styles = { ...useStyles(), ...useStickyColumnStyles() };
  const caption = t.summary.tableCaption({ dimensions: dimensions.map((d) => m.dimensions[d].toLocaleLowerCase()).join(', ') });
  return (
    <div className={styles.scroll} role="region" aria-label={t.summary.tableLabel} tabIndex={0}>
      <Table size="small" className={styles.table}>
        <caption className={styles.caption}>{caption}</caption>
        <TableHeader>
          <TableRow>
            {dimensions.map((d, i) => (
              <TableHeaderCell key={d} scope="col" className={i === 0 ? styles.sticky : undefined}>
                {m.dimensions[d]}
              </TableHeaderCell>
            ))}
            {MEASURES.map((k) => (
              <TableHeaderCell key={k} scope="col" className={styles.measure}>
                {m.measures[k]}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {summary.groups.map((g) => (
            <TableRow key={JSON.stringify(dimensions.map((d) => g.values[d] ?? null))}>
              {dimensions.map((d, i) => (
                <TableCell key={d} className={i === 0 ? mergeClasses(styles.label, styles.sticky) : styles.label}>
                  {valueLabel(d, g.values[d], t)}
                </TableCell>
              ))}
              {MEASURES.map((k) => (
                <TableCell key={k} className={styles.number}>
                  {num(g.measures[k])}
                </TableCell>
              ))}
            </TableRow>
          ))}
          <TableRow className={styles.total}>
            <TableCell colSpan={dimensions.length} className={styles.sticky}>
              {t.summary.total}
            </TableCell>
            {MEASURES.map((k) => (
              <TableCell key={k} className={styles.number}>
                {num(summary.total[k])}
              </TableCell>
            ))}
          </TableRow>
        </TableBody>
      </Table>
    </div>
  );
}
