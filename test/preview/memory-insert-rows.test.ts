import { MemoryWorkbook } from '../../src/workbook/preview/memory-workbook';
import type { SheetContent } from '../../src/workbook/sheet-content';

/** Header, two models, a total line; a style over the models, a dropdown over rows 2-3, a merged total label. */
function sheet(): SheetContent {
  return {
    name: 'Đăng ký',
    values: [
      ['STT', 'Tên'],
      [1, 'a'],
      [2, 'b'],
      ['Tổng cộng', 2],
    ],
    styles: [{ range: { r1: 1, c1: 0, r2: 2, c2: 1 }, style: { border: true } }],
    merges: [{ r1: 3, c1: 0, r2: 3, c2: 1 }],
    columnWidths: [],
    rowHeights: { 3: 30 },
    validations: [{ range: { r1: 1, c1: 1, r2: 2, c2: 1 }, list: ['x'] }],
  };
}

describe('the preview’s workbook inserts and deletes rows as Excel does', () => {
  it('moves the total line, its merge, height and marks down; the new row takes the style above; delete undoes it', async () => {
    const workbook = new MemoryWorkbook([sheet()]);
    await workbook.markCells('Đăng ký', [{ row: 4, col: 1, severity: 'warning' }]);
    // The browser version keeps no formulas: the total's 2 is a typed number the new row leaves wrong.
    expect(await workbook.insertRows('Đăng ký', 4, [[3, '=c']])).toEqual({ typedNumbers: 1 });
    const inserted = workbook.sheet('Đăng ký');
    expect(await workbook.readSheet('Đăng ký')).toEqual([
      ['STT', 'Tên'],
      [1, 'a'],
      [2, 'b'],
      [3, '=c'],
      ['Tổng cộng', 2],
    ]);
    expect(inserted?.merges).toEqual([{ r1: 4, c1: 0, r2: 4, c2: 1 }]);
    expect(inserted?.rowHeights).toEqual({ 4: 30 });
    expect(inserted?.styles[0].range).toEqual({ r1: 1, c1: 0, r2: 3, c2: 1 });
    // A dropdown ending right above the new row is not stretched (as in Excel); one the row falls inside would be.
    expect(inserted?.validations?.[0].range).toEqual({ r1: 1, c1: 1, r2: 2, c2: 1 });
    expect(workbook.marksOf('Đăng ký')).toEqual([{ row: 5, col: 1, severity: 'warning' }]);

    await workbook.deleteRows('Đăng ký', 4, 1);
    const back = workbook.sheet('Đăng ký');
    expect(await workbook.readSheet('Đăng ký')).toEqual(sheet().values);
    expect([back?.merges, back?.rowHeights, back?.styles[0].range]).toEqual([sheet().merges, sheet().rowHeights, sheet().styles[0].range]);
    expect(workbook.marksOf('Đăng ký')).toEqual([{ row: 4, col: 1, severity: 'warning' }]);
  });

  it('stretches a range the insertion falls inside and drops what deleted rows held alone', async () => {
    const workbook = new MemoryWorkbook([sheet()]);
    expect(await workbook.insertRows('Đăng ký', 3, [[9, 'giữa']])).toEqual({ typedNumbers: 1 });
    expect(workbook.sheet('Đăng ký')?.validations?.[0].range).toEqual({ r1: 1, c1: 1, r2: 3, c2: 1 });
    await workbook.deleteRows('Đăng ký', 5, 1);
    expect(workbook.sheet('Đăng ký')?.merges).toEqual([]);
    await expect(workbook.insertRows('Khác', 2, [['x']])).rejects.toThrow(RangeError);
  });
});
