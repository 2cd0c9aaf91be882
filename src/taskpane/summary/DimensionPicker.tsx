import { Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';
import { DIMENSIONS, type Dimension } from '../../engine';
import { useFitStyles } from '../fit-styles';
import { usePane } from '../pane-context';
import type { Scope } from './use-summary';

/** The order the clerks think in: field, unit, bloc, commune, then the rest. */
const ORDER: readonly Dimension[] = ['field', 'unit', 'bloc', 'commune', 'kind', 'registration', 'status', 'year'];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

interface Props {
  first: Dimension;
  second: Dimension | null;
  scope: Scope;
  year: number | null;
  onFirst: (d: Dimension) => void;
  onSecond: (d: Dimension | null) => void;
  onScope: (s: Scope) => void;
}

const isDimension = (v: string): v is Dimension => (DIMENSIONS as readonly string[]).includes(v);

/** One or two dimensions, and whether to count the report year or every year. */
export function DimensionPicker({ first, second, scope, year, onFirst, onSecond, onScope }: Props): JSX.Element {
  const { t, m } = usePane();
  const styles = useStyles();
  const fit = useFitStyles();
  const select = { className: fit.root, select: { className: fit.select } };
  return (
    <div className={styles.root}>
      <Field className={fit.field} label={t.summary.first}>
        <Select {...select} value={first} onChange={(_, d) => isDimension(d.value) && onFirst(d.value)}>
          {ORDER.map((d) => (
            <option key={d} value={d}>
              {m.dimensions[d]}
            </option>
          ))}
        </Select>
      </Field>
      <Field className={fit.field} label={t.summary.second}>
        <Select {...select} value={second ?? ''} onChange={(_, d) => onSecond(isDimension(d.value) ? d.value : null)}>
          <option value="">{t.summary.noSecond}</option>
          {ORDER.filter((d) => d !== first).map((d) => (
            <option key={d} value={d}>
              {m.dimensions[d]}
            </option>
          ))}
        </Select>
      </Field>
      <Field className={fit.field} label={t.summary.scope}>
        <Select {...select} value={year === null ? 'all' : scope} onChange={(_, d) => onScope(d.value === 'all' ? 'all' : 'year')}>
          {year !== null ? <option value="year">{t.summary.scopeYear({ year: String(year) })}</option> : null}
          <option value="all">{t.summary.scopeAll}</option>
        </Select>
      </Field>
    </div>
  );
}
