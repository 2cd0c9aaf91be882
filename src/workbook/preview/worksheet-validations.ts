import type ExcelJS from 'exceljs';
import { columnIndex } from '../../engine';
import type { SheetContent } from '../sheet-content';

type Validation = NonNullable<SheetContent['validations']>[number];

/** exceljs keeps one entry per cell address; its typings leave the collection out. */
type WithValidations = { dataValidations?: { model?: Record<string, ExcelJS.DataValidation | undefined> } };

const ADDRESS = /^([A-Z]+)(\d+)$/;

/** `"a,b"` is a fixed list; anything else a reference such as `'Danh mục'!$A$2:$A$1000`. */
function listOf(formula: string): Validation['list'] {
  const quoted = /^"([\s\S]*)"$/.exec(formula);
  return quoted ? quoted[1].split(',') : { reference: formula };
}

/**
 * The sheet's dropdowns (list validations) as ranges: exceljs expands every range into single
 * cells when it reads a file, so cells of one column with the same list are joined again into runs
 * of consecutive rows.
 */
export function worksheetValidations(sheet: ExcelJS.Worksheet): Validation[] {
  const model = (sheet as unknown as WithValidations).dataValidations?.model ?? {};
  const groups = new Map<string, { col: number; list: Validation['list']; prompt?: string; rows: number[] }>();
  for (const [address, validation] of Object.entries(model)) {
    const at = ADDRESS.exec(address);
    const formula = validation?.formulae?.[0];
    if (!at || validation?.type !== 'list' || typeof formula !== 'string') continue;
    const col = columnIndex(at[1]);
    const prompt = validation.showInputMessage && validation.prompt ? validation.prompt : undefined;
    const key = JSON.stringify([col, formula, prompt ?? null]);
    let group = groups.get(key);
    if (!group) {
      group = { col, list: listOf(formula), ...(prompt && { prompt }), rows: [] };
      groups.set(key, group);
    }
    group.rows.push(Number(at[2]) - 1);
  }
  const validations: Validation[] = [];
  for (const { col, list, prompt, rows } of groups.values()) {
    rows.sort((a, b) => a - b);
    let start = 0;
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
      validations.push({ range: { r1: rows[start], c1: col, r2: rows[i - 1], c2: col }, list, ...(prompt && { prompt }) });
      start = i;
    }
  }
  return validations;
}
