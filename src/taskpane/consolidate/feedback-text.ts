import type { UnitTracking } from '../../engine';
import { uiVi } from '../../i18n/ui.vi';

/**
 * What the district sends back to a unit: who, its state, and each finding with its file, sheet and
 * cell. A file imported earlier is known only by its rows in the open workbook, so its cells are
 * said to be the workbook's. Always Vietnamese.
 */
export function feedbackText(unit: UnitTracking, earlier: ReadonlySet<string> = new Set(), strings = uiVi.consolidate.feedback): string {
  const lines = unit.findings.map((f, i) => {
    const file = f.file ?? '';
    if (!f.sheet) return strings.fileLine({ n: i + 1, file, message: f.message });
    if (earlier.has(file)) return strings.earlierLine({ n: i + 1, file, sheet: f.sheet, message: f.message });
    return strings.line({ n: i + 1, file, sheet: f.sheet, message: f.message });
  });
  return [strings.header({ unit: unit.unit, state: unit.label }), strings.ask, ...lines].join('\n');
}
