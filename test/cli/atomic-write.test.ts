/**
 * Interrupted writes: the write of the temporary file fails half-way (a full disk), or the rename
 * fails; the previous output stays byte for byte and no temporary file is left beside it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import fsPromises from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../../src/cli/atomic-write';
import { seed004Sheets } from '../fixtures/seed004';
import { writeXlsx } from '../helpers/write-xlsx';
import { runCli, tempDir } from './run-cli';

const diskFull = (): NodeJS.ErrnoException => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

/** `open` as the real one, but the handle's writeFile writes the first half of the data and then fails. */
function failHalfWay(): jest.SpyInstance {
  const realOpen = fsPromises.open;
  return jest.spyOn(fsPromises, 'open').mockImplementation(async (...args: Parameters<typeof fsPromises.open>) => {
    const handle = await realOpen(...args);
    const failing = Object.create(handle) as FileHandle;
    failing.writeFile = async (data) => {
      const bytes = data as Uint8Array;
      await handle.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
      throw diskFull();
    };
    failing.close = () => handle.close();
    return failing;
  });
}

const temps = (dir: string): string[] => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

afterEach(() => jest.restoreAllMocks());

describe('writeFileAtomic', () => {
  it('writes the whole new content over the old and leaves no temporary file', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'out.xlsx');
    writeFileSync(target, 'old');
    await writeFileAtomic(target, new TextEncoder().encode('new content'));
    expect(readFileSync(target, 'utf8')).toBe('new content');
    expect(temps(dir)).toEqual([]);
  });

  it('keeps the previous file byte for byte when the write fails half-way, and removes the half-written temporary file', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'out.xlsx');
    const previous = Buffer.from(Array.from({ length: 4096 }, (_, i) => i % 251));
    writeFileSync(target, previous);
    failHalfWay();
    await expect(writeFileAtomic(target, new Uint8Array(100_000).fill(7))).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(readFileSync(target).equals(previous)).toBe(true);
    expect(temps(dir)).toEqual([]);
  });

  it('keeps the previous file when the rename fails, and removes the complete temporary file', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'out.xlsx');
    writeFileSync(target, 'previous');
    jest.spyOn(fsPromises, 'rename').mockRejectedValue(Object.assign(new Error('EPERM: operation not permitted, rename'), { code: 'EPERM' }));
    await expect(writeFileAtomic(target, new TextEncoder().encode('next'))).rejects.toMatchObject({ code: 'EPERM' });
    expect(readFileSync(target, 'utf8')).toBe('previous');
    expect(temps(dir)).toEqual([]);
  });
});

describe('dvk report interrupted while writing', () => {
  it('leaves the previous OUT intact and no temporary file, says so in one line in both languages, and exits 2', async () => {
    const dir = tempDir();
    await writeXlsx(path.join(dir, 'seed.xlsx'), seed004Sheets());
    expect((await runCli(['report', 'seed.xlsx', '-o', 'out.xlsx'], dir)).code).toBe(0);
    const previous = readFileSync(path.join(dir, 'out.xlsx'));
    failHalfWay();
    const run = await runCli(['report', 'seed.xlsx', '-o', 'out.xlsx', '--force'], dir);
    expect(run.code).toBe(2);
    expect(run.err).toBe('Không ghi được tệp “out.xlsx”: ổ đĩa đã đầy / Could not write “out.xlsx”: the drive is full');
    expect(readFileSync(path.join(dir, 'out.xlsx')).equals(previous)).toBe(true);
    expect(temps(dir)).toEqual([]);
    expect(readFileSync(path.join(dir, 'seed.xlsx')).length).toBeGreaterThan(0);
  });
});

describe('dvk consolidate interrupted while writing', () => {
  it('leaves the previous OUT intact and no temporary file, says so in both languages, and exits 2', async () => {
    const dir = tempDir();
    await writeXlsx(path.join(dir, 'don-vi.xlsx'), seed004Sheets());
    expect((await runCli(['consolidate', 'don-vi.xlsx', '-o', 'tong-hop.xlsx'], dir)).code).toBe(0);
    const previous = readFileSync(path.join(dir, 'tong-hop.xlsx'));
    failHalfWay();
    const run = await runCli(['consolidate', 'don-vi.xlsx', '-o', 'tong-hop.xlsx', '--force'], dir);
    expect(run.code).toBe(2);
    expect(run.err).toContain('Không ghi được tệp “tong-hop.xlsx”: ổ đĩa đã đầy');
    expect(run.err).toContain('Could not write “tong-hop.xlsx”');
    expect(readFileSync(path.join(dir, 'tong-hop.xlsx')).equals(previous)).toBe(true);
    expect(temps(dir)).toEqual([]);
  });
});
