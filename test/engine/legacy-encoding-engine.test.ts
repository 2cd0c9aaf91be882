/**
 * Legacy-encoded cells through the whole engine: matched and counted as the Unicode text they stand
 * for (rows, Danh mục, Thông tin, the header), and warned about once per column.
 */
import { DIMENSIONS, planEncodingFix, reportDocument, summarize, type CellValue } from '../../src/engine';
import { toTcvn3, toVni } from '../helpers/legacy-text';
import { COL, book, check, checkSheets, infoSheet, ofRule, registrations, unitList, type Model } from './builder';
import { toGrids, type SheetRows } from '../helpers/grids';

const UNITS = [
  { name: 'Đảng bộ xã Yên Hưng', bloc: 'Xã, phường', commune: 'Yên Hưng' },
  { name: 'Chi bộ Văn phòng', bloc: 'Hành chính sự nghiệp' },
];
const MODELS: Model[] = [
  { name: 'Hũ gạo tình thương', unit: 'Đảng bộ xã Yên Hưng', status: 'Được công nhận', decision: '12-QĐ/TU' },
  { name: 'Con đường bích họa', unit: 'Đảng bộ xã Yên Hưng', field: 'Nông thôn mới, đô thị văn minh', registration: 'Duy trì' },
  { name: 'Một cửa thân thiện', unit: 'Chi bộ Văn phòng', kind: 'Cá nhân', implementer: 'Lê Văn Tám', status: 'Tiêu biểu', decision: '3-QĐ/TU' },
  { name: 'Vườn thuốc nam', unit: 'Chi bộ Văn phòng', status: 'Đề nghị công nhận' },
];
const INFO = { 'Cơ quan báo cáo': 'Huyện ủy Bạch Thông', 'Năm báo cáo': 2024, 'Người ký': 'Hoàng Thị Thuỷ' };

/** Every string of the sheets passed through `f`, sheet names kept. */
const mapStrings = (sheets: SheetRows[], f: (s: string) => string): SheetRows[] =>
  sheets.map((s) => ({ name: s.name, rows: s.rows.map((row) => row.map((v: CellValue) => (typeof v === 'string' ? f(v) : v))) }));

const unicodeSheets = (): SheetRows[] => [registrations(MODELS), unitList(UNITS), infoSheet(INFO)];

function figures(sheets: SheetRows[]) {
  const result = checkSheets(...sheets);
  return {
    counted: result.counted.length,
    units: result.counted.map((r) => [r.unit, r.bloc, r.commune, r.field, r.kind, r.registration, r.status, r.unitListed]),
    summaries: DIMENSIONS.map((d) => summarize(result.counted, [d], { blocs: result.dataset.blocs })),
    report: reportDocument(result.dataset, result.counted),
    findings: result.findings.filter((f) => f.rule !== 'legacy-encoding').map((f) => [f.cell, f.rule, f.message]),
  };
}

describe('legacy-encoded workbooks count as their Unicode text', () => {
  const expected = figures(unicodeSheets());

  it('counts every row of the Unicode workbook (the baseline is clean)', () => {
    expect(expected.counted).toBe(MODELS.length);
    expect(expected.findings).toEqual([]);
  });

  it('reads a workbook typed wholly in TCVN3 — header, rows, Danh mục, Thông tin — the same', () => {
    expect(figures(mapStrings(unicodeSheets(), toTcvn3))).toEqual(expected);
  });

  it('reads a workbook typed wholly in VNI the same once converted, and before that all but a word that is Unicode Vietnamese too', () => {
    const vni = mapStrings(unicodeSheets(), toVni);
    // `Khoái` is VNI for the header `Khối`, and a word of its own: only its sheet tells which.
    expect(vni[1].rows[0][1]).toBe('Khoái');
    expect(figures(vni.map((s, i) => (i === 1 ? { ...s, rows: [unicodeSheets()[1].rows[0], ...s.rows.slice(1)] } : s)))).toEqual(expected);
    const plan = planEncodingFix(toGrids(vni).sheets);
    expect(plan.fixes.find((f) => f.sheet === 'Danh mục' && f.cell === 'B1')).toMatchObject({ before: 'Khoái', after: 'Khối', encoding: 'vni' });
    const converted = vni.map((s) => ({ ...s, rows: s.rows.map((row) => [...row]) }));
    for (const fix of plan.fixes) converted.find((s) => s.name === fix.sheet)!.rows[fix.row - 1][fix.col] = fix.after;
    expect(converted).toEqual(unicodeSheets());
    expect(figures(converted)).toEqual(expected);
  });

  it('matches TCVN3 rows against a Unicode Danh mục, and Unicode rows against a TCVN3 Danh mục', () => {
    const [rows, units, info] = unicodeSheets();
    const [legacyRows, legacyUnits] = mapStrings([rows, units], toTcvn3);
    // The header stays Unicode in the first, the Danh mục header too in the second.
    legacyRows.rows[0] = rows.rows[0];
    legacyUnits.rows[0] = units.rows[0];
    expect(figures([legacyRows, units, info])).toEqual(expected);
    expect(figures([rows, legacyUnits, info])).toEqual(expected);
  });
});

describe('the legacy-encoding rule', () => {
  it('gives one warning per column, at its first legacy cell, with how many and an example', () => {
    const models: Model[] = Array.from({ length: 500 }, (_, i) => ({
      name: `Mô hình số ${i + 1}`,
      unit: i < 2 ? 'Chi bộ Văn phòng' : toTcvn3('Đảng bộ xã Yên Hưng'),
      implementer: i % 2 === 0 ? toVni('Hội Cựu chiến binh') : 'Chi hội Phụ nữ',
    }));
    const result = checkSheets(registrations(models), unitList(UNITS));
    const warnings = ofRule(result.findings, 'legacy-encoding');
    expect(warnings.map((f) => [f.cell, f.severity, f.key])).toEqual([
      [`${COL.implementer}2`, 'warning', 'implementer'],
      [`${COL.unit}4`, 'warning', 'unit'],
    ]);
    expect(warnings[1].message).toBe(
      `Ô ${COL.unit}4: 498 ô của cột “Chi, đảng bộ” (từ ô này) gõ bằng bảng mã cũ TCVN3 (ABC), ví dụ “§¶ng bé x· Yªn H\u00adng” → “Đảng bộ xã Yên Hưng”; đã được đọc như chữ Unicode. Hãy chuyển sang Unicode (Kiểm tra → Chữ gõ bằng bảng mã cũ, hoặc dvk fix-encoding).`,
    );
    expect(warnings[0].message).toContain('250 ô của cột “Tập thể/cá nhân thực hiện”');
    expect(warnings[0].message).toContain('VNI-Windows');
    // Warned, and counted all the same: the unit is found in Danh mục.
    expect(result.counted).toHaveLength(500);
    expect(ofRule(result.findings, 'unit-unknown')).toEqual([]);
  });

  it('is known per sheet, not per process: a TCVN3 workbook beside a Unicode one, in either order', () => {
    const legacy = registrations([{ name: toTcvn3('Hũ gạo tình thương') }, { stt: toTcvn3('Mười'), name: 'Vườn thuốc nam' }], 'Cũ');
    const unicode = registrations([{ name: 'Con đường bích họa' }], 'Mới');
    for (const sheets of [
      [legacy, unicode],
      [unicode, legacy],
    ]) {
      const result = check(...sheets.map((sheet) => book([sheet], `${sheet.name}.xlsx`)));
      expect(result.dataset.rows.map((r) => [r.sheet, r.layout.legacyText])).toEqual(sheets.flatMap((s) => s.rows.slice(1).map(() => [s.name, s === legacy])));
      expect(ofRule(result.findings, 'legacy-encoding').map((f) => [f.sheet, f.cell])).toEqual([
        ['Cũ', `${COL.name}2`],
        ['Cũ', `${COL.stt}3`],
      ]);
    }
    // A Unicode workbook checked after them reads no legacy text.
    expect(checkSheets(unicode).dataset.rows.every((r) => !r.layout.legacyText)).toBe(true);
  });

  it('says nothing about Unicode, NFD or ASCII text', () => {
    const models: Model[] = [{ name: 'Phú Yên' }, { name: 'Hũ gạo tình thương'.normalize('NFD') }, { name: 'Internet banking', implementer: 'Café · Bar' }];
    expect(ofRule(checkSheets(registrations(models)).findings, 'legacy-encoding')).toEqual([]);
  });
});
