import { officeWorkbook } from '../../../src/workbook/office/office-workbook';
import { dateSerial, needsTextPrefix, safeText } from '../../../src/workbook/office/text-safety';
import { FakeExcel, MB } from './fake-excel';

const RISKY = ['=1+1', '+84 912', '-5', '@ten', '\tx', '\rx', "'trích dẫn", '0912345678', '1/2', 'TRUE', '12%', '#N/A', '=HYPERLINK("http://x","y")'];
const PLAIN = ['Tập thể', 'Xã, phường', 'Dân vận khéo trong xây dựng nông thôn mới', 'MH-100001', '2 mô hình', 'Lĩnh vực 3', '…', ''];

describe('text is always written as text', () => {
  it('the fake takes strings as Excel does: unprotected, they become formulas or numbers', async () => {
    const fake = new FakeExcel();
    const sheet = fake.addSheet('Thử');
    ['=1+1', '+84 912', '-5', '@ten'].forEach((text, c) => sheet.input(0, c, text));
    expect(sheet.formula(0, 0)).toBe('=1+1');
    expect(sheet.formula(0, 1)).toBe('=84 912');
    expect(sheet.value(0, 2)).toBe(-5);
    expect(sheet.formula(0, 3)).toBe('=ten');
  });

  it('writeSheet writes risky strings as the same text, never formulas', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Đăng ký');
    const port = officeWorkbook(fake.host);
    await port.writeSheet({ name: 'Tổng hợp', values: [RISKY, PLAIN], styles: [], merges: [], columnWidths: [] });
    const sheet = fake.sheet('Tổng hợp');
    RISKY.forEach((text, c) => expect(sheet.value(0, c)).toBe(text));
    PLAIN.forEach((text, c) => expect(sheet.value(1, c)).toBe(text));
    expect(sheet.formulas.size).toBe(0);
    // Ordinary text carries no apostrophe; only the risky strings do.
    expect([...sheet.quotePrefixed].sort()).toEqual(RISKY.map((_, c) => `0,${c}`).sort());
    expect((await port.readSheet('Tổng hợp'))[0]).toEqual(RISKY);
  });

  it('text longer than a cell holds is written cut to 32,767 characters with its mark (Excel refuses it whole)', async () => {
    const fake = new FakeExcel();
    const sheet = fake.addSheet('Đăng ký');
    expect(() => sheet.input(0, 0, 'x'.repeat(32_768))).toThrow(/invalid/);
    const port = officeWorkbook(fake.host);
    await port.writeRows('Đăng ký', 1, [['=' + 'ư'.repeat(40_000)]]);
    const written = sheet.value(0, 0) as string;
    expect(written).toHaveLength(32_767);
    expect(written.startsWith('=ưư')).toBe(true);
    expect(written.endsWith(' …[cắt bớt]')).toBe(true);
    expect(sheet.formulas.size).toBe(0);
  });

  it('writeRows writes risky strings as the same text in one bulk write, leaving other cells alone', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Đăng ký', [
      ['STT', 'Tên mô hình'],
      [1, 'cũ', 'giữ nguyên'],
    ]);
    const port = officeWorkbook(fake.host);
    await port.writeRows('Đăng ký', 2, [RISKY.slice(0, 2), RISKY.slice(2)]);
    const sheet = fake.sheet('Đăng ký');
    expect(sheet.read({ r1: 1, c1: 0, r2: 1, c2: 2 })).toEqual([['=1+1', '+84 912', 'giữ nguyên']]);
    RISKY.slice(2).forEach((text, c) => expect(sheet.value(2, c)).toBe(text));
    expect(sheet.formulas.size).toBe(0);
    expect(fake.syncs).toBe(2);
    expect(fake.records[1].labels.filter((l) => l === 'Range.values')).toHaveLength(1);
    expect((await port.readSheet('Đăng ký'))[2]).toEqual(RISKY.slice(2));
  });

  it('writeRows clears cells given as empty, writes numbers as numbers and dates as dates, and creates a missing sheet', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Đăng ký', [['a', 'b', 'c']]);
    const port = officeWorkbook(fake.host);
    const date = new Date(2024, 11, 31);
    await port.writeRows('Đăng ký', 1, [[null, 2024, date, '']]);
    const sheet = fake.sheet('Đăng ký');
    expect(sheet.read({ r1: 0, c1: 0, r2: 0, c2: 3 })).toEqual([['', 2024, dateSerial(date), '']]);
    expect(sheet.format(0, 2, 'numberFormat')).toBe('dd/mm/yyyy');
    expect(sheet.format(0, 1, 'numberFormat')).toBeUndefined();
    await port.writeRows('Nguồn', 3, [['x']]);
    expect(fake.sheet('Nguồn').value(2, 0)).toBe('x');
  });

  it('prefixes exactly the strings Excel would not keep as text', () => {
    for (const text of RISKY) expect([text, needsTextPrefix(text)]).toEqual([text, true]);
    for (const text of PLAIN) expect([text, needsTextPrefix(text)]).toEqual([text, false]);
    expect(safeText('=1+1')).toBe("'=1+1");
    expect(safeText('Tập thể')).toBe('Tập thể');
    expect(dateSerial(new Date(2024, 0, 1))).toBe(45292);
    // Linear on long input: well under a millisecond; a backtracking scan takes seconds (a hang guard, not a speed target).
    const long = `${'1'.repeat(50_000)}x`;
    const started = Date.now();
    expect(needsTextPrefix(long)).toBe(false);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("rows from a unit's workbook whose text starts with = + - @ tab or CR stay that text through writeRows", async () => {
    const fake = new FakeExcel();
    fake.addSheet('Đăng ký', [['STT', 'Tên mô hình', 'Ghi chú']]);
    const port = officeWorkbook(fake.host);
    const unitRows = ['=SUM(A1:A9)', '+Dân vận khéo', '-Tập thể', '@Chi bộ', '\tTab đầu', '\rDòng mới'].map((text, i) => [i + 1, text, `=${text}`]);
    await port.writeRows('Đăng ký', 2, unitRows);
    const sheet = fake.sheet('Đăng ký');
    expect(sheet.formulas.size).toBe(0);
    expect((await port.readSheet('Đăng ký')).slice(1)).toEqual(unitRows);
  });

  it('cells of 32,767 characters (the most a cell holds) are written and read whole, every request and response under 4 MB', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Đăng ký');
    const port = officeWorkbook(fake.host);
    // Vietnamese letters take 3 bytes each in UTF-8: 96 KB a cell, about 25 MB in all.
    const long = (i: number): string => `=${i} `.padEnd(32_767, 'ữ');
    const values = [['STT', 'Ghi chú'], ...Array.from({ length: 256 }, (_, i) => [i + 1, long(i)])];
    await port.writeSheet({ name: 'Tổng hợp', values, styles: [], merges: [], columnWidths: [] });
    expect(fake.maxRequest).toBeLessThan(4 * MB);
    const writes = fake.syncs;
    const read = await port.readSheet('Tổng hợp');
    expect(read).toEqual(values);
    expect(fake.sheet('Tổng hợp').formulas.size).toBe(0);
    expect(fake.maxRequest).toBeLessThan(4 * MB);
    // Text this dense is found out by Excel refusing a response over its limit; the responses it sends stay under 4 MB.
    const delivered = fake.records.slice(writes).filter((r) => r.responseBytes <= fake.responseLimit);
    for (const r of delivered) expect(r.responseBytes).toBeLessThan(4 * MB);
    process.stdout.write(`32,767-character cells: ${fake.syncs - writes} read syncs, ${fake.records.length - writes - delivered.length} refused\n`);
  });
});
