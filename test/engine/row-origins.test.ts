import { rowFinding } from '../../src/engine/check';
import { ORIGIN_SHEET, originsGrid, placeRows, readOrigins, relocated, rowPrint, type RowOrigin } from '../../src/engine/consolidate/row-origins';
import { words } from '../../src/engine/words';

const origin = (
  row: number,
  print: string,
  columns: Record<string, number> = { name: 0, kind: 1, year: 2 },
  part: RowOrigin['part'] = 'models',
): RowOrigin => ({
  source: 'c.xlsx',
  part,
  sheet: 'ĐK 2024',
  row,
  print,
  columns,
});

describe('the record of where imported rows came from', () => {
  it('reads back what it wrote, the columns written only where they change', () => {
    const origins = [origin(5, 'a'), origin(6, 'b'), origin(2, 'k', { commune: 1, year: 0 }, 'khoi')];
    const grid = originsGrid(origins);
    expect(grid.map((r) => r[5])).toEqual(['Cột gốc', 'name:A kind:B year:C', '', 'commune:B year:A']);
    expect(readOrigins([{ name: ORIGIN_SHEET, grid }])).toEqual(origins);
  });

  it('leaves out rows a hand edit made senseless', () => {
    const grid = [...originsGrid([origin(5, 'a')]), ['c.xlsx', 'Mô hình', 'ĐK 2024', 'năm', 'b', ''], ['', 'Mô hình', 'ĐK 2024', 7, 'c', '']];
    expect(readOrigins([{ name: ORIGIN_SHEET, grid }]).map((o) => o.row)).toEqual([5]);
  });

  it('digests only the identifying values, wherever the columns are', () => {
    const here = rowPrint(
      'models',
      [2024, 'Thư viện xanh', 'Chi đoàn', 'Chi bộ Trường', 'Tập thể'],
      new Map([
        ['year', 0],
        ['name', 1],
        ['implementer', 2],
        ['unit', 3],
      ]),
    );
    const there = rowPrint(
      'models',
      ['Nhóm', 'Chi bộ Trường', 'Chi đoàn', 'Thư viện xanh', '2024'],
      new Map([
        ['year', 4],
        ['name', 3],
        ['implementer', 2],
        ['unit', 1],
      ]),
    );
    expect(there).toBe(here);
    expect(
      rowPrint(
        'models',
        [2024, 'Thư viện xanh (sửa)', 'Chi đoàn', 'Chi bộ Trường'],
        new Map([
          ['year', 0],
          ['name', 1],
          ['implementer', 2],
          ['unit', 3],
        ]),
      ),
    ).not.toBe(here);
  });

  it('places rows by digest, repeated digests in order, unknown rows not at all', () => {
    const placed = placeRows(
      [origin(5, 'a'), origin(6, 'b'), origin(7, 'a')],
      [
        { row: 9, print: 'b' },
        { row: 10, print: 'a' },
        { row: 11, print: 'a' },
        { row: 12, print: 'z' },
      ],
    );
    expect([...placed].map(([row, o]) => [row, o.row])).toEqual([
      [9, 6],
      [10, 5],
      [11, 7],
    ]);
  });
});

describe('a finding moved to the unit’s own file', () => {
  const rows = new Map([
    [10, origin(5, 'a')],
    [12, origin(7, 'a')],
  ]);
  const at = (row: number) => rows.get(row);

  it('names the unit’s sheet, row and cell, and the other row it mentions', () => {
    const f = rowFinding(
      { id: 'duplicate', severity: 'warning' },
      { file: 'c.xlsx', sheet: 'Đăng ký', rowNumber: 12, col: 3, key: 'name' },
      words('duplicate', { first: '10' }),
    );
    expect(f.message).toMatch(/^Ô D12: dòng trùng với dòng 10 /);
    const moved = relocated(f, at);
    expect(moved).toMatchObject({ file: 'c.xlsx', sheet: 'ĐK 2024', row: 7, cell: 'A7', column: 'A' });
    expect(moved?.message).toMatch(/^Ô A7: dòng trùng với dòng 5 /);
  });

  it('keeps a number the record does not know, and says the row when the unit had no such column', () => {
    const f = rowFinding(
      { id: 'khoi-duplicate', severity: 'error' },
      { file: 'c.xlsx', sheet: 'Khối Dân vận', rowNumber: 12, col: 4, key: 'commune' },
      words('khoiDuplicate', { commune: 'Lục Bình', year: 2024, first: 3 }),
    );
    const moved = relocated(f, at);
    expect(moved).toMatchObject({ row: 7, cell: null, column: null });
    expect(moved?.message).toBe('Dòng 7: Lục Bình đã có dòng năm 2024 (dòng 3); mỗi xã một dòng mỗi năm, xóa một trong hai dòng.');
  });

  it('is not moved when its row is not recorded', () => {
    const f = rowFinding(
      { id: 'duplicate', severity: 'warning' },
      { file: 'c.xlsx', sheet: 'Đăng ký', rowNumber: 11, col: 3, key: 'name' },
      words('duplicate', { first: '10' }),
    );
    expect(relocated(f, at)).toBeNull();
  });
});
