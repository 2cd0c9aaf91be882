import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';
import { TabSection } from '../TabSection';
import { usePane } from '../pane-context';
import { ActionStatus } from '../status/ActionStatus';
import type { TabProps } from '../tabs';
import { BarChart } from './BarChart';
import { DimensionPicker } from './DimensionPicker';
import { SummaryTable } from './SummaryTable';
import { useSummary } from './use-summary';
import { OverwriteDialog } from '../report/OverwriteDialog';

const useStyles = makeStyles({ actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS } });
import { valueLabel } from './value-label';

/** Tổng hợp: the seven measures by the clerk's dimensions, as a table (copied, or written to a sheet) and a bar chart. */
export function SummaryTab({ active }: TabProps): JSX.Element {
  const { t, m, num } = usePane();
  const view = useSummary(active);
  const { summary, dimensions } = view;
  const styles = useStyles();
  const busy = !!view.action.busy;
  const hasRows = !!summary && summary.total.registered > 0;
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
      <div className={styles.actions}>
        <Button onClick={() => void view.reload()} disabled={busy}>
          {t.summary.refresh}
        </Button>
        <Button onClick={() => void view.copy()} disabled={busy || !hasRows}>
          {t.summary.copy}
        </Button>
        <Button onClick={() => void view.write()} disabled={busy || !hasRows || !!view.edited}>
          {t.summary.write}
        </Button>
      </div>
      <ActionStatus state={view.action} />
      <OverwriteDialog sheets={view.edited} onOverwrite={() => void view.overwrite()} onCancel={view.cancel} />
      {hasRows && summary ? (
        <>
          <SummaryTable summary={summary} dimensions={dimensions} />
          <BarChart
            title={t.summary.chartTitle}
            description={bars.map((b) => t.summary.chartLine({ label: b.label, registered: num(b.registered), recognized: num(b.recognized) })).join('; ')}
            legend={{ registered: m.measures.registered, recognized: m.measures.recognized }}
            bars={bars}
            format={num}
          />
        </>
      ) : null}
    </TabSection>
  );
}
