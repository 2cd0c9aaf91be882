import { nextRowNumber, placeRow, rowValues, withRow } from '../../src/engine/form-row';
import { blankForm, changedValues, formFromRow } from '../../src/taskpane/entry/form-model';
import { fieldsAsCodes, nextSerial } from '../../src/engine/form-row';
import { planRow, stillWritten } from '../../src/taskpane/entry/row-plan';
import { analyseSheets } from '../../src/taskpane/snapshot';
import { HEADER, INFO, ROW_2, ROW_3, UNITS } from './workbooks';

const columns = new Map([
  ['stt', 0],
  ['name', 2],
  ['year', 4],
] as const);

describe('a form row in the sheet’s own columns (engine/form-row)', () => {
  it('places values in the sheet’s column order from column A, keeping the other cells of the row', () => {
    expect(placeRow(columns, { name: 'Thư viện xanh', year: 2024 })).toEqual(['', '', 'Thư viện xanh', '', 2024]);
    expect(placeRow(columns, { name: 'Mới' }, [1, 'ảnh', 'Cũ', 'x', 2024, 'ghi chú'])).toEqual([1, 'ảnh', 'Mới']);
    expect(placeRow(columns, {})).toEqual([]);
    expect(rowValues(columns, [1, null, 'Tên', null, 2024])).toEqual({ stt: 1, name: 'Tên', year: 2024 });
  });

  it('finds the row after the last registration, past blank rows, under a title block', () => {
    expect(nextRowNumber([['Tiêu đề'], [], ['STT', 'Tên'], [1, 'a'], [], [2, 'b'], [], ['', null]], 2)).toBe(7);
    expect(nextRowNumber([['STT', 'Tên']], 0)).toBe(2);
    expect(withRow([['a']], 3, ['x', 'y'])).toEqual([['a'], [], ['x', 'y']]);
  });
});

describe('the row the form writes (taskpane/entry/row-plan)', () => {
  const sheets = () => [
    { name: 'Đăng ký', grid: [HEADER, ROW_2, ROW_3] },
    { name: 'Danh mục', grid: UNITS },
    { name: 'Thông tin', grid: INFO },
  ];

  it('numbers a new row after the largest STT and writes the field as the sheet does', () => {
    expect(nextSerial([['STT'], [1], [7], ['3']], 0, 0)).toBe(8);
    expect(nextSerial([['STT'], ['a'], [null, 'x']], 0, 0)).toBe(3);
    expect(fieldsAsCodes([['LV'], [3], ['2'], ['Nông thôn mới']], 0, 0)).toBe(true);
    expect(fieldsAsCodes([['LV'], ['Nông thôn mới'], ['Cải cách hành chính, xây dựng công sở']], 0, 0)).toBe(false);
  });

  it('writes only what changed when correcting a row, and keeps what it replaces to undo', () => {
    const snapshot = analyseSheets(sheets());
    const row = snapshot.dataset.rows.find((r) => r.rowNumber === 3);
    if (!row) throw new Error('row 3');
    const baseline = formFromRow(row);
    expect(changedValues(baseline, baseline)).toEqual({});
    const plan = planRow(snapshot, { ...baseline, status: 'Được công nhận' }, { kind: 'update', row: 3, baseline });
    expect(plan?.cells).toEqual([
      2,
      'LB-02',
      2024,
      'Thư viện xanh cho học sinh',
      'Chi bộ Trường THCS Lục Bình',
      'Tập thể',
      'Chi bộ Trường THCS Lục Bình',
      '',
      '',
      'Bản sắc văn hóa, du lịch, dịch vụ',
      'Đăng ký mới',
      'Được công nhận',
    ]);
    expect(plan?.before[11]).toBe('Đủ điều kiện bình xét');
    expect(plan?.findings.map((f) => f.rule)).toEqual(['decision-missing']);
    expect(planRow(snapshot, baseline, { kind: 'update', row: 3, baseline })).toBeNull();
  });

  it('checks a new row among the existing ones, where it will be written', () => {
    const snapshot = analyseSheets(sheets());
    const form = {
      ...blankForm('2024'),
      name: ROW_2[3] as string,
      implementer: ROW_2[4] as string,
      unit: 'Chi bộ thôn Nà Pài',
      field: 'Nông thôn mới, đô thị văn minh',
    };
    const plan = planRow(snapshot, form, { kind: 'append' });
    expect(plan?.row).toBe(4);
    expect(plan?.cells[0]).toBe(3);
    expect(plan?.before.every((v) => v === '')).toBe(true);
    expect(plan?.findings.find((f) => f.rule === 'duplicate')?.cell).toBe('D4');
  });

  it('undoes only over what it wrote', () => {
    expect(stillWritten([3, 'Tên', 2024, null], [3, 'Tên', 2024, ''])).toBe(true);
    expect(stillWritten([3, 'Tên sửa tay', 2024], [3, 'Tên', 2024])).toBe(false);
  });
});
