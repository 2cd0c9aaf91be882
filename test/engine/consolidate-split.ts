/** The seed 004 workbook split as the units would send it: one file per unit. */
import { readWorkbooks } from '../../src/engine';
import { seed004Sheets } from '../fixtures/seed004';
import { toGrids } from '../helpers/grids';

/** The seed workbook's registrations, one file per unit (as each unit's clerk typed them), and the district's lists. */
export function splitByUnit() {
  const sheets = seed004Sheets();
  const whole = readWorkbooks([toGrids(sheets, 'seed.xlsx')]);
  const [registrations, units, info] = sheets;
  const [header, ...rows] = registrations.rows;
  const byUnit = new Map<string, typeof rows>();
  whole.rows.forEach((row, i) => byUnit.set(row.unit as string, [...(byUnit.get(row.unit as string) ?? []), rows[i]]));
  const files = [...byUnit].map(([unit, unitRows], i) => ({
    name: `don-vi-${String(i + 1).padStart(2, '0')}.xlsx`,
    unit,
    sheets: [{ name: 'Đăng ký', rows: [header, ...unitRows] }],
  }));
  return { sheets, files, base: [units, info] };
}
