import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { seed004Sheets } from '../fixtures/seed004';
import { writeXlsx } from '../helpers/write-xlsx';
import { tempDir } from './run-cli';

const bin = path.join(__dirname, '../../bin/dvk.js');
const dir = tempDir();

describe('the dvk executable (built by npm run build:cli)', () => {
  beforeAll(() => writeXlsx(path.join(dir, 'seed.xlsx'), seed004Sheets()));

  it('prints only JSON on stdout with --json', () => {
    const out = execFileSync(process.execPath, [bin, 'summary', 'seed.xlsx', '--json'], { cwd: dir, encoding: 'utf8' });
    expect(JSON.parse(out).total.registered).toBe(191);
  });

  it('exits 2 with one bilingual line for a file it cannot read', () => {
    const run = spawnSync(process.execPath, [bin, 'check', 'nowhere.xlsx'], { cwd: dir, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      'Không đọc được tệp “nowhere.xlsx”: không tồn tại hoặc không mở được. / Cannot read file “nowhere.xlsx”: it does not exist or cannot be opened.',
    ]);
  });
});
