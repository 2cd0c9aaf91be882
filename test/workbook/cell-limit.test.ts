import { CUT_MARK, EXCEL_CELL_CHARS, cellsTooLong, fitText, fitValue } from '../../src/workbook/cell-limit';

describe('Excel’s 32,767 characters a cell', () => {
  it('leaves text that fits as it is', () => {
    const full = 'ư'.repeat(EXCEL_CELL_CHARS);
    expect(fitText(full)).toBe(full);
    expect(fitValue(42)).toBe(42);
  });

  it('cuts longer text to exactly the limit, ending with the visible mark', () => {
    const cut = fitText('a'.repeat(40_000));
    expect(cut).toHaveLength(EXCEL_CELL_CHARS);
    expect(cut.endsWith(CUT_MARK)).toBe(true);
    expect(CUT_MARK).toBe(' …[cắt bớt]');
  });

  it('never splits a surrogate pair at the cut', () => {
    const emoji = '😀'; // two UTF-16 units
    const text = 'a'.repeat(EXCEL_CELL_CHARS - CUT_MARK.length - 1) + emoji.repeat(10);
    const cut = fitText(text);
    expect(cut.length).toBeLessThanOrEqual(EXCEL_CELL_CHARS);
    expect(cut).toBe('a'.repeat(EXCEL_CELL_CHARS - CUT_MARK.length - 1) + CUT_MARK);
  });

  it('names the cells of a grid that are too long, rows counted from the first line given', () => {
    expect(cellsTooLong('Đăng ký', [['ngắn', 'x'.repeat(EXCEL_CELL_CHARS + 1)], undefined, [null, 1, 'y'.repeat(50_000)]], 2)).toEqual([
      { sheet: 'Đăng ký', row: 2, col: 1, length: EXCEL_CELL_CHARS + 1 },
      { sheet: 'Đăng ký', row: 4, col: 2, length: 50_000 },
    ]);
  });
});
