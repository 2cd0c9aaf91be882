import { officeWorkbook } from '../../../src/workbook/office/office-workbook';
import { FakeExcel } from './fake-excel';

const SPEC = {
  sheet: 'Tổng hợp',
  title: 'Mô hình theo lĩnh vực',
  categories: ['Xây dựng Đảng, chính quyền, MTTQ, đoàn thể', 'Cải cách hành chính, xây dựng công sở', 'Nông thôn mới, đô thị văn minh', '=Bản sắc văn hóa'],
  values: [42, 17, 96, 36],
  anchor: { row: 30, col: 1 },
};

describe('addChart', () => {
  it.each(['1.1', '1.9'])('adds a clustered column chart over its data table, top-left at the anchor (ExcelApi %s)', async (version) => {
    const fake = new FakeExcel(version);
    fake.addSheet('Tổng hợp');
    expect(await officeWorkbook(fake.host).addChart(SPEC)).toBe(true);
    const sheet = fake.sheet('Tổng hợp');
    expect(sheet.charts).toEqual([
      {
        type: 'ColumnClustered',
        source: { r1: 30, c1: 1, r2: 34, c2: 2 },
        seriesBy: 'Columns',
        title: SPEC.title,
        legendVisible: false,
        position: ['B31', 'I46'],
      },
    ]);
    expect(sheet.read({ r1: 30, c1: 1, r2: 34, c2: 2 })).toEqual([['', SPEC.title], ...SPEC.categories.map((c, i) => [c, SPEC.values[i]])]);
    expect(sheet.formulas.size).toBe(0);
    expect(fake.syncs).toBe(1);
  });

  it('reports charts as a capability from ExcelApi 1.1', () => {
    expect(officeWorkbook(new FakeExcel('1.1').host).capabilities().charts).toBe(true);
  });
});
