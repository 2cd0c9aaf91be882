import { Body1, Button, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';
import { useFitStyles } from '../fit-styles';
import { usePane } from '../pane-context';
import { ActionStatus } from '../status/ActionStatus';
import type { TabProps } from '../tabs';
import { BarChart } from './BarChart';
import { DimensionPicker } from './DimensionPicker';
import { SummaryTable } from './SummaryTable';
import { useSummary } from './use-summary';
import { valueLabel } from './value-label';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** Tổng hợp: the seven measures by the clerk's dimensions, as a table and a bar chart. */
export function SummaryTab({ active }: TabProps): JSX.Element {
  const { t, m, num } = usePane();
  const styles = useStyles();
  const fit = useFitStyles();
  const view = useSummary(active);
  const { summary, dimensions } = view;
  const bars =
    summary?.groups.map((g) => ({
      label: t.summary.groupLabel(dimensions.map((d) => valueLabel(d, g.values[d], t))),
      registered: g.measures.registered,
      recognized: g.measures.recognized,
    })) ?? [];
  return (
    <section className={styles.root} aria-labelledby="dvk-summary-heading">
      <Subtitle2 as="h2" className={fit.heading} id="dvk-summary-heading">
        {t.summary.heading}
      </Subtitle2>
      <Body1>{t.summary.intro}</Body1>
      <DimensionPicker
        first={view.first}
        second={view.second}
        scope={view.scope}
        year={view.year}
        onFirst={view.setFirst}
        onSecond={view.setSecond}
        onScope={view.setScope}
      />
      <div>
        <Button onClick={() => void view.reload()} disabled={!!view.action.busy}>
          {t.summary.refresh}
        </Button>
      </div>
      <ActionStatus state={view.action} />
      {summary && summary.total.registered > 0 ? (
        <>
          <SummaryTable summary={summary} dimensions={dimensions} />
          <BarChart
            title={t.summary.chartTitle}
            description={bars
              .map((b) => t.summary.chartLine({ label: b.label, registered: num(b.registered), recognized: num(b.recognized) }))
              .join('; ')}
            legend={{ registered: m.measures.registered, recognized: m.measures.recognized }}
            bars={bars}
            format={num}
          />
        </>
      ) : null}
    </section>
  );
}
