/**
 * The browser preview's file reading on hostile files (node: exceljs does not load under jsdom):
 * opening one gives the failure the page turns into its message, naming the file and the limit,
 * and leaves the open workbook as it was; a whole-grid claim opens.
 */
import { vi } from '../../src/i18n/vi';
import { MemoryWorkbook } from '../../src/workbook/preview/memory-workbook';
import { standardSheets } from '../../src/workbook/standard-template';
import { unreadableProblem } from '../../src/workbook/xlsx/unreadable-problem';
import { hostileCorpus } from '../helpers/hostile-files';

let corpus: Record<string, Uint8Array>;
beforeAll(async () => {
  corpus = await hostileCorpus();
}, 120_000);

async function open(name: string) {
  const workbook = new MemoryWorkbook(standardSheets());
  const result = await workbook.fromXlsx(corpus[name], name);
  return { result, workbook };
}

describe('opening hostile files in the preview', () => {
  it.each([
    ['not-a-zip.xlsx', 'không phải tệp Excel .xlsx'],
    ['truncated.xlsx', 'bị hỏng, không đọc được'],
    ['bomb-declared.xlsx', 'giải nén ra 1.025 MB, vượt giới hạn 500 MB cho cả tệp'],
    ['bomb-ratio.xlsx', '“zip bomb”'],
    ['bomb-lying.xlsx', 'bị hỏng, không đọc được'],
    ['too-many-sheets.xlsx', 'có 1.500 trang tính, vượt giới hạn 1.000 trang tính'],
    ['too-many-rows.xlsx', 'trang tính “Đăng ký” có 200.001 dòng, vượt giới hạn 200.000 dòng'],
  ])('%s: the page’s message names the file and the problem; the open workbook is kept', async (name, problem) => {
    const { result, workbook } = await open(name);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // As useWorkbookFiles words it.
    const message = vi.preview.unreadable({ name, problem: unreadableProblem(vi, result) });
    expect(message).toMatch(new RegExp(`^Không mở được tệp “${name.replace('.', '\\.')}”: `));
    expect(message).toContain(problem);
    expect(await workbook.sheetNames()).toContain('Báo cáo');
  });

  it('opens a sheet claiming A1:XFD1048576, with its last cell', async () => {
    const started = Date.now();
    const { result, workbook } = await open('whole-grid.xlsx');
    expect(result).toEqual({ ok: true, lossy: [], formulas: 0 });
    const grid = await workbook.readSheet('Đăng ký');
    expect(grid[1_048_575][16_383]).toBe('góc cuối');
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 60_000);

  it('opens a file whose whole-column dropdowns were cut, and says which parts the download will lack', async () => {
    const { result } = await open('whole-column-rules.xlsx');
    expect(result).toEqual({ ok: true, lossy: ['dataValidations', 'mergedCells'], formulas: 0 });
    if (result.ok) expect(result.lossy.map((p) => vi.cli.parts[p]).join(', ')).toContain('danh sách chọn phủ cả cột');
  });
});
