import { readFileSync } from 'node:fs';
import path from 'node:path';
import { seed002Sheets } from '../fixtures/seed002';
import { writeXlsx } from '../helpers/write-xlsx';
import { runCli, tempDir } from './run-cli';

describe('dvk --version and dvk COMMAND --help', () => {
  const dir = tempDir();

  it('prints the package’s version', async () => {
    const { version } = JSON.parse(readFileSync(path.join(__dirname, '../../package.json'), 'utf8')) as { version: string };
    const run = await runCli(['--version'], dir);
    expect([run.code, run.out]).toEqual([0, `dvk ${version}`]);
  });

  it('prints one command’s usage, not the whole list', async () => {
    const run = await runCli(['khoi', '--help'], dir);
    expect(run.code).toBe(0);
    expect(run.out).toContain('dvk khoi FILE|DIR... [--year YYYY] [--json]');
    expect(run.out).not.toContain('dvk consolidate');
    const report = await runCli(['report', '--help'], dir);
    expect(report.out).toContain('dvk report FILE... -o OUT [--year YYYY | --period YYYY-YYYY] [--force]');
    expect(report.out).toContain('OUT .docx là văn bản Word');
  });
});

describe('dvk report with nothing to report, dvk check of a Khối sheet', () => {
  const dir = tempDir();

  it('refuses a report of files with neither registrations nor Khối: exit 2, nothing written', async () => {
    await writeXlsx(path.join(dir, 'trong.xlsx'), [{ name: 'Sheet1', rows: [['ghi chú']] }]);
    const run = await runCli(['report', 'trong.xlsx', '-o', 'bao-cao.docx'], dir);
    expect(run.code).toBe(2);
    expect(run.err).toContain('Không có gì để báo cáo');
    expect(() => readFileSync(path.join(dir, 'bao-cao.docx'))).toThrow();
  });

  it('refuses a report of a blank template (sheets without a row): exit 2, nothing written', async () => {
    expect((await runCli(['template', '-o', 'mau.xlsx'], dir)).code).toBe(0);
    const run = await runCli(['report', 'mau.xlsx', '-o', 'bao-cao-mau.xlsx'], dir);
    expect(run.code).toBe(2);
    expect(run.err).toContain('Không có gì để báo cáo: trang đăng ký và trang Khối Dân vận của các tệp chưa có dòng nào');
    expect(() => readFileSync(path.join(dir, 'bao-cao-mau.xlsx'))).toThrow();
  });

  it('checks the Khối Dân vận sheet with the khoi- rules', async () => {
    const sheets = seed002Sheets();
    sheets[1].rows[3][3] = 30;
    await writeXlsx(path.join(dir, 'khoi.xlsx'), sheets);
    const run = await runCli(['check', 'khoi.xlsx', '--json'], dir);
    const issues = (JSON.parse(run.out) as { issues: Array<{ rule: string; cell: string; key: string }> }).issues;
    expect(issues).toEqual([expect.objectContaining({ rule: 'khoi-members', cell: 'D4', key: 'members' })]);
    expect(run.code).toBe(0);
  });
});
