/**
 * `dvk` where the file system is odd: outputs that cannot be written (a missing folder, a folder in
 * the way, a file where the feedback folder should be) are one bilingual line naming the path, exit 2;
 * inputs that are not regular files (a device, a link loop) or too large are refused before a byte is
 * read; a unit's file reached through a link is read; a write stopped by a signal leaves no temporary file.
 */
import { mkdirSync, readdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import fsPromises from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { removePendingWrites, writeFileAtomic } from '../../src/cli/atomic-write';
import { seed004Sheets } from '../fixtures/seed004';
import { toTcvn3 } from '../helpers/legacy-text';
import { writeXlsx } from '../helpers/write-xlsx';
import { runCli, tempDir } from './run-cli';

const dir = tempDir();
const STACK = /\n\s+at |Error:/;

beforeAll(async () => {
  await writeXlsx(path.join(dir, 'seed.xlsx'), seed004Sheets());
  mkdirSync(path.join(dir, 'a-folder'));
  writeFileSync(path.join(dir, 'a-file'), 'not a folder');
});

afterEach(() => jest.restoreAllMocks());

describe('outputs that cannot be written', () => {
  it('template into a missing folder: one line in both languages naming the path, exit 2', async () => {
    const run = await runCli(['template', '-o', 'khong-co/mau.xlsx'], dir);
    expect(run.code).toBe(2);
    expect(run.err).toBe(
      'Không ghi được tệp “khong-co/mau.xlsx”: thư mục chứa tệp không tồn tại / Could not write “khong-co/mau.xlsx”: the folder does not exist',
    );
  });

  it('template over a folder (with --force): said, exit 2, the folder untouched', async () => {
    const run = await runCli(['template', '-o', 'a-folder', '--force'], dir);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^Không ghi được tệp “a-folder”: đường dẫn này là một thư mục \/ Could not write “a-folder”: this path is a folder$/);
    expect(readdirSync(path.join(dir, 'a-folder'))).toEqual([]);
  });

  it('fix-encoding into a missing folder: said, exit 2, no stack trace', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Đăng ký').addRows([
      ['Tên mô hình', 'Chi, đảng bộ'],
      ['Hũ gạo', toTcvn3('Đảng bộ xã Yên Hưng')],
    ]);
    await workbook.xlsx.writeFile(path.join(dir, 'cu.xlsx'));
    const run = await runCli(['fix-encoding', 'cu.xlsx', '-o', 'khong-co/moi.xlsx'], dir);
    expect(run.code).toBe(2);
    expect(run.err).toContain('Không ghi được tệp “khong-co/moi.xlsx”: thư mục chứa tệp không tồn tại');
    expect(run.err).not.toMatch(STACK);
  });

  it('consolidate --feedback naming a file: said before anything is written, exit 2', async () => {
    const run = await runCli(['consolidate', 'seed.xlsx', '-o', 'tong-hop.xlsx', '--feedback', 'a-file'], dir);
    expect(run.code).toBe(2);
    expect(run.err).toContain(
      'Không tạo được thư mục phản hồi “a-file”: đường dẫn này đã có một tệp, không phải thư mục / Could not make the feedback folder “a-file”',
    );
    expect(run.err).not.toMatch(STACK);
  });
});

describe('inputs that are not regular files', () => {
  it('a device (/dev/zero) is refused at once, not read until memory runs out', async () => {
    const start = Date.now();
    const run = await runCli(['check', '/dev/zero'], dir);
    expect(Date.now() - start).toBeLessThan(5_000);
    expect(run.code).toBe(2);
    expect(run.err).toBe(
      'Không đọc được tệp “/dev/zero”: không phải một tệp (là thư mục, thiết bị hay luồng dữ liệu). / Cannot read file “/dev/zero”: it is not a file (a folder, a device or a stream).',
    );
  });

  it('a file larger than any workbook is refused by its size, before it is read', async () => {
    const big = path.join(dir, 'to.xlsx');
    writeFileSync(big, '');
    truncateSync(big, 3 * 1024 ** 3); // sparse: 3 GiB claimed, nothing on disk
    const run = await runCli(['check', 'to.xlsx'], dir);
    expect(run.code).toBe(2);
    expect(run.err).toContain('Không đọc được tệp “to.xlsx”: nặng 3.072 MB, vượt giới hạn 500 MB cho một tệp');
    expect(run.err).toContain('it weighs 3,072 MB, above the limit of 500 MB for one file');
  });

  it('a unit’s file linked into the folder is read; a link that loops is said', async () => {
    const folder = path.join(dir, 'don-vi');
    mkdirSync(folder);
    symlinkSync(path.join(dir, 'seed.xlsx'), path.join(folder, 'lien-ket.xlsx'));
    const summary = await runCli(['summary', 'don-vi', '--json'], dir);
    expect(summary.code).toBe(0);
    expect(JSON.parse(summary.out).total.registered).toBe(191);

    symlinkSync('vong.xlsx', path.join(folder, 'vong.xlsx'));
    const run = await runCli(['check', 'don-vi'], dir);
    expect(run.err).toContain(
      'Không đọc được tệp “don-vi/vong.xlsx”: là liên kết vòng (trỏ về chính nó). / Cannot read file “don-vi/vong.xlsx”: it is a link that loops back on itself.',
    );
    expect(run.code).toBe(2);
  });
});

describe('a write stopped by a signal', () => {
  it('removePendingWrites (run on SIGINT and SIGTERM) removes the temporary file of a write under way', async () => {
    const target = path.join(dir, 'dang-ghi.xlsx');
    writeFileSync(target, 'previous');
    let started: () => void = () => undefined;
    const writing = new Promise<void>((resolve) => (started = resolve));
    const realOpen = fsPromises.open;
    const opened: FileHandle[] = [];
    jest.spyOn(fsPromises, 'open').mockImplementation(async (...args: Parameters<typeof fsPromises.open>) => {
      const handle = await realOpen(...args);
      opened.push(handle);
      const stuck = Object.create(handle) as FileHandle;
      stuck.writeFile = () => {
        started();
        return new Promise<void>(() => undefined);
      };
      return stuck;
    });
    void writeFileAtomic(target, new Uint8Array([1, 2, 3]));
    await writing;
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toHaveLength(1);
    removePendingWrites();
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(dir)).toContain('dang-ghi.xlsx');
    await Promise.all(opened.map((h) => h.close()));
  });
});
