import { Accordion, AccordionHeader, AccordionItem, AccordionPanel } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { Finding } from '../../engine';
import { usePane } from '../pane-context';
import { groupFindings } from './group-findings';
import { RuleFindings } from './RuleFindings';

/** Findings grouped by severity, then by rule, with counts; the first group open. */
export function FindingGroups({ findings, onSelect }: { findings: readonly Finding[]; onSelect: (f: Finding) => void }): JSX.Element | null {
  const { t, m, num } = usePane();
  const groups = groupFindings(findings);
  if (groups.length === 0) return null;
  return (
    <Accordion multiple collapsible defaultOpenItems={[groups[0].severity]} aria-label={t.check.resultsLabel}>
      {groups.map((g) => (
        <AccordionItem key={g.severity} value={g.severity}>
          <AccordionHeader as="h3">{t.check.group({ label: m.severity[g.severity], count: num(g.count) })}</AccordionHeader>
          <AccordionPanel>
            {g.rules.map((r) => (
              <RuleFindings key={r.rule} group={r} onSelect={onSelect} />
            ))}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
