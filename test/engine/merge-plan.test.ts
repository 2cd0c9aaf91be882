/**
 * The merge of units' files into the open workbook, as pure engine code: the open workbook and the
 * files in, the questions for the clerk and one planned write (rows, import record, row origins) out.
 */
import { findRegistrationSheet, readWorkbooks, type CellValue, type Grid, type SheetGrid } from '../../src/engine';
import { importRecordGrid, readImportRecord, IMPORT_SHEET, type ImportRecord } from '../../src/engine/consolidate/import-record';
import { mergeQuestions, planMerge, type MergePlan } from '../../src/engine/consolidate/merge-plan';
import { consolidateOpen, type OpenWorkbook, type PendingFile } from '../../src/engine/consolidate/open-workbook';
import { ORIGIN_SHEET, originsGrid } from '../../src/engine/consolidate/row-origins';

const HEADER = ['STT', 'Năm', 'Tên mô hình', 'Tập thể/cá nhân thực hiện', 'Loại', 'Chi, đảng bộ', 'Lĩnh vực', 'Hình thức'];
const NA_PAI = 'Chi bộ thôn Nà Pài';
const row = (stt: number, name: string, unit = NA_PAI, year = 2024): CellValue[] => [stt, year, name, 'Chi hội Phụ nữ', 'Tập thể', unit, 3, 'Đăng ký mới'];
const UNITS: SheetGrid = {
  name: 'Danh mục',
  grid: [
    ['Đơn vị', 'Khối', 'Xã/phường'],
    [NA_PAI, 'Xã, phường', 'Lục Bình'],
    ['Chi bộ Trường', 'Hành chính sự nghiệp', null],
  ],
};

function openWorkbook(registrations: Grid, extra: SheetGrid[] = []): OpenWorkbook {
  const sheets = [{ name: 'Đăng ký', grid: registrations }, UNITS, ...extra];
  const found = findRegistrationSheet({ sheets });
  return { sheets, found: 'header' in found ? found : null, rows: readWorkbooks([{ sheets }]).rows };
}

const file = (id: string, name: string, rows: CellValue[][], modified: string, sheet = 'Đăng ký'): PendingFile => ({
  id,
  name,
  grids: { file: name, sheets: [{ name: sheet, grid: [HEADER, ...rows] }] },
  modified: new Date(modified),
  fileDate: null,
});

/** The registration sheet after the plan's blocks are written. */
function applied(grid: Grid, plan: MergePlan): string[][] {
  const after = grid.map((r) => [...(r ?? [])]);
  for (const block of plan.blocks.filter((b) => b.sheet === 'Đăng ký')) block.rows.forEach((r, i) => (after[block.firstRow - 1 + i] = r));
  return after
    .map((r) => r.map((v) => (v === null || v === undefined ? '' : String(v))))
    .map((r) => {
      while (r.length > 0 && r[r.length - 1] === '') r.pop();
      return r;
    })
    .filter((r) => r.length > 0);
}

const NOW = '2024-11-20T08:00:00.000Z';

describe('the merge plan (engine)', () => {
  it('appends a file’s rows with their Nguồn (the header cell added), records the import and where each row came from', () => {
    const grid: Grid = [HEADER, row(1, 'Tủ thuốc', 'Chi bộ Trường')];
    const open = openWorkbook(grid);
    const a = file('f1', 'a.xlsx', [row(1, 'Đường bê tông'), row(2, 'Camera an ninh')], '2024-11-10T03:00:00Z');
    const consolidation = consolidateOpen(open, new Map(), [a]);
    expect(mergeQuestions(consolidation, open.sheets, [a])).toEqual({ ownRows: [], ownKhoi: 0, older: [] });
    const plan = planMerge(consolidation, open.sheets, [a], new Map(), NOW) as MergePlan;
    expect(plan).toMatchObject({ appended: 2, removed: 0, sheet: 'Đăng ký', files: 1, khoi: null });
    expect(applied(grid, plan)).toEqual([
      [...HEADER, 'Nguồn'],
      ['1', '2024', 'Tủ thuốc', 'Chi hội Phụ nữ', 'Tập thể', 'Chi bộ Trường', '3', 'Đăng ký mới'],
      ['2', '2024', 'Đường bê tông', 'Chi hội Phụ nữ', 'Tập thể', NA_PAI, '3', 'Đăng ký mới', 'a.xlsx'],
      ['3', '2024', 'Camera an ninh', 'Chi hội Phụ nữ', 'Tập thể', NA_PAI, '3', 'Đăng ký mới', 'a.xlsx'],
    ]);
    expect([...plan.record]).toEqual([['a.xlsx', { date: new Date('2024-11-10T03:00:00Z'), dateKind: 'modified', importedAt: NOW }]]);
    expect(plan.recordBefore).toEqual(new Map());
    expect(plan.origins.map((o) => [o.source, o.sheet, o.row])).toEqual([
      ['a.xlsx', 'Đăng ký', 2],
      ['a.xlsx', 'Đăng ký', 3],
    ]);
  });

  it('asks before replacing the workbook’s own rows of the unit and year', () => {
    const open = openWorkbook([HEADER, row(1, 'Đường bê tông (tự nhập)')]);
    const a = file('f1', 'a.xlsx', [row(1, 'Đường bê tông')], '2024-11-10T03:00:00Z');
    const questions = mergeQuestions(consolidateOpen(open, new Map(), [a]), open.sheets, [a]);
    expect(questions.ownRows).toEqual([{ file: 'a.xlsx', rows: 1 }]);
  });

  /** The workbook after a.xlsx (10 Nov) was imported: its rows with Nguồn, the record, the origins. */
  function afterImport(a = file('f1', 'a.xlsx', [row(1, 'Đường bê tông'), row(2, 'Camera an ninh')], '2024-11-10T03:00:00Z')): {
    open: OpenWorkbook;
    record: ImportRecord;
    grid: Grid;
  } {
    const first = openWorkbook([HEADER]);
    const plan = planMerge(consolidateOpen(first, new Map(), [a]), first.sheets, [a], new Map(), NOW) as MergePlan;
    const grid = applied([HEADER], plan).map((r) => r.map((v, c) => (c <= 1 && /^\d+$/.test(v) ? Number(v) : v)));
    const sheets = [
      { name: IMPORT_SHEET, grid: importRecordGrid(plan.record) },
      { name: ORIGIN_SHEET, grid: originsGrid(plan.origins) },
    ];
    return { open: openWorkbook(grid, sheets), record: readImportRecord(sheets), grid };
  }

  it('a newer file of the unit and year replaces an earlier import’s rows; the record and origins follow', () => {
    const { open, record, grid } = afterImport();
    const newer = file('f2', 'a-moi.xlsx', [row(1, 'Đường bê tông'), row(2, 'Camera an ninh'), row(3, 'Vườn mẫu')], '2024-11-12T03:00:00Z');
    const consolidation = consolidateOpen(open, record, [newer]);
    expect(mergeQuestions(consolidation, open.sheets, [newer])).toEqual({ ownRows: [], ownKhoi: 0, older: [] });
    const plan = planMerge(consolidation, open.sheets, [newer], record, NOW) as MergePlan;
    expect(plan).toMatchObject({ appended: 3, removed: 2 });
    expect(
      applied(grid, plan)
        .slice(1)
        .map((r) => [r[2], r[8]]),
    ).toEqual([
      ['Đường bê tông', 'a-moi.xlsx'],
      ['Camera an ninh', 'a-moi.xlsx'],
      ['Vườn mẫu', 'a-moi.xlsx'],
    ]);
    expect([...plan.record.keys()]).toEqual(['a-moi.xlsx']);
    expect(plan.origins.map((o) => o.source)).toEqual(['a-moi.xlsx', 'a-moi.xlsx', 'a-moi.xlsx']);
    expect(plan.originsBefore.map((o) => o.source)).toEqual(['a.xlsx', 'a.xlsx']);
  });

  it('an older file is asked about; chosen by the clerk, it replaces the newer import with its own dates kept', () => {
    const { open, record } = afterImport();
    const older = file('f2', 'a-cu.xlsx', [row(1, 'Đường bê tông cũ')], '2024-11-01T03:00:00Z');
    const asked = consolidateOpen(open, record, [older]);
    expect(mergeQuestions(asked, open.sheets, [older]).older).toEqual([{ id: 'f2', file: 'a-cu.xlsx', newer: [{ file: 'a.xlsx', rows: 1 }] }]);
    expect(planMerge(asked, open.sheets, [older], record, NOW)).toBeNull();

    const chosen = consolidateOpen(open, record, [older], { chosen: new Set(['f2']) });
    expect(chosen.reports.get('f2')?.date).toEqual(new Date('2024-11-01T03:00:00Z'));
    const plan = planMerge(chosen, open.sheets, [older], record, NOW) as MergePlan;
    expect(plan).toMatchObject({ appended: 1, removed: 2 });
    expect([...plan.record.keys()]).toEqual(['a-cu.xlsx']);
  });

  it('words an earlier import’s findings at the unit’s own sheet and cells by the recorded origins', () => {
    const bad = row(2, 'Camera an ninh');
    bad[4] = 'Nhóm';
    const { open, record, grid } = afterImport(file('f1', 'a.xlsx', [[], row(1, 'Đường bê tông'), bad], '2024-11-10T03:00:00Z', 'Mô hình 2024'));
    // In the workbook the row is row 3, its kind in column E; in the unit's file it was row 4.
    expect(grid[2][4]).toBe('Nhóm');
    const consolidation = consolidateOpen(open, record, [], { thisYear: 2024 });
    const [finding] = consolidation.result.files.find((f) => f.name === 'a.xlsx')?.findings ?? [];
    expect(finding).toMatchObject({ file: 'a.xlsx', sheet: 'Mô hình 2024', row: 4, cell: 'E4' });
    expect(finding.message).toMatch(/^Ô E4: “Nhóm” không phải Loại hợp lệ/);
    expect(consolidation.unplaced.size).toBe(0);
    expect(consolidation.result.tracking.units.find((u) => u.unit === NA_PAI)?.findings).toEqual([finding]);
  });
});
