import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { en } from '../../src/i18n/en';
import { vi } from '../../src/i18n/vi';
import { REGISTRATION_HEADER } from '../fixtures/seed004';
import { splitByUnit } from '../engine/consolidate-split';
import { writeXlsx } from '../helpers/write-xlsx';
import { writeUnitFile } from './consolidate-files';
import { runCli, tempDir } from './run-cli';

const dir = tempDir();
const at = (...parts: string[]) => path.join(dir, ...parts);
const { files, base, sheets } = splitByUnit();
/** Received on 14/11/2022, before the deadline of the fixture's Thông tin (15/11/2022). */
const RECEIVED = new Date(2022, 10, 14, 9, 0);

async function open(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(at(file));
  return workbook;
}

function values(workbook: ExcelJS.Workbook, sheet: string): unknown[][] {
  const rows: unknown[][] = [];
  (workbook.getWorksheet(sheet) as ExcelJS.Worksheet).eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

const json = async (args: string[]) => JSON.parse((await runCli([...args, '--json'], dir)).out);

/** A unit's file: the standard header and models of one unit and year. */
const unitSheets = (unit: string, names: string[], year = 2022, extra: Partial<Record<string, string | number | null>> = {}) => {
  const col = (h: string) => REGISTRATION_HEADER.indexOf(h);
  const rows = names.map((name, i) => {
    const row: (string | number | null)[] = REGISTRATION_HEADER.map(() => null);
    const set: Record<string, string | number | null> = {
      STT: i + 1,
      Năm: year,
      'Tên mô hình': name,
      'Tập thể/cá nhân thực hiện': 'Chi hội Phụ nữ',
      Loại: 'Tập thể',
      'Chi, đảng bộ': unit,
      'Lĩnh vực': 3,
      'Hình thức': 'Đăng ký mới',
      ...extra,
    };
    for (const [h, v] of Object.entries(set)) row[col(h)] = v;
    return row;
  });
  return [{ name: 'Đăng ký', rows: [[...REGISTRATION_HEADER], ...rows] }];
};

beforeAll(async () => {
  mkdirSync(at('don-vi'));
  for (const f of files) await writeUnitFile(at('don-vi', f.name), f.sheets, { modified: RECEIVED });
  // What a directory also holds: Excel's lock file, a note, a folder; none of them is read.
  writeFileSync(at('don-vi', '~$don-vi-01.xlsx'), 'lock');
  writeFileSync(at('don-vi', 'ghi-chu.txt'), 'notes');
  mkdirSync(at('don-vi', 'cu'));
  await writeUnitFile(at('don-vi', 'cu', 'khong-doc.xlsx'), files[0].sheets);
  await writeXlsx(at('thanh-uy.xlsx'), base);
  await writeXlsx(at('seed.xlsx'), sheets);
});

describe('dvk consolidate: the seed 004 rows sent as 34 unit files', () => {
  let run: Awaited<ReturnType<typeof runCli>>;
  beforeAll(async () => {
    run = await runCli(['consolidate', 'don-vi', '--base', 'thanh-uy.xlsx', '-o', 'tong-hop.xlsx'], dir);
  });

  it('prints one line per input file (the directory’s .xlsx files, sorted, no lock file, not recursive) and exits 0', () => {
    expect(run.code).toBe(0);
    expect(run.err).toBe('');
    const lines = run.out.split('\n');
    const fileLines = lines.filter((l) => l.startsWith('don-vi'));
    expect(fileLines).toHaveLength(34);
    expect(fileLines.map((l) => l.split(' — ')[0])).toEqual(files.map((f) => path.join('don-vi', f.name)));
    expect(fileLines[26]).toBe(`${path.join('don-vi', 'don-vi-27.xlsx')} — Đảng bộ phường Xuất Hóa, năm 2022: gộp 25 dòng; 0 lỗi, 0 cảnh báo`);
    expect(lines).toContain('Đã ghi tệp tổng hợp: tong-hop.xlsx (191 dòng từ 34 tệp).');
    expect(lines).toContain('Theo dõi nộp: 34 đã nộp đúng hạn, 3 chưa nộp.');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes a standard workbook: Đăng ký with Nguồn, Danh mục, Thông tin, Báo cáo, Biểu 01-04, Theo dõi nộp', async () => {
    const workbook = await open('tong-hop.xlsx');
    expect(workbook.worksheets.filter((w) => w.state === 'visible').map((w) => w.name)).toEqual([
      'Đăng ký',
      'Danh mục',
      'Thông tin',
      'Khối Dân vận',
      'Báo cáo',
      'Biểu 01',
      'Biểu 02',
      'Biểu 03',
      'Biểu 04',
      'Theo dõi nộp',
    ]);
    const registrations = values(workbook, 'Đăng ký');
    expect(registrations[0]).toContain('Nguồn');
    expect(registrations).toHaveLength(192);
    expect(registrations[1][registrations[0].indexOf('Nguồn')]).toBe('don-vi-01.xlsx');
    const total = values(workbook, 'Biểu 01').find((r) => r[1] === 'Tổng cộng') as unknown[];
    expect(total.slice(2, 13)).toEqual([191, 73, 118, 175, 16, 160, 137, 129, 118, 11, 13]);
    const report = values(workbook, 'Báo cáo').flat().map(String);
    expect(report.some((t) => t.trimStart().startsWith('Trong năm, đã có 191 mô hình đăng ký thực hiện (trong đó duy trì 73, đăng ký mới 118 mô hình)'))).toBe(
      true,
    );
  });

  it('writes Theo dõi nộp: one row per unit of Danh mục with state, file, day, models, errors and warnings', async () => {
    const tracking = values(await open('tong-hop.xlsx'), 'Theo dõi nộp');
    expect(tracking[0][0]).toBe('Theo dõi nộp tệp đăng ký mô hình “Dân vận khéo” năm 2022 (hạn nộp 15/11/2022)');
    expect(tracking[1]).toEqual(vi.consolidate.trackingSheet.header);
    expect(tracking).toHaveLength(2 + 37);
    expect(tracking[2]).toEqual([
      1,
      'Chi bộ Cơ quan Ủy ban MTTQ và các đoàn thể thành phố',
      'Hành chính sự nghiệp',
      'Đã nộp đúng hạn',
      'don-vi-01.xlsx',
      '14/11/2022',
      7,
      0,
      0,
    ]);
    expect(tracking.filter((r) => r[3] === 'Chưa nộp')).toHaveLength(3);
  });

  it('is read by dvk summary exactly as the inputs and as the single seed file', async () => {
    for (const by of ['field,registration', 'bloc,commune', 'unit', 'kind,status', 'year']) {
      const out = await json(['summary', 'tong-hop.xlsx', '--by', by]);
      expect(out).toEqual(await json(['summary', 'seed.xlsx', '--by', by]));
      const inputs = ['thanh-uy.xlsx', ...files.map((f) => path.join('don-vi', f.name))];
      expect(out).toEqual(await json(['summary', ...inputs, '--by', by]));
    }
  });

  it('is clean for dvk check, and dvk report refills its sheets without --force', async () => {
    const check = await runCli(['check', 'tong-hop.xlsx', '--json'], dir);
    expect(JSON.parse(check.out).issues).toEqual([]);
    expect((await runCli(['report', 'tong-hop.xlsx', '-o', 'bao-cao.xlsx'], dir)).code).toBe(0);
  });
});

describe('dvk consolidate: files that cannot be used', () => {
  it('reports a file it cannot read (one bilingual line), merges the rest and exits 2', async () => {
    mkdirSync(at('hong'));
    await writeUnitFile(at('hong', 'a.xlsx'), unitSheets('Chi bộ Văn phòng Thành ủy', ['Mô hình A']), { modified: RECEIVED });
    writeFileSync(at('hong', 'b.xlsx'), 'plain text, not a workbook');
    await writeUnitFile(at('hong', 'c.xlsx'), unitSheets('Đảng bộ Công an thành phố', ['Mô hình C']), { modified: RECEIVED });
    const run = await runCli(['consolidate', 'hong', 'thieu.xlsx', '--base', 'thanh-uy.xlsx', '-o', 'hong.xlsx'], dir);
    expect(run.code).toBe(2);
    expect(run.err.split('\n')).toEqual([
      `Không đọc được tệp “${path.join('hong', 'b.xlsx')}”: không phải tệp Excel .xlsx. / Cannot read file “${path.join('hong', 'b.xlsx')}”: it is not an Excel .xlsx file.`,
      'Không đọc được tệp “thieu.xlsx”: không tồn tại hoặc không mở được. / Cannot read file “thieu.xlsx”: it does not exist or cannot be opened.',
    ]);
    const lines = run.out.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      `${path.join('hong', 'a.xlsx')} — Chi bộ Văn phòng Thành ủy, năm 2022: gộp 1 dòng; 0 lỗi, 0 cảnh báo`,
      `${path.join('hong', 'b.xlsx')}: không đọc được, bỏ qua`,
      `${path.join('hong', 'c.xlsx')} — Đảng bộ Công an thành phố, năm 2022: gộp 1 dòng; 0 lỗi, 0 cảnh báo`,
      'thieu.xlsx: không đọc được, bỏ qua',
    ]);
    expect((await json(['summary', 'hong.xlsx'])).total.registered).toBe(2);
  });

  it('refuses to write over an input or the base (exit 2), and over another file without --force (exit 1)', async () => {
    const input = at('don-vi', 'don-vi-01.xlsx');
    const before = readFileSync(input);
    const overInput = await runCli(['consolidate', 'don-vi', '-o', './don-vi/../don-vi/don-vi-01.xlsx', '--force'], dir);
    expect(overInput.code).toBe(2);
    expect(overInput.err).toContain('trùng tệp đầu vào');
    expect(readFileSync(input).equals(before)).toBe(true);
    const overBase = await runCli(['consolidate', 'don-vi', '--base', 'thanh-uy.xlsx', '-o', 'thanh-uy.xlsx', '--force'], dir);
    expect(overBase.code).toBe(2);
    writeFileSync(at('co-san.xlsx'), 'keep me');
    const existing = await runCli(['consolidate', 'don-vi', '-o', 'co-san.xlsx'], dir);
    expect(existing.code).toBe(1);
    expect(readFileSync(at('co-san.xlsx'), 'utf8')).toBe('keep me');
  });

  it('asks for -o and for files', async () => {
    expect((await runCli(['consolidate', 'don-vi'], dir)).code).toBe(2);
    expect((await runCli(['consolidate', '-o', 'x.xlsx'], dir)).code).toBe(2);
  });
});

describe('dvk consolidate: a unit sending again', () => {
  const unit = 'Chi bộ Văn phòng Thành ủy';
  beforeAll(async () => {
    mkdirSync(at('lai'));
    // The file dates say the opposite of the workbooks' own modified dates: the modified dates win.
    await writeUnitFile(at('lai', 'dau.xlsx'), unitSheets(unit, ['A', 'B', 'C']), {
      modified: new Date(2022, 10, 10, 9, 0),
      file: new Date(2022, 10, 20, 9, 0),
    });
    await writeUnitFile(at('lai', 'sua.xlsx'), unitSheets(unit, ['A', 'B', 'C', 'D']), {
      modified: new Date(2022, 10, 12, 9, 0),
      file: new Date(2022, 10, 13, 9, 0),
    });
  });

  it('a newer file replaces the unit’s rows of the year, by the workbook’s modified date', async () => {
    const run = await runCli(['consolidate', 'lai/dau.xlsx', 'lai/sua.xlsx', '-o', 'lai-1.xlsx'], dir);
    expect(run.out.split('\n').slice(0, 2)).toEqual([
      `lai/dau.xlsx — ${unit}, năm 2022: 3 dòng được thay bằng tệp mới hơn “lai/sua.xlsx”; 0 lỗi, 0 cảnh báo`,
      `lai/sua.xlsx — ${unit}, năm 2022: gộp 4 dòng, thay 3 dòng của tệp cũ hơn “lai/dau.xlsx”; 0 lỗi, 0 cảnh báo`,
    ]);
    expect((await json(['summary', 'lai-1.xlsx'])).total.registered).toBe(4);
  });

  it('an older file given after the newer one is superseded, not merged', async () => {
    const run = await runCli(['consolidate', 'lai/sua.xlsx', 'lai/dau.xlsx', '-o', 'lai-2.xlsx'], dir);
    expect(run.out.split('\n')[1]).toBe(`lai/dau.xlsx — ${unit}, năm 2022: bỏ qua 3 dòng vì tệp “lai/sua.xlsx” mới hơn; 0 lỗi, 0 cảnh báo`);
    expect((await json(['summary', 'lai-2.xlsx'])).total.registered).toBe(4);
  });

  it('with equal modified dates the file’s date decides, then the order given', async () => {
    const same = new Date(2022, 10, 10, 9, 0);
    await writeUnitFile(at('lai', 'x.xlsx'), unitSheets(unit, ['A', 'B']), { modified: same, file: new Date(2022, 10, 13, 9, 0) });
    await writeUnitFile(at('lai', 'y.xlsx'), unitSheets(unit, ['A', 'B', 'C', 'D', 'E']), { modified: same, file: new Date(2022, 10, 11, 9, 0) });
    await runCli(['consolidate', 'lai/x.xlsx', 'lai/y.xlsx', '-o', 'lai-3.xlsx'], dir);
    expect((await json(['summary', 'lai-3.xlsx'])).total.registered).toBe(2);
    await writeUnitFile(at('lai', 'y.xlsx'), unitSheets(unit, ['A', 'B', 'C', 'D', 'E']), { modified: same, file: new Date(2022, 10, 13, 9, 0) });
    await runCli(['consolidate', 'lai/x.xlsx', 'lai/y.xlsx', '-o', 'lai-4.xlsx'], dir);
    expect((await json(['summary', 'lai-4.xlsx'])).total.registered).toBe(5);
  });
});

describe('dvk consolidate: tracking against Hạn nộp, and feedback', () => {
  const info = {
    name: 'Thông tin',
    rows: [
      ['Năm báo cáo', 2022],
      ['Hạn nộp', '15/11/2022'],
    ],
  };
  const units = {
    name: 'Danh mục',
    rows: [
      ['Đơn vị', 'Khối'],
      ['Chi bộ Đúng hạn', 'Nội chính'],
      ['Chi bộ Muộn', 'Nội chính'],
      ['Chi bộ Chưa nộp', 'Nội chính'],
      ['Chi bộ Có lỗi', 'Doanh nghiệp'],
    ],
  };
  let run: Awaited<ReturnType<typeof runCli>>;
  beforeAll(async () => {
    mkdirSync(at('han'));
    await writeXlsx(at('han-nop.xlsx'), [units, info]);
    await writeUnitFile(at('han', '1.xlsx'), unitSheets('Chi bộ Đúng hạn', ['A']), { modified: new Date(2022, 10, 15, 23, 30) });
    await writeUnitFile(at('han', '2.xlsx'), unitSheets('Chi bộ Muộn', ['A']), { modified: new Date(2022, 10, 16, 0, 30) });
    await writeUnitFile(
      at('han', '3.xlsx'),
      [
        {
          name: 'Đăng ký',
          rows: [...unitSheets('Chi bộ Có lỗi', ['A', 'B'])[0].rows.slice(0, 2), unitSheets('Chi bộ Có lỗi', ['B'], 2022, { Loại: 'Nhóm' })[0].rows[1]],
        },
      ],
      { modified: new Date(2022, 10, 17, 8, 0) },
    );
    await writeUnitFile(at('han', '4.xlsx'), unitSheets('Chi bộ Muon', ['C']), { modified: new Date(2022, 10, 14, 8, 0) });
    run = await runCli(['consolidate', 'han', '--base', 'han-nop.xlsx', '-o', 'han.xlsx', '--feedback', 'phan-hoi'], dir);
  });

  it('sets a file of a unit Danh mục does not list apart, naming the listed unit it may mean', async () => {
    expect(run.out).toContain('Đơn vị không có trong Danh mục, không tính vào Theo dõi nộp: “Chi bộ Muon” (1 dòng, tệp 4.xlsx); gần giống: “Chi bộ Muộn”.');
    const tracking = values(await open('han.xlsx'), 'Theo dõi nộp');
    const heading = tracking.findIndex((r) => String(r[0]).startsWith('Tệp của đơn vị không có trong Danh mục'));
    // Below the four units of Danh mục (and an empty row).
    expect(tracking[heading - 1][1]).toBe('Chi bộ Có lỗi');
    expect(tracking[heading + 1]).toEqual(['“Chi bộ Muon”: 1 dòng, tệp 4.xlsx; gần giống: “Chi bộ Muộn”']);
  });

  it('gives each unit its state: on time on the deadline day, late the day after, not submitted, with errors', async () => {
    expect(run.code).toBe(0);
    expect(run.out).toContain('han/3.xlsx — Chi bộ Có lỗi, năm 2022: gộp 2 dòng; 1 lỗi, 0 cảnh báo');
    expect(run.out).toContain('Theo dõi nộp: 1 đã nộp đúng hạn, 2 nộp muộn, 1 chưa nộp, 1 có lỗi.');
    const tracking = values(await open('han.xlsx'), 'Theo dõi nộp');
    expect(tracking.slice(2, 6).map((r) => [r[1], r[3], r[4] ?? null, r[5] ?? null, r[7] ?? null])).toEqual([
      ['Chi bộ Đúng hạn', 'Đã nộp đúng hạn', '1.xlsx', '15/11/2022', 0],
      ['Chi bộ Muộn', 'Nộp muộn', '2.xlsx', '16/11/2022', 0],
      ['Chi bộ Chưa nộp', 'Chưa nộp', null, null, null],
      ['Chi bộ Có lỗi', 'Nộp muộn; Có lỗi', '3.xlsx', '17/11/2022', 1],
    ]);
  });

  it('--feedback writes one workbook per unit with findings: its findings with cell, rule and message', async () => {
    expect(run.out).toContain('Đã ghi 1 tệp phản hồi vào: phan-hoi');
    expect(readdirSync(at('phan-hoi'))).toEqual(['Chi bộ Có lỗi.xlsx']);
    const feedback = values(await open(path.join('phan-hoi', 'Chi bộ Có lỗi.xlsx')), 'Phản hồi');
    expect(feedback[1]).toEqual(['Đơn vị: Chi bộ Có lỗi']);
    expect(feedback[3]).toEqual(['Trạng thái: Nộp muộn; Có lỗi']);
    const header = feedback.findIndex((r) => r[0] === 'STT');
    expect(feedback[header]).toEqual(['STT', 'Tệp', 'Trang', 'Ô', 'Quy tắc', 'Mức', 'Nội dung']);
    expect(feedback.slice(header + 1)).toEqual([
      [1, '3.xlsx', 'Đăng ký', 'F3', 'invalid-value', 'Lỗi', expect.stringMatching(/^Ô F3: “Nhóm” không phải Loại hợp lệ/)],
    ]);
  });
});

describe('dvk consolidate: progress and usage', () => {
  it('draws a progress bar on standard error only when it is a terminal', async () => {
    const progress: string[] = [];
    const err: string[] = [];
    const io = {
      out: () => undefined,
      err: (t: string) => err.push(t),
      progress: (t: string) => progress.push(t),
      cwd: dir,
      today: () => new Date(2022, 10, 20),
    };
    await main(['consolidate', 'lai/dau.xlsx', 'lai/sua.xlsx', '-o', 'tty.xlsx'], { ...io, isTTY: true });
    expect(progress.some((t) => t.startsWith('\r[') && t.includes('2/2'))).toBe(true);
    expect(progress.at(-1)).toBe('\r\u001b[K');
    progress.length = 0;
    await main(['consolidate', 'lai/dau.xlsx', 'lai/sua.xlsx', '-o', 'tty.xlsx', '--force'], { ...io, isTTY: false });
    expect(progress).toEqual([]);
    expect(err).toEqual([]);
  });

  it('is in the usage text, in Vietnamese and English', () => {
    expect(vi.cli.usage).toContain('dvk consolidate FILE|DIR... [--base');
    expect(en.cli.usage).toContain('dvk consolidate FILE|DIR... [--base');
    expect(existsSync(at('tong-hop.xlsx'))).toBe(true);
  });
});
