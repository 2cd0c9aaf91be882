/**
 * Everything a software-written workbook carries, as exceljs reads it back: per sheet its tab
 * order, visibility, every cell's value and style, merges, widths, heights, frozen rows, page set-up
 * and dropdowns. Two writers that give equal snapshots give the clerk the same workbook.
 */
import ExcelJS from 'exceljs';

export interface SheetSnapshot {
  name: string;
  state: string;
  cells: Record<string, { value: unknown; font?: unknown; border?: unknown; alignment?: unknown; numFmt?: unknown }>;
  merges: string[];
  widths: Array<number | undefined>;
  heights: Record<number, number>;
  frozen: Array<{ state: string | undefined; ySplit: number | undefined }>;
  page: Record<string, unknown>;
  validations: Record<string, unknown>;
}

type Readable = ExcelJS.Worksheet & { model: { merges: string[] }; dataValidations: { model: Record<string, unknown> } };

/** Drops keys whose value is undefined, so that "not set" compares equal however a writer leaves it out. */
const defined = <T extends object>(o: T | undefined): Partial<T> | undefined => {
  if (!o) return undefined;
  const out = Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
  return Object.keys(out).length === 0 ? undefined : out;
};

export async function workbookSnapshot(bytes: Uint8Array): Promise<SheetSnapshot[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook.worksheets.map((sheet) => {
    const ws = sheet as Readable;
    const cells: SheetSnapshot['cells'] = {};
    const heights: Record<number, number> = {};
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      if (row.height) heights[r] = row.height;
      row.eachCell({ includeEmpty: false }, (cell) => {
        const style = cell.style ?? {};
        cells[cell.address] = {
          value: cell.value,
          ...(defined(style.font) && { font: defined(style.font) }),
          ...(defined(style.border) && { border: defined(style.border) }),
          ...(defined(style.alignment) && { alignment: defined(style.alignment) }),
          ...(style.numFmt && { numFmt: style.numFmt }),
        };
      });
    });
    const page = ws.pageSetup;
    return {
      name: ws.name,
      state: ws.state,
      cells,
      merges: [...(ws.model.merges ?? [])].sort(),
      widths: Array.from({ length: ws.columnCount }, (_, c) => ws.getColumn(c + 1).width),
      heights,
      frozen: (ws.views ?? []).map((v) => ({ state: v.state, ySplit: (v as { ySplit?: number }).ySplit })),
      page: {
        paperSize: page.paperSize,
        orientation: page.orientation,
        fitToPage: page.fitToPage,
        fitToWidth: page.fitToWidth,
        fitToHeight: page.fitToHeight,
        margins: page.margins,
        printTitlesRow: page.printTitlesRow,
      },
      validations: ws.dataValidations.model,
    };
  });
}
