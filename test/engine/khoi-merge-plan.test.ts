/** Where the Khối rows a consolidation keeps go in the open workbook: one block of rows, with what it held. */
import { consolidate, type CellValue, type Grid, type SheetGrid } from '../../src/engine';
import { planKhoiMerge } from '../../src/engine/consolidate/khoi-merge-plan';
import { rowPrint } from '../../src/engine/consolidate/row-origins';

const H = ['Năm', 'Xã/phường', 'Số thành viên', 'Thành viên được tập huấn'];
const file = (name: string, sheets: SheetGrid[], modified: string) => ({ name, grids: { file: name, sheets }, modified: new Date(modified) });
const khoiSheet = (rows: CellValue[][], header = H): SheetGrid => ({ name: 'Khối Dân vận', grid: [header, ...rows] });

/** The open workbook consolidated with the files, and the Khối plan of the files' rows. */
function plan(open: SheetGrid[], files: Array<ReturnType<typeof file>>) {
  const c = consolidate(files, { base: { name: 'Sổ đang mở', grids: { sheets: open } } });
  return planKhoiMerge(open, c.mergedKhoi, new Set(files.map((f) => f.name)));
}

/** The sheet after the plan is written. */
function applied(grid: Grid, p: NonNullable<ReturnType<typeof plan>>): string[][] {
  const after: CellValue[][] = grid.map((r) => [...(r ?? [])]);
  p.rows.forEach((row, i) => (after[p.firstRow - 1 + i] = row));
  const text = after.map((r) => r.map((v) => (v === null || v === undefined ? '' : String(v))));
  return text
    .map((r) => {
      while (r.length > 0 && r[r.length - 1] === '') r.pop();
      return r;
    })
    .filter((r, i, all) => r.length > 0 || all.slice(i).some((x) => x.length > 0));
}

describe('planKhoiMerge', () => {
  const xuatHoa = file('xuat-hoa.xlsx', [khoiSheet([[2024, 'Xuất Hóa', 12, 12]])], '2024-11-05T03:00:00Z');

  it('changes nothing when no file brings a Khối row', () => {
    const models = file(
      'x.xlsx',
      [
        {
          name: 'Đăng ký',
          grid: [
            ['Năm', 'Tên mô hình', 'Chi, đảng bộ'],
            [2024, 'A', 'Chi bộ X'],
          ],
        },
      ],
      '2024-11-05T03:00:00Z',
    );
    expect(plan([khoiSheet([[2024, 'Nông Thượng', 9, 9]])], [models])).toBeNull();
  });

  it('makes the standard sheet, header first, when the workbook has none', () => {
    const p = plan([{ name: 'Đăng ký', grid: [['STT']] }], [xuatHoa])!;
    expect(p).toMatchObject({ sheet: 'Khối Dân vận', create: true, firstRow: 1, appended: 1, removed: 0, removedOwn: 0 });
    expect(p.rows[0].slice(0, 4)).toEqual(['Năm', 'Xã/phường', 'Huyện', 'Số thành viên']);
    expect(p.rows[0][p.rows[0].length - 1]).toBe('Nguồn');
    expect(p.rows[1].filter((v) => v !== '')).toEqual([2024, 'Xuất Hóa', 12, 12, 'xuat-hoa.xlsx']);
    expect(p.before.every((r) => r.every((v) => v === ''))).toBe(true);
  });

  it('replaces the clerk’s row of the same commune and year, keeps the others, and adds Nguồn right of every used cell', () => {
    const grid: Grid = [
      ['Khối Dân vận cơ sở năm 2024'],
      H,
      [2024, 'Phường Xuất Hóa', 10, 4, null, 'ghi chú của xã'],
      [2024, 'Nông Thượng', 9, 9],
      [2023, 'Xuất Hóa', 11, 11],
      [null, null, 8, 8],
    ];
    const open = [{ name: 'Khối Dân vận', grid }];
    const p = plan(open, [xuatHoa])!;
    expect(p).toMatchObject({ create: false, appended: 1, removed: 1, removedOwn: 1, firstRow: 2 });
    expect(p.before[0]).toEqual([...H, '', '', '']);
    expect(applied(grid, p)).toEqual([
      ['Khối Dân vận cơ sở năm 2024'],
      [...H, '', '', 'Nguồn'],
      ['2024', 'Nông Thượng', '9', '9'],
      ['2023', 'Xuất Hóa', '11', '11'],
      ['', '', '8', '8'],
      ['2024', 'Xuất Hóa', '12', '12', '', '', 'xuat-hoa.xlsx'],
    ]);
    expect([...p.sources]).toEqual(['xuat-hoa.xlsx']);
    // Where the row came from in its file, known again by its year and commune as written here.
    const [origin] = p.origins;
    expect(origin).toMatchObject({ source: 'xuat-hoa.xlsx', part: 'khoi', sheet: 'Khối Dân vận', row: 2, columns: { year: 0, commune: 1 } });
    const written = p.rows[p.rows.length - 1];
    expect(origin.print).toBe(
      rowPrint(
        'khoi',
        written,
        new Map([
          ['year', 0],
          ['commune', 1],
        ]),
      ),
    );
  });

  it('keeps other communes’ rows (their Nguồn too) and adds a standard column the sheet lacks when the file fills it', () => {
    const grid: Grid = [
      [...H, 'Nguồn'],
      [2024, 'Xuất Hóa', 13, 13, 'xuat-hoa-moi.xlsx'],
    ];
    const older = file('nong-thuong.xlsx', [khoiSheet([[2024, 'Nông Thượng', 9, 9, 'Hoàn thành tốt nhiệm vụ']], [...H, 'Xếp loại'])], '2024-11-01T03:00:00Z');
    const p = plan([{ name: 'Khối Dân vận', grid }], [older])!;
    expect(p).toMatchObject({ appended: 1, removed: 0, removedOwn: 0, firstRow: 1 });
    expect(applied(grid, p)).toEqual([
      [...H, 'Nguồn', 'Xếp loại'],
      ['2024', 'Xuất Hóa', '13', '13', 'xuat-hoa-moi.xlsx'],
      ['2024', 'Nông Thượng', '9', '9', 'nong-thuong.xlsx', 'Hoàn thành tốt nhiệm vụ'],
    ]);
    expect(new Set(p.sources)).toEqual(new Set(['xuat-hoa-moi.xlsx', 'nong-thuong.xlsx']));
  });
});
