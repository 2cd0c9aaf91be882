import { Button } from '@fluentui/react-components';
import type { JSX } from 'react';
import { TabSection } from '../TabSection';
import { usePane } from '../pane-context';
import { ActionStatus } from '../status/ActionStatus';
import type { TabProps } from '../tabs';
import { BarChart } from './BarChart';
import { DimensionPicker } from './DimensionPicker';
import { SummaryTable } from './SummaryTable';
import { useSummary } from './use-summary';
import { valueLabel } from './value-label';

/** Tổng hợp: the seven measures by the clerk's dimensions, as a table and a bar chart. */
export function SummaryTab({ active }: TabProps): JSX.Element {
  const { t, m, num } = usePane();
  const view = useSummary(active);
  const { summary, dimensions } = view;
  const bars =
    summary?.groups.map((g) => ({
      label: t.summary.groupLabel(dimensions.map((d) => valueLabel(d, g.values[d], t))),
      registered: g.measures.registered,
      recognized: g.measures.recognized,
    })) ?? [];
  return (
    <TabSection name="summary" heading={t.summary.heading} intro={t.summary.intro}>
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
    </TabSection>
  );
}
