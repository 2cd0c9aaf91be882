import { newRowPlace, nextRowNumber, placeRow, sheetMark, tickIndex, withInsertedRow } from '../../src/engine/form-row';
import type { TickGroup } from '../../src/engine/header';
import type { CellValue, ColumnKey } from '../../src/engine';

/** A two-row layout's groups: Lĩnh vực 1-4 in D-G, Loại mô hình in H-I, Hình thức in J-K. */
const TICKS: TickGroup<ColumnKey>[] = [
  { key: 'field', cols: [3, 4, 5, 6], values: [1, 2, 3, 4] },
  { key: 'kind', cols: [7, 8], values: ['Tập thể', 'Cá nhân'] },
  { key: 'registration', cols: [9, 10], values: ['Duy trì', 'Đăng ký mới'] },
];
const COLUMNS = new Map<ColumnKey, number>([
  ['stt', 0],
  ['name', 1],
  ['unit', 2],
  ['status', 11],
]);

describe('a form row on tick columns', () => {
  it('marks the sub-column a value stands for and empties the group’s others, in the sheet’s column order', () => {
    const row = placeRow(
      { columns: COLUMNS, ticks: TICKS },
      { stt: 4, name: 'Hũ gạo', unit: 'Chi bộ', field: 'Nông thôn mới, đô thị văn minh', kind: 'Cá nhân', registration: 'Đăng ký mới' },
    );
    expect(row).toEqual([4, 'Hũ gạo', 'Chi bộ', '', '', 'x', '', '', 'x', '', 'x']);
  });

  it('rewrites only the groups given over the row as it is (up to the last cell given), with the sheet’s own mark', () => {
    const base: CellValue[] = [2, 'Con đường', 'Chi bộ', 'X', null, null, null, 'X', null, 'X', null, 'Đăng ký'];
    expect(placeRow({ columns: COLUMNS, ticks: TICKS, mark: 'X' }, { field: 3 }, base)).toEqual([2, 'Con đường', 'Chi bộ', '', '', 'X', '']);
    // An empty or unknown value leaves the whole group unmarked.
    expect(placeRow({ columns: COLUMNS, ticks: TICKS }, { kind: '' }, base).slice(7, 9)).toEqual(['', '']);
    expect(placeRow({ columns: COLUMNS, ticks: TICKS }, { kind: 'Hộ gia đình' }, base).slice(7, 9)).toEqual(['', '']);
  });

  it('knows a value in any of its spellings', () => {
    expect([
      tickIndex(TICKS[0], 'LV 2'),
      tickIndex(TICKS[0], 4),
      tickIndex(TICKS[1], 'tập thể'),
      tickIndex(TICKS[2], 'Duy trì'),
      tickIndex(TICKS[2], ''),
    ]).toEqual([1, 3, 0, 0, -1]);
  });

  it('marks as the sheet does most, total lines aside', () => {
    const grid: CellValue[][] = [['header'], [1, 'a', 'b', '✓'], [2, 'a', 'b', null, '✓', null, null, 'x'], ['Tổng cộng', null, null, 5, 5, 5, 5]];
    expect(sheetMark(grid, 0, TICKS, [4])).toBe('✓');
    expect(sheetMark([['header']], 0, TICKS)).toBe('x');
  });
});

describe('where a new row goes', () => {
  const header = ['STT', 'Tên mô hình'];
  it('without a total line: under the last non-empty row', () => {
    expect(nextRowNumber([['Tiêu đề'], [], header, [1, 'a'], [], [2, 'b'], [], ['', null]], 2)).toBe(7);
    expect(newRowPlace([header], 0)).toEqual({ row: 2, insert: false });
  });

  it('inserted at a Tổng cộng line right under the last model, which moves down', () => {
    const grid = [header, [1, 'a'], [2, 'b'], ['Tổng cộng', 2], [], ['Người lập biểu']];
    expect(newRowPlace(grid, 0, [4])).toEqual({ row: 4, insert: true });
  });

  it('in the blank row a form leaves above its total line', () => {
    const grid = [header, [1, 'a'], [], [], ['Tổng cộng', 1]];
    expect(newRowPlace(grid, 0, [5])).toEqual({ row: 3, insert: false });
  });

  it('above the last of several totals, under the group subtotal of the last models', () => {
    const grid = [header, [1, 'a'], ['Cộng', 1], [2, 'b'], ['Cộng', 1], ['Tổng cộng', 2]];
    expect(newRowPlace(grid, 0, [3, 5, 6])).toEqual({ row: 5, insert: true });
  });

  it('the first model of an empty list above its total line, under the column numbering', () => {
    expect(newRowPlace([header, [1, 2, 3, 4], ['Tổng cộng', 0]], 0, [3])).toEqual({ row: 3, insert: true });
    expect(newRowPlace([header, [], ['Tổng cộng', 0]], 0, [3])).toEqual({ row: 2, insert: false });
  });

  it('at the end when the total comes first, right under the header', () => {
    expect(newRowPlace([header, ['Tổng số', 2], [1, 'a'], [2, 'b']], 0, [2])).toEqual({ row: 5, insert: false });
  });

  it('the grid with a row inserted, as the engine checks it', () => {
    expect(withInsertedRow([['h'], ['a'], ['T']], 3, ['n'])).toEqual([['h'], ['a'], ['n'], ['T']]);
    expect(withInsertedRow([['h']], 3, ['n'])).toEqual([['h'], [], ['n']]);
  });
});
