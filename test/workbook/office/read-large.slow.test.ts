/**
 * Reading 100,000 rows through the fake Excel: chunks under Excel's limits, and hidden rows at no
 * extra round trip (the slow cases of read.test.ts, in the slow project).
 */
import { officeWorkbook } from '../../../src/workbook/office/office-workbook';
import { readMeasures, registrationGrid, registrationWorkbook as workbookOf } from './data';
import { MB } from './fake-excel';

const LIMIT = 4 * MB;
const record = readMeasures();

describe('readWorkbook of 100,000 rows', () => {
  it('reads 100,000 rows in 2 + one sync per chunk, each response under 4 MB', async () => {
    const fake = workbookOf(100_000);
    const sheets = await officeWorkbook(fake.host).readWorkbook();
    record(100_000, fake);
    const chunks = fake.records.slice(2);
    expect(chunks.length).toBeGreaterThan(1);
    expect(fake.syncs).toBe(2 + chunks.length);
    for (const chunk of chunks) expect(chunk.responseBytes).toBeLessThan(LIMIT);
    // Packed close to the budget: no more chunks than the bytes need.
    const total = chunks.reduce((sum, c) => sum + c.responseBytes, 0);
    expect(chunks.length).toBeLessThanOrEqual(Math.ceil(total / (3 * MB)));
    expect(fake.maxRequest).toBeLessThan(LIMIT);
    expect(sheets[0].grid.length).toBe(100_001);
    expect(sheets[0].grid).toEqual(registrationGrid(100_000));
    expect(sheets[1].grid).toEqual([
      ['Đơn vị', 'Khối'],
      ['Đảng bộ xã Xuất Hóa', 'Xã, phường'],
    ]);
  });

  it('reads large sheets in the same syncs as without hidden rows', async () => {
    const fake = workbookOf(100_000);
    fake.sheet('Đăng ký').hiddenRows.add(50_000);
    const sheets = await officeWorkbook(fake.host).readWorkbook();
    const without = workbookOf(100_000, '1.8');
    await officeWorkbook(without.host).readWorkbook();
    expect(fake.syncs).toBe(without.syncs);
    expect(sheets[0].hiddenRows).toEqual([50_001]);
  });
});
