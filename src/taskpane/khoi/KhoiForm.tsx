import { Body1, Button, Checkbox, Field, Input, Select, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { FormEvent, JSX } from 'react';
import { findingText, KHOI_COLUMNS, KHOI_RATINGS, type Finding, type KhoiKey } from '../../engine';
import { FindingList } from '../entry/FindingList';
import { useFitStyles } from '../fit-styles';
import { usePane } from '../pane-context';
import { ActionStatus } from '../status/ActionStatus';
import { YES_NO_KEYS } from './khoi-form';
import { useKhoiEntry } from './use-khoi-entry';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(140px, 100%), 1fr))', gap: tokens.spacingVerticalS, minWidth: 0 },
  ticks: { display: 'flex', flexDirection: 'column' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const NUMBER_FIELDS: readonly KhoiKey[] = [
  'year',
  'members',
  'intermediate',
  'college',
  'university',
  'politicalTheory',
  'trained',
  'briefedRate',
  'dialogues',
];

/** A commune's Khối Dân vận row: checked by the engine before it is written after the sheet's last row; undo. */
export function KhoiForm({ hasSheet }: { hasSheet: boolean }): JSX.Element {
  const { t, m } = usePane();
  const header = (key: KhoiKey): string => t.khoi.fields[key];
  const styles = useStyles();
  const fit = useFitStyles();
  const entry = useKhoiEntry();
  const { values, findings, setValue, action } = entry;
  const invalid = (key: KhoiKey): Finding | undefined => findings.find((f) => f.key === key && f.severity === 'error');
  const validation = (key: KhoiKey) => {
    const f = invalid(key);
    return f ? { validationState: 'error' as const, validationMessage: findingText(f, m) } : {};
  };
  const onSubmit = (event: FormEvent): void => {
    event.preventDefault();
    void entry.submit();
  };
  const text = (key: KhoiKey, numeric = false): JSX.Element => (
    <Field key={key} className={fit.field} label={header(key)} required={KHOI_COLUMNS.find((c) => c.key === key)?.required} {...validation(key)}>
      <Input className={fit.root} value={values[key]} inputMode={numeric ? 'decimal' : undefined} onChange={(_, d) => setValue(key, d.value)} />
    </Field>
  );
  return (
    <section className={styles.root}>
      <Subtitle2 as="h3" className={fit.heading} id="dvk-khoi-heading">
        {t.khoi.heading}
      </Subtitle2>
      <Body1>{hasSheet ? t.khoi.intro : t.khoi.noSheet}</Body1>
      {hasSheet ? (
        <form className={styles.root} noValidate aria-label={t.khoi.formLabel} onSubmit={onSubmit}>
          <div className={styles.grid}>
            {text('year', true)}
            {text('commune')}
            {text('district')}
            {NUMBER_FIELDS.filter((k) => k !== 'year').map((k) => text(k, true))}
            <Field className={fit.field} label={header('head')}>
              <Select className={fit.root} select={{ className: fit.select }} value={values.head} onChange={(_, d) => setValue('head', d.value)}>
                <option value="" />
                <option value="Bí thư">{t.khoi.heads['Bí thư']}</option>
                <option value="Phó Bí thư">{t.khoi.heads['Phó Bí thư']}</option>
              </Select>
            </Field>
            <Field className={fit.field} label={header('rating')} {...validation('rating')}>
              <Select className={fit.root} select={{ className: fit.select }} value={values.rating} onChange={(_, d) => setValue('rating', d.value)}>
                <option value="" />
                {KHOI_RATINGS.map((r) => (
                  <option key={r} value={r}>
                    {t.khoi.ratings[r]}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <div className={styles.ticks}>
            {YES_NO_KEYS.map((key) => (
              <Checkbox key={key} label={header(key)} checked={values[key] === 'Có'} onChange={(_, d) => setValue(key, d.checked === true ? 'Có' : 'Không')} />
            ))}
          </div>
          <FindingList title={t.entry.otherFindings} findings={findings.filter((f) => !invalid(f.key as KhoiKey))} />
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" disabled={!!action.busy}>
              {t.khoi.add}
            </Button>
            <Button type="button" onClick={() => void entry.undo()} disabled={!!action.busy || !entry.written}>
              {t.khoi.undo}
            </Button>
          </div>
          <ActionStatus state={action} />
        </form>
      ) : null}
    </section>
  );
}
