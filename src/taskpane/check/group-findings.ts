import { columnIndex, RULES, type Finding, type RuleId, type Severity } from '../../engine';
import type { CellPosition } from '../../workbook/workbook';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface RuleGroup {
  rule: RuleId;
  findings: Finding[];
}

export interface SeverityGroup {
  severity: Severity;
  count: number;
  rules: RuleGroup[];
}

const RULE_ORDER: readonly RuleId[] = RULES.map((r) => r.id);
const rank = (rule: RuleId): number => {
  const i = RULE_ORDER.indexOf(rule);
  return i < 0 ? RULE_ORDER.length : i;
};

/** Findings by severity (errors first), then by rule in the rule table's order; empty groups left out. */
export function groupFindings(findings: readonly Finding[]): SeverityGroup[] {
  return SEVERITIES.map((severity) => {
    const ofSeverity = findings.filter((f) => f.severity === severity);
    const rules = [...new Set(ofSeverity.map((f) => f.rule))]
      .sort((a, b) => rank(a) - rank(b))
      .map((rule) => ({ rule, findings: ofSeverity.filter((f) => f.rule === rule) }));
    return { severity, count: ofSeverity.length, rules };
  }).filter((g) => g.count > 0);
}

export const countBySeverity = (findings: readonly Finding[]): Record<Severity, number> => ({
  error: findings.filter((f) => f.severity === 'error').length,
  warning: findings.filter((f) => f.severity === 'warning').length,
  info: findings.filter((f) => f.severity === 'info').length,
});

/** The cell a finding points at, when it points at one. */
export function positionOf(finding: Finding): CellPosition | null {
  if (!finding.sheet || finding.row === null || !finding.column) return null;
  return { sheet: finding.sheet, row: finding.row, col: columnIndex(finding.column) };
}
