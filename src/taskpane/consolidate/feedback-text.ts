import type { Finding, UnitTracking } from '../../engine';
import { uiVi } from '../../i18n/ui.vi';

/**
 * What the district sends back to a unit: who, its state, and each finding with its file, sheet and
 * cell in the unit's own file. A finding of an earlier import whose row's place in the unit's file is
 * not known (`unplaced`) is said to name the workbook's cells. Always Vietnamese.
 */
export function feedbackText(unit: UnitTracking, unplaced: ReadonlySet<Finding> = new Set(), strings = uiVi.consolidate.feedback): string {
  const lines = unit.findings.map((f, i) => {
    const file = f.file ?? '';
    if (!f.sheet) return strings.fileLine({ n: i + 1, file, message: f.message });
    if (unplaced.has(f)) return strings.earlierLine({ n: i + 1, file, sheet: f.sheet, message: f.message });
    return strings.line({ n: i + 1, file, sheet: f.sheet, message: f.message });
  });
  return [strings.header({ unit: unit.unit, state: unit.label }), strings.ask, ...lines].join('\n');
}
