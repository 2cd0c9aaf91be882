import { Accordion, AccordionHeader, AccordionItem, AccordionPanel } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { Finding, UnknownUnit } from '../../engine';
import { usePane } from '../pane-context';
import { groupFindings } from './group-findings';
import { RuleFindings } from './RuleFindings';
import { UnknownUnits } from './UnknownUnits';
import type { UnitListEditing } from './use-unit-list-edit';

interface Props {
  findings: readonly Finding[];
  onSelect: (f: Finding) => void;
  /** `unit-unknown` is shown once per name, with what to do, when these are given. */
  unknown?: { units: readonly UnknownUnit[]; editing: UnitListEditing; busy: boolean };
}

/** Findings grouped by severity, then by rule, with counts; the first group open. */
export function FindingGroups({ findings, onSelect, unknown }: Props): JSX.Element | null {
  const { t, m, num } = usePane();
  const groups = groupFindings(findings);
  if (groups.length === 0) return null;
  return (
    <Accordion multiple collapsible defaultOpenItems={[groups[0].severity]} aria-label={t.check.resultsLabel}>
      {groups.map((g) => (
        <AccordionItem key={g.severity} value={g.severity}>
          <AccordionHeader as="h3">{t.check.group({ label: m.severity[g.severity], count: num(g.count) })}</AccordionHeader>
          <AccordionPanel>
            {g.rules.map((r) =>
              r.rule === 'unit-unknown' && unknown ? (
                <UnknownUnits key={r.rule} findings={r.findings} units={unknown.units} editing={unknown.editing} busy={unknown.busy} onSelect={onSelect} />
              ) : (
                <RuleFindings key={r.rule} group={r} onSelect={onSelect} />
              ),
            )}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
