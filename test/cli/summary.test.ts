import path from 'node:path';
import { SEED004_FIGURES as F, seed004Sheets } from '../fixtures/seed004';
import { writeXlsx } from '../helpers/write-xlsx';
import { runCli, tempDir } from './run-cli';

const dir = tempDir();

/** The seed workbook split in two unit files: rows of the Xã, phường bloc's units, and the rest. */
async function writeSplit(): Promise<void> {
  const [registrations, units, info] = seed004Sheets();
  const communeUnits = new Set(
    units.rows
      .filter((r) => r[1] === 'Xã, phường')
      .flatMap((r) => [r[0], ...String(r[3] ?? '').split(';')])
      .map((n) => String(n).trim().toLowerCase().replace(/\s+/g, ' ')),
  );
  const unitCol = registrations.rows[0].indexOf('Chi, đảng bộ');
  const isCommune = (row: (string | number | null)[]) => communeUnits.has(String(row[unitCol]).trim().toLowerCase().replace(/\s+/g, ' '));
  const [header, ...rows] = registrations.rows;
  await writeXlsx(path.join(dir, 'communes.xlsx'), [{ name: 'Đăng ký', rows: [header, ...rows.filter(isCommune)] }, units, info]);
  await writeXlsx(path.join(dir, 'others.xlsx'), [{ name: 'Đăng ký', rows: [header, ...rows.filter((r) => !isCommune(r))] }, units]);
}

beforeAll(async () => {
  await writeXlsx(path.join(dir, 'seed.xlsx'), seed004Sheets());
  await writeSplit();
});

describe('dvk summary', () => {
  it('prints the total and no rows without --by, as the spec JSON', async () => {
    const run = await runCli(['summary', 'seed.xlsx', '--json'], dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toEqual({
      total: {
        registered: 191,
        eligible: 160,
        proposed: F.proposed,
        recognized: 129,
        exemplary: F.exemplary,
        unitsRegistered: F.registeringUnits,
        unitsRecognized: 29,
      },
      excluded: 0,
      rows: [],
    });
  });

  it('groups by several dimensions with field codes, canonical labels and deterministic order', async () => {
    const run = await runCli(['summary', 'seed.xlsx', '--by', 'field,registration', '--json'], dir);
    const { rows } = JSON.parse(run.out);
    expect(rows.map((r: Record<string, unknown>) => [r.field, r.registration, r.registered])).toEqual([
      [1, 'Đăng ký mới', 4],
      [2, 'Duy trì', 10],
      [2, 'Đăng ký mới', 10],
      [3, 'Duy trì', 62],
      [3, 'Đăng ký mới', 102],
      [4, 'Duy trì', 1],
      [4, 'Đăng ký mới', 2],
    ]);
    expect(Object.keys(rows[0])).toEqual([
      'field',
      'registration',
      'registered',
      'eligible',
      'proposed',
      'recognized',
      'exemplary',
      'unitsRegistered',
      'unitsRecognized',
    ]);
  });

  it('reads several files as one set: the split files sum to the whole', async () => {
    const whole = JSON.parse((await runCli(['summary', 'seed.xlsx', '--by', 'bloc,commune', '--json'], dir)).out);
    const split = JSON.parse((await runCli(['summary', 'others.xlsx', 'communes.xlsx', '--by', 'bloc,commune', '--json'], dir)).out);
    expect(split).toEqual(whole);
    expect(whole.rows.filter((r: { commune: string | null }) => r.commune !== null)).toHaveLength(8);
  });

  it('prints a readable table with Vietnamese headers and the total', async () => {
    const run = await runCli(['summary', 'seed.xlsx', '--by', 'bloc'], dir);
    expect(run.out.split('\n')[0]).toMatch(/^Khối\s+Đăng ký\s+Đủ điều kiện bình xét/);
    expect(run.out).toMatch(/Xã, phường\s+119\s+101\s+89\s+84/);
    expect(run.out).toMatch(/Tổng cộng\s+191\s+160/);
  });

  it('refuses an unknown dimension with exit 2', async () => {
    const run = await runCli(['summary', 'seed.xlsx', '--by', 'district'], dir);
    expect(run.code).toBe(2);
    expect(run.err).toContain('“district”');
  });
});
