import { Button, Field, Radio, RadioGroup, Select } from '@fluentui/react-components';
import type { JSX } from 'react';
import { TabSection } from '../TabSection';
import { usePane } from '../pane-context';
import { ActionStatus } from '../status/ActionStatus';
import type { TabProps } from '../tabs';
import { KhoiTargets } from './KhoiTargets';
import { MissingParticulars } from './MissingParticulars';
import { OverwriteDialog } from './OverwriteDialog';
import type { ReportChoice, ReportChoices } from './report-choice';
import { ReportText } from './ReportText';
import { useReport } from './use-report';

/** The year or the period the report is about, from the years the workbook holds. */
function ChoiceFields({
  choices,
  choice,
  onChange,
}: {
  choices: ReportChoices;
  choice: ReportChoice | null;
  onChange: (c: ReportChoice) => void;
}): JSX.Element {
  const { t } = usePane();
  const { years } = choices;
  const period = choice?.kind === 'period' ? choice : (choices.period ?? { from: years[0], to: years[years.length - 1] });
  const year = choice?.kind === 'year' ? choice.year : choices.initial?.kind === 'year' ? choices.initial.year : years[years.length - 1];
  const yearSelect = (label: string, value: number, set: (y: number) => void): JSX.Element => (
    <Field label={label}>
      <Select value={String(value)} onChange={(_, d) => set(Number(d.value))}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </Select>
    </Field>
  );
  return (
    <>
      <Field label={t.report.kindLabel} hint={years.length === 1 ? t.report.onePeriodYear({ year: String(years[0]) }) : undefined}>
        <RadioGroup value={choice?.kind ?? 'year'} onChange={(_, d) => onChange(d.value === 'period' ? { kind: 'period', ...period } : { kind: 'year', year })}>
          <Radio value="year" label={t.report.kindYear} />
          <Radio value="period" label={t.report.kindPeriod} disabled={years.length < 2} />
        </RadioGroup>
      </Field>
      {choice?.kind === 'period' ? (
        <div style={{ display: 'flex', gap: 8 }}>
          {yearSelect(t.report.fromLabel, period.from, (from) => onChange({ kind: 'period', from, to: Math.max(from, period.to) }))}
          {yearSelect(t.report.toLabel, period.to, (to) => onChange({ kind: 'period', from: Math.min(period.from, to), to }))}
        </div>
      ) : (
        yearSelect(t.report.yearLabel, year, (y) => onChange({ kind: 'year', year: y }))
      )}
    </>
  );
}

/**
 * Báo cáo: the year or period chosen; Biểu 01-04 (one sheet each) and the report into `Báo cáo`; the
 * Word document to download; the report copied with its formatting; the particulars still empty.
 * It writes only when the clerk asks, so being shown changes nothing.
 */
export function ReportTab({ active }: TabProps): JSX.Element {
  const { t } = usePane();
  const report = useReport(active);
  const busy = !!report.action.busy;
  return (
    <TabSection name="report" heading={t.report.heading} intro={t.report.intro}>
      {report.choices && report.choices.years.length > 0 ? (
        <ChoiceFields choices={report.choices} choice={report.choice} onChange={report.setChoice} />
      ) : report.choices ? (
        <p>{t.report.noYear}</p>
      ) : null}
      <div>
        <Button appearance="primary" onClick={() => void report.fill()} disabled={busy || !!report.edited}>
          {t.report.fill}
        </Button>
      </div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        <Button onClick={() => void report.download()} disabled={busy}>
          {t.report.download}
        </Button>
        <Button onClick={() => void report.copy()} disabled={busy}>
          {t.report.copy}
        </Button>
      </div>
      <ActionStatus state={report.action} />
      <OverwriteDialog sheets={report.edited} onOverwrite={() => void report.overwrite()} onCancel={report.cancel} />
      {report.khoi ? <KhoiTargets figures={report.khoi.figures} excluded={report.khoi.excluded} /> : null}
      {report.choices ? <MissingParticulars missing={report.missing} onGo={(p) => void report.goToParticular(p)} /> : null}
      {report.document ? <ReportText document={report.document} /> : null}
    </TabSection>
  );
}
