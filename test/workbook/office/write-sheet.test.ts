import { vi } from '../../../src/i18n/vi';
import { WorkbookError } from '../../../src/workbook/workbook';
import { officeWorkbook } from '../../../src/workbook/office/office-workbook';
import { widthInPoints } from '../../../src/workbook/office/sheet-format';
import { bigContent, registrationGrid } from './data';
import { FakeExcel, MB } from './fake-excel';

const LIMIT = 4 * MB;
const measured: string[] = [];

afterAll(() => process.stdout.write(`\nwriteSheet:\n${measured.join('\n')}\n`));

function workbook(version = '1.9'): FakeExcel {
  const fake = new FakeExcel(version);
  fake.addSheet('Đăng ký', registrationGrid(3));
  fake.addSheet('Tổng hợp', [['Bảng cũ do phần mềm viết'], ['', '', '', '', '', '', '', '', '', 'ô cũ ở J2']]);
  fake.addSheet('Báo cáo', [['Báo cáo cũ']]);
  return fake;
}

/** No sheet was added or removed on the way (in-place writes need no temporary sheet). */
const sameSheets = (fake: FakeExcel, names: string[]) => expect(fake.names()).toEqual(names);

describe('writeSheet builds the whole sheet in bulk', () => {
  it('takes as many syncs for 10,000 rows as for 100, no request over 4 MB', async () => {
    const counts: number[] = [];
    for (const rows of [100, 10_000]) {
      const fake = workbook();
      await officeWorkbook(fake.host).writeSheet(bigContent(rows));
      measured.push(`  ${String(rows).padStart(6)} rows × 8: ${fake.syncs} syncs, max request ${(fake.maxRequest / MB).toFixed(2)} MB`);
      counts.push(fake.syncs);
      expect(fake.maxRequest).toBeLessThan(LIMIT);
    }
    expect(counts[1]).toBe(counts[0]);
    expect(counts[0]).toBe(3); // list the sheets; clear, write and format; niceties (widths, frozen rows, print set-up)
  });

  it('takes 2 syncs for a sheet without niceties', async () => {
    const fake = workbook();
    await officeWorkbook(fake.host).writeSheet({ ...bigContent(10_000), page: undefined, columnWidths: [], rowHeights: undefined, freezeRows: undefined });
    expect(fake.syncs).toBe(2);
  });

  it('chunks a sheet too big for one request: every request under 4 MB, one sync per chunk', async () => {
    const fake = workbook();
    const content = bigContent(60_000, 'Tổng hợp', 15);
    await officeWorkbook(fake.host).writeSheet(content);
    measured.push(`  ${60_000} rows × 15: ${fake.syncs} syncs, requests ${fake.records.map((r) => (r.requestBytes / MB).toFixed(2)).join(' + ')} MB`);
    expect(fake.syncs).toBeGreaterThan(2);
    for (const r of fake.records) expect(r.requestBytes).toBeLessThan(LIMIT);
    const valueWrites = fake.records.flatMap((r) => r.labels).filter((l) => l === 'Range.values').length;
    // The list of sheets, one sync per chunk of values (the last one carrying the formats, or one more for
    // the 2-D number formats of 60,000 rows), the niceties.
    expect(fake.syncs).toBeGreaterThanOrEqual(1 + valueWrites + 1);
    expect(fake.syncs).toBeLessThanOrEqual(1 + valueWrites + 2);
    const sheet = fake.sheet('Tổng hợp');
    expect(sheet.value(60_001, 3)).toBe(content.values[60_001][3]);
    expect(sheet.read({ r1: 0, c1: 0, r2: 60_001, c2: 14 })).toEqual(content.values.map((row) => row.map((v) => v ?? '')));
  });

  it('sends the sheet’s clearing with its first chunk of values: no round trip carries only small actions', async () => {
    const fake = workbook();
    await officeWorkbook(fake.host).writeSheet({
      ...bigContent(40_000, 'Tổng hợp', 15),
      page: undefined,
      columnWidths: [],
      rowHeights: undefined,
      freezeRows: undefined,
    });
    const [list, ...rest] = fake.records;
    expect(list.labels.some((l) => l === 'Range.values')).toBe(false);
    expect(rest.length).toBeGreaterThan(1);
    // Every round trip after the list of sheets writes values; the first also clears the old sheet.
    for (const r of rest) expect(r.labels).toContain('Range.values');
    expect(rest[0].labels).toContain('Range.clear');
    for (const r of fake.records) expect(r.requestBytes).toBeLessThan(LIMIT);
  });

  it('applies number formats, fonts, borders, alignment, merges, widths, heights, frozen rows, dropdowns and A4 set-up', async () => {
    const fake = workbook();
    await officeWorkbook(fake.host).writeSheet(bigContent(100));
    const s = fake.sheet('Tổng hợp');
    expect(s.format(0, 0, 'font.bold')).toBe(true);
    expect(s.format(0, 0, 'font.size')).toBe(14);
    expect(s.format(0, 0, 'horizontalAlignment')).toBe('Center');
    expect(s.format(1, 3, 'wrapText')).toBe(true);
    expect(s.format(1, 3, 'verticalAlignment')).toBe('Center');
    expect(s.format(50, 3, 'font.italic')).toBe(true);
    expect(s.format(50, 0, 'numberFormat')).toBe('#,##0');
    expect(s.format(50, 1, 'numberFormat')).toBeUndefined();
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical']) {
      expect(s.format(50, 4, `border.${edge}.style`)).toBe('Continuous');
    }
    expect(s.format(0, 0, 'border.EdgeTop.style')).toBeUndefined();
    expect(s.merges).toEqual([{ r1: 0, c1: 0, r2: 0, c2: 7 }]);
    expect(s.format(0, 3, 'columnWidth')).toBe(widthInPoints(48));
    expect(s.format(5000, 0, 'columnWidth')).toBe(widthInPoints(6));
    expect(s.format(1, 0, 'rowHeight')).toBe(45);
    expect(s.freezeRows).toBe(2);
    expect(s.validations.map((v) => v.rule)).toEqual([
      { list: { inCellDropDown: true, source: 'Tập thể,Cá nhân' } },
      { list: { inCellDropDown: true, source: "='Danh mục'!$A$2:$A$1000" } },
    ]);
    expect(s.validations[1].prompt).toEqual({ showPrompt: true, message: 'Chọn đơn vị trong Danh mục', title: '' });
    expect(s.pageLayout).toMatchObject({ paperSize: 'A4', orientation: 'Landscape', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
    expect(s.visibility).toBe('Visible');
  });

  it('keeps the written sheet when Excel refuses a print option (a nicety), without an error', async () => {
    const fake = workbook();
    fake.failOn('PageLayout.zoom', 'InvalidArgument');
    await officeWorkbook(fake.host).writeSheet(bigContent(10));
    expect(fake.names()).toEqual(['Đăng ký', 'Tổng hợp', 'Báo cáo']);
    expect(fake.sheet('Tổng hợp').value(2, 0)).toBe(1);
    expect(fake.sheet('Tổng hợp').merges.length).toBe(1);
  });

  it('converts widths in characters to points as Excel does (8.43 characters are 48 pt)', () => {
    expect(widthInPoints(8.43)).toBeCloseTo(48, 0);
  });

  it('skips the niceties under ExcelApi 1.1 and still writes values, fonts and borders (the fake throws on any 1.2+ API)', async () => {
    const fake = workbook('1.1');
    const port = officeWorkbook(fake.host);
    await port.writeSheet(bigContent(100));
    const s = fake.sheet('Tổng hợp');
    expect(s.value(2, 3)).toBe(registrationGrid(1)[1][3]);
    expect(s.format(0, 0, 'font.bold')).toBe(true);
    expect(s.format(50, 4, 'border.EdgeLeft.style')).toBe('Continuous');
    expect(s.merges).toEqual([]);
    expect(s.format(0, 3, 'columnWidth')).toBeUndefined();
    expect(s.freezeRows).toBe(0);
    expect(s.validations).toEqual([]);
    expect(s.pageLayout).toEqual({});
    expect(port.capabilities()).toEqual({
      fitColumns: false,
      hideSheets: false,
      conditionalFormats: false,
      freezePanes: false,
      dropdowns: false,
      pageSetup: false,
      charts: true,
    });
  });

  it('uses each nicety exactly from its requirement set (1.7: frozen rows, no dropdowns or page set-up)', async () => {
    const fake = workbook('1.7');
    await officeWorkbook(fake.host).writeSheet(bigContent(10));
    const s = fake.sheet('Tổng hợp');
    expect(s.merges.length).toBe(1);
    expect(s.freezeRows).toBe(2);
    expect(s.validations).toEqual([]);
    expect(s.pageLayout).toEqual({});
  });
});

describe('writeSheet rewrites a sheet in place, never deleting it', () => {
  it('rewrites the old sheet at its tab position, whole (no cell, merge, format or dropdown of the old sheet left)', async () => {
    const fake = workbook();
    const old = fake.sheet('Tổng hợp');
    old.merges.push({ r1: 40, c1: 0, r2: 41, c2: 3 });
    old.setFormat({ r1: 60, c1: 0, r2: 60, c2: 0 }, 'font.bold', true);
    old.validations.push({ rect: { r1: 70, c1: 0, r2: 80, c2: 0 }, rule: { list: { source: 'a,b' } } });
    old.freezeRows = 5;
    await officeWorkbook(fake.host).writeSheet(bigContent(5));
    sameSheets(fake, ['Đăng ký', 'Tổng hợp', 'Báo cáo']);
    const s = fake.sheet('Tổng hợp');
    expect(s).toBe(old);
    expect(s.value(1, 9)).toBe('');
    expect(s.value(2, 0)).toBe(1);
    expect(s.merges).toEqual(bigContent(5).merges);
    expect(s.format(60, 0, 'font.bold')).toBeUndefined();
    expect(s.validations.map((v) => v.rect.r1)).toEqual([2, 2]);
    expect(s.freezeRows).toBe(2);
  });

  it("keeps a dropdown of another sheet and a clerk's formula pointing at the rewritten sheet working (no #REF!)", async () => {
    const fake = workbook();
    fake.addSheet('Danh mục', [['Đơn vị'], ['Chi bộ A']]);
    const registrations = fake.sheet('Đăng ký');
    registrations.validations.push({ rect: { r1: 1, c1: 6, r2: 1000, c2: 6 }, rule: { list: { inCellDropDown: true, source: "='Danh mục'!$A$2:$A$1000" } } });
    registrations.input(10, 0, "='Báo cáo'!A1");
    const port = officeWorkbook(fake.host);
    await port.writeSheet({ name: 'Danh mục', values: [['Đơn vị'], ['Chi bộ B']], styles: [], merges: [], columnWidths: [40] });
    await port.writeSheet({ name: 'Báo cáo', values: [['BÁO CÁO']], styles: [], merges: [], columnWidths: [] });
    expect(registrations.validations[0].rule).toEqual({ list: { inCellDropDown: true, source: "='Danh mục'!$A$2:$A$1000" } });
    expect(registrations.formula(10, 0)).toBe("='Báo cáo'!A1");
    expect(fake.sheet('Danh mục').value(1, 0)).toBe('Chi bộ B');
  });

  it('creates a missing sheet at the end', async () => {
    const fake = workbook();
    await officeWorkbook(fake.host).writeSheet({ ...bigContent(5), name: 'Biểu mới' });
    sameSheets(fake, ['Đăng ký', 'Tổng hợp', 'Báo cáo', 'Biểu mới']);
  });

  it('rewrites a very hidden sheet and keeps it very hidden', async () => {
    const fake = workbook();
    fake.addSheet('DVK_GhiNhan', [['Trang', 'Dấu kiểm']]).visibility = 'VeryHidden';
    await officeWorkbook(fake.host).writeSheet({
      name: 'DVK_GhiNhan',
      values: [
        ['Trang', 'Dấu kiểm'],
        ['Tổng hợp', 'abc'],
      ],
      styles: [],
      merges: [],
      columnWidths: [16, 20],
      visibility: 'veryHidden',
    });
    sameSheets(fake, ['Đăng ký', 'Tổng hợp', 'Báo cáo', 'DVK_GhiNhan']);
    expect(fake.sheet('DVK_GhiNhan').visibility).toBe('VeryHidden');
    expect(fake.sheet('DVK_GhiNhan').value(1, 1)).toBe('abc');
  });

  it('on ExcelApi 1.1 writes a sheet meant to be hidden visible (the one thing 1.1 cannot do), and says so in its capabilities', async () => {
    const fake = workbook('1.1');
    const port = officeWorkbook(fake.host);
    await port.writeSheet({ name: 'DVK_GhiNhan', values: [['Trang'], ['Báo cáo']], styles: [], merges: [], columnWidths: [16], visibility: 'veryHidden' });
    expect(fake.sheet('DVK_GhiNhan').visibility).toBe('Visible');
    expect(fake.sheet('DVK_GhiNhan').value(1, 0)).toBe('Báo cáo');
    expect(port.capabilities().hideSheets).toBe(false);
  });

  it('keeps the clerk on the sheet being rewritten', async () => {
    const fake = workbook();
    fake.model.active = fake.sheet('Tổng hợp');
    await officeWorkbook(fake.host).writeSheet(bigContent(5));
    expect(fake.model.active?.name).toBe('Tổng hợp');
  });

  it('writes merges before formats and values, and number formats as 2-D arrays the size of their range', async () => {
    const fake = workbook();
    await officeWorkbook(fake.host).writeSheet(bigContent(10));
    const labels = fake.records.flatMap((r) => r.labels);
    expect(labels.indexOf('Range.merge')).toBeLessThan(labels.indexOf('Range.numberFormat'));
    expect(labels.indexOf('Range.merge')).toBeLessThan(labels.indexOf('RangeFont.bold'));
    expect(fake.sheet('Tổng hợp').format(9, 0, 'numberFormat')).toBe('#,##0');
  });

  it.each([
    ['the sheet is protected', 'Range.clear', 'AccessDenied', 'protected'],
    ['Excel fails while writing values', 'Range.values', 'GeneralException', 'unknown'],
    ['this Excel lacks an API', 'Range.merge', 'ApiNotFound', 'unsupported'],
  ] as const)("reports, in the clerk's words, when %s; other sheets untouched, no sheet added or removed", async (_what, label, code, expected) => {
    const fake = workbook();
    fake.failOn(label, code, { times: 1 });
    const registrations = JSON.stringify(fake.sheet('Đăng ký'));
    const error = await officeWorkbook(fake.host)
      .writeSheet(bigContent(10, 'Tổng hợp', 15))
      .catch((e) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error.code).toBe(expected);
    expect(error.message).toEqual(expected === 'unknown' ? expect.stringContaining('Excel báo lỗi') : vi.workbookError[expected]);
    sameSheets(fake, ['Đăng ký', 'Tổng hợp', 'Báo cáo']);
    expect(JSON.stringify(fake.sheet('Đăng ký'))).toBe(registrations);
  });

  it('keeps a written sheet when Excel refuses a nicety (frozen rows), without an error', async () => {
    const fake = workbook();
    fake.failOn('WorksheetFreezePanes.freezeRows', 'GeneralException');
    await officeWorkbook(fake.host).writeSheet(bigContent(10));
    expect(fake.sheet('Tổng hợp').value(2, 0)).toBe(1);
  });
});

describe('writeSheet with a number format over a large range', () => {
  it('sends it in row chunks, every request under 4 MB, every cell formatted', async () => {
    const fake = workbook();
    const rows = 100_000;
    const content = { ...bigContent(10), styles: [{ range: { r1: 0, c1: 0, r2: rows - 1, c2: 14 }, style: { numberFormat: '#,##0' } }] };
    await officeWorkbook(fake.host).writeSheet(content);
    for (const r of fake.records) expect(r.requestBytes).toBeLessThan(LIMIT);
    const s = fake.sheet('Tổng hợp');
    expect([s.format(0, 0, 'numberFormat'), s.format(rows - 1, 14, 'numberFormat'), s.format(54_321, 7, 'numberFormat')]).toEqual(['#,##0', '#,##0', '#,##0']);
    expect(s.format(rows, 0, 'numberFormat')).toBeUndefined();
  });
});
