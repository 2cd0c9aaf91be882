import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { seed004Sheets } from '../fixtures/seed004';
import { writeXlsx } from '../helpers/write-xlsx';
import { runCli, tempDir } from './run-cli';

const dir = tempDir();
const file = (name: string) => path.join(dir, name);

/** The seed workbook with three mistakes: an unknown field, a duplicate row, a missing decision number. */
function withMistakes() {
  const sheets = seed004Sheets();
  const rows = sheets[0].rows;
  const col = (header: string) => rows[0].indexOf(header);
  rows[2][col('Lĩnh vực')] = 'Lĩnh vực 9';
  rows.push([...rows[5]]);
  const recognised = rows.findIndex((r) => r[col('Kết quả')] === 'Được công nhận');
  rows[recognised][col('Số quyết định')] = null;
  return { sheets, recognisedRow: recognised + 1, duplicateRow: rows.length, firstRow: 6 };
}

beforeAll(async () => {
  await writeXlsx(file('clean.xlsx'), seed004Sheets());
  await writeXlsx(file('mistakes.xlsx'), withMistakes().sheets);
  await writeXlsx(file('no-registrations.xlsx'), [{ name: 'Sheet1', rows: [['Ghi chú'], ['không có gì']] }]);
  writeFileSync(file('notes.xlsx'), 'plain text, not a workbook');
  writeFileSync(file('old.xls'), Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(600)]));
  writeFileSync(file('locked.xlsx'), Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(100), Buffer.from('EncryptedPackage', 'utf16le')]));
  writeFileSync(file('truncated.xlsx'), Buffer.from('504b0304140000000800', 'hex'));
});

describe('dvk check', () => {
  it('exits 0 and says so for a clean workbook', async () => {
    const run = await runCli(['check', 'clean.xlsx'], dir);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Không có lỗi hay cảnh báo.');
  });

  it('prints the spec JSON with rule names, cells and Vietnamese messages, and exits 1 on errors', async () => {
    const { recognisedRow, duplicateRow, firstRow } = withMistakes();
    const run = await runCli(['check', 'mistakes.xlsx', '--json'], dir);
    expect(run.code).toBe(1);
    const { issues } = JSON.parse(run.out);
    for (const issue of issues) {
      expect(Object.keys(issue)).toEqual(['file', 'sheet', 'cell', 'row', 'column', 'key', 'rule', 'severity', 'message']);
    }
    expect(issues).toContainEqual(
      expect.objectContaining({
        file: 'mistakes.xlsx',
        sheet: 'Đăng ký',
        cell: 'J3',
        row: 3,
        column: 'J',
        key: 'field',
        rule: 'invalid-value',
        severity: 'error',
      }),
    );
    const duplicate = issues.find((i: { rule: string }) => i.rule === 'duplicate');
    expect(duplicate).toMatchObject({ row: duplicateRow, key: 'name', severity: 'error' });
    expect(duplicate.message).toContain(`dòng ${firstRow}`);
    expect(issues).toContainEqual(expect.objectContaining({ row: recognisedRow, cell: `M${recognisedRow}`, rule: 'decision-missing', severity: 'warning' }));
    expect(issues.find((i: { rule: string }) => i.rule === 'invalid-value').message).toMatch(/^Ô J3: “Lĩnh vực 9” không phải Lĩnh vực hợp lệ/);
  });

  it('--lang en words the findings in English, the readable list and the JSON alike; a language it lacks is refused', async () => {
    withMistakes();
    const json = JSON.parse((await runCli(['check', 'mistakes.xlsx', '--json', '--lang', 'en'], dir)).out);
    expect(json.issues.find((i: { rule: string }) => i.rule === 'invalid-value').message).toMatch(/^Cell J3: “Lĩnh vực 9” is not a valid Lĩnh vực/);
    const text = await runCli(['check', 'mistakes.xlsx', '--lang=en'], dir);
    expect(text.out).toMatch(/Error\s+Đăng ký!J3\s+\[invalid-value\] Cell J3: “Lĩnh vực 9” is not a valid Lĩnh vực/);
    expect(text.out).toMatch(/Total: \d+ errors?, \d+ warnings?, \d+ notes?\./);
    const bad = await runCli(['check', 'mistakes.xlsx', '--lang', 'fr'], dir);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--lang fr');
  });

  it('takes a quoted wildcard (Windows shells do not expand it): the matching workbooks of that folder, case aside', async () => {
    const run = await runCli(['check', 'N*.XLSX', 'mis?akes.xlsx', '--json'], dir);
    const issues: Array<{ file: string; rule: string }> = JSON.parse(run.out).issues;
    expect(new Set(issues.map((i) => i.file))).toEqual(new Set(['no-registrations.xlsx', 'notes.xlsx', 'mistakes.xlsx']));
    expect(issues.find((i) => i.file === 'notes.xlsx')?.rule).toBe('unreadable-file');
    expect(run.code).toBe(2);
    const none = await runCli(['check', 'khong-co-*.xlsx'], dir);
    expect(none.code).toBe(2);
    expect(none.err).toContain('khong-co-*.xlsx');
  });

  it('reports a workbook without registrations as one finding for the file', async () => {
    const run = await runCli(['check', 'no-registrations.xlsx', '--json'], dir);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.out).issues).toEqual([
      expect.objectContaining({ file: 'no-registrations.xlsx', sheet: null, cell: null, rule: 'no-registration-sheet', severity: 'error' }),
    ]);
  });

  it.each([
    ['notes.xlsx', 'không phải tệp Excel .xlsx', 'it is not an Excel .xlsx file'],
    ['old.xls', 'lưu lại dạng .xlsx', 'save it as .xlsx'],
    ['locked.xlsx', 'được đặt mật khẩu', 'password-protected'],
    ['truncated.xlsx', 'bị hỏng', 'damaged'],
    ['missing.xlsx', 'không tồn tại', 'does not exist'],
  ])('gives %s one line in Vietnamese and English, exit 2, and still checks the other files', async (bad, vi, en) => {
    const run = await runCli(['check', bad, 'mistakes.xlsx', '--json'], dir);
    expect(run.code).toBe(2);
    const lines = run.err.split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`“${bad}”`);
    expect(lines[0]).toContain(vi);
    expect(lines[0]).toContain(en);
    const { issues } = JSON.parse(run.out);
    expect(issues[0]).toMatchObject({ file: bad, rule: 'unreadable-file', severity: 'error', cell: null });
    expect(issues.some((i: { file: string; rule: string }) => i.file === 'mistakes.xlsx' && i.rule === 'invalid-value')).toBe(true);
  });

  it('prints readable lines by default, naming sheet and cell', async () => {
    const run = await runCli(['check', 'mistakes.xlsx'], dir);
    expect(run.out).toMatch(/Lỗi\s+Đăng ký!J3\s+\[invalid-value\] Ô J3:/);
    expect(run.out).toMatch(/Tổng: 2 lỗi, 1 cảnh báo, 0 thông tin\./);
  });
});
