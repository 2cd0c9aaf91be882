import { Button } from '@fluentui/react-components';
import type { JSX } from 'react';
import { TabSection } from '../TabSection';
import { usePane } from '../pane-context';
import { ActionStatus } from '../status/ActionStatus';
import type { TabProps } from '../tabs';
import { OverwriteDialog } from './OverwriteDialog';
import { ReportText } from './ReportText';
import { useReport } from './use-report';

/**
 * Báo cáo: Biểu 01-04 into `Tổng hợp`, the report into `Báo cáo`, a chart, and the text to copy.
 * It writes only when the clerk asks, so being shown changes nothing.
 */
export function ReportTab(_props: TabProps): JSX.Element {
  const { t } = usePane();
  const report = useReport();
  return (
    <TabSection name="report" heading={t.report.heading} intro={t.report.intro}>
      <div>
        <Button appearance="primary" onClick={() => void report.fill()} disabled={!!report.action.busy || !!report.edited}>
          {t.report.fill}
        </Button>
      </div>
      <ActionStatus state={report.action} />
      <OverwriteDialog sheets={report.edited} onOverwrite={() => void report.overwrite()} onCancel={report.cancel} />
      {report.document ? <ReportText document={report.document} onCopy={() => void report.copy()} /> : null}
    </TabSection>
  );
}
