/**
 * Properties of the engine on random registers (issue 6), with fast-check: the evaluation ladder in
 * every group, groups that add up to the total, normalisation that is idempotent, and the same
 * counts whether the data are typed as NFC, NFD or TCVN3.
 */
import fc from 'fast-check';
import { cleanText, detectLegacy, DIMENSIONS, FIELDS, normLoose, normText, STATUS_LABELS, summarize, type CellValue, type Measures } from '../../src/engine';
import { tcvn3Can, toTcvn3 } from '../helpers/legacy-text';
import type { SheetRows } from '../helpers/grids';
import { checkSheets, registrations, unitList, type Model } from './builder';

const RUNS = { numRuns: 40 };
const LADDER = ['registered', 'eligible', 'proposed', 'recognized', 'exemplary'] as const;

const UNITS = [
  { name: 'Đảng bộ xã Xuất Hóa', bloc: 'Xã, phường', commune: 'Xuất Hóa' },
  { name: 'Đảng bộ phường Đức Xuân', bloc: 'Xã, phường', commune: 'Đức Xuân' },
  { name: 'Chi bộ Văn phòng Huyện ủy', bloc: 'Hành chính sự nghiệp' },
  { name: 'Chi bộ Công an huyện', bloc: 'Nội chính' },
  { name: 'Chi bộ Công ty Cấp nước', bloc: 'Doanh nghiệp' },
];
/** Spellings a clerk types for the same unit: other tone placement, case, spaces. */
const UNIT_SPELLINGS = [...UNITS.map((u) => u.name), 'Đảng bộ xã Xuất Hoá', 'đảng bộ  phường đức xuân', 'Chi bộ Văn phòng Huyện uỷ', 'Chi bộ Trường Tiểu học'];
const NAMES = ['Hũ gạo tình thương', 'Con đường bích họa', 'Một cửa thân thiện', 'Vườn thuốc nam', 'Tổ tự quản an ninh', 'Nhà sạch vườn đẹp'];
const IMPLEMENTERS = ['Chi hội Phụ nữ', 'Đoàn Thanh niên', 'Hội Cựu chiến binh', 'Lê Văn Tám', 'Nguyễn Thị Thủy'];
const FIELD_VALUES: CellValue[] = [1, 2, 3, 4, 'LV3', 'Lĩnh vực 2', ...FIELDS.map((f) => f.shortTitle)];
const STATUS_VALUES: CellValue[] = [null, ...Object.values(STATUS_LABELS), 'Khong dat'];

const model: fc.Arbitrary<Model> = fc.record({
  year: fc.integer({ min: 2021, max: 2025 }),
  name: fc.tuple(fc.constantFrom(...NAMES), fc.integer({ min: 1, max: 40 })).map(([n, i]) => `${n} số ${i}`),
  implementer: fc.constantFrom(...IMPLEMENTERS),
  kind: fc.constantFrom('Tập thể', 'Cá nhân', 'tap the'),
  unit: fc.constantFrom(...UNIT_SPELLINGS),
  field: fc.constantFrom(...FIELD_VALUES),
  registration: fc.constantFrom('Duy trì', 'Đăng ký mới', 'Mới'),
  status: fc.constantFrom(...STATUS_VALUES),
});
const models = fc.array(model, { minLength: 1, maxLength: 30 });

const sheetsOf = (rows: Model[]): SheetRows[] => [registrations(rows), unitList(UNITS)];
const counted = (sheets: SheetRows[]) => checkSheets(...sheets).counted;

const ladderHolds = (m: Measures): boolean => LADDER.every((measure, i) => i === 0 || m[LADDER[i - 1]] >= m[measure]);

describe('on random registers', () => {
  it('registered ≥ eligible ≥ proposed ≥ recognized ≥ exemplary in every group of every dimension, and in the total', () => {
    fc.assert(
      fc.property(models, (rows) => {
        const rowsCounted = counted(sheetsOf(rows));
        return DIMENSIONS.every((d) => {
          const summary = summarize(rowsCounted, [d]);
          return ladderHolds(summary.total) && summary.groups.every((g) => ladderHolds(g.measures));
        });
      }),
      RUNS,
    );
  });

  it('the five row measures of any dimension’s groups sum to the total', () => {
    fc.assert(
      fc.property(models, (rows) => {
        const rowsCounted = counted(sheetsOf(rows));
        for (const d of DIMENSIONS) {
          const summary = summarize(rowsCounted, [d]);
          for (const measure of LADDER) {
            expect([d, measure, summary.groups.reduce((sum, g) => sum + g.measures[measure], 0)]).toEqual([d, measure, summary.total[measure]]);
          }
          expect(summary.total.registered).toBe(rowsCounted.length);
        }
      }),
      RUNS,
    );
  });
});

/** Strings built from Vietnamese letters in both forms, old and new tone placement, invisible and odd spaces, ASCII. */
const vietnameseText = fc
  .array(
    fc.constantFrom(
      'a',
      'Đ',
      'ư',
      'ơ',
      'ô',
      'Hóa',
      'Hoá',
      'Thủy',
      'Thuỷ',
      'Uỷ',
      'Ủy',
      'ệ',
      'e\u0302\u0323',
      'u\u031b',
      ' ',
      '  ',
      '\u00a0',
      '\u200b',
      '\u00ad',
      '\ufeff',
      '-',
      '.',
      'Q',
      'y',
      'qua',
      'quý',
      '1',
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

describe('normalisation', () => {
  it('is idempotent: cleanText, normText and normLoose change nothing the second time', () => {
    fc.assert(
      fc.property(fc.oneof(vietnameseText, fc.string({ unit: 'binary' })), (text) => {
        expect(cleanText(cleanText(text))).toBe(cleanText(text));
        expect(normText(normText(text))).toBe(normText(text));
        expect(normLoose(normLoose(text))).toBe(normLoose(text));
      }),
      { numRuns: 500 },
    );
  });
});

/** Every string of the sheets passed through `f`, sheet names kept. */
const mapStrings = (sheets: SheetRows[], f: (s: string) => string): SheetRows[] =>
  sheets.map((s) => ({ name: s.name, rows: s.rows.map((row) => row.map((v) => (typeof v === 'string' ? f(v) : v))) }));

/**
 * TCVN3 of the text where the table can carry it and the cell says it is TCVN3 by itself; other
 * cells stay Unicode (a capital with a tone mark has no TCVN3 code; `bé` is TCVN3 for `bộ` and a word).
 */
const tcvn3Where = (text: string): string => (tcvn3Can(text) && detectLegacy(toTcvn3(text)) === 'tcvn3' ? toTcvn3(text) : text);

describe('NFC, NFD and TCVN3 forms of the same register', () => {
  it('count the same in every dimension', () => {
    fc.assert(
      fc.property(models, (rows) => {
        const nfc = sheetsOf(rows);
        const summaries = (sheets: SheetRows[]) => {
          const c = counted(sheets);
          return DIMENSIONS.map((d) => summarize(c, [d]));
        };
        const expected = summaries(nfc);
        expect(summaries(mapStrings(nfc, (s) => s.normalize('NFD')))).toEqual(expected);
        expect(summaries(mapStrings(nfc, tcvn3Where))).toEqual(expected);
      }),
      { numRuns: 25 },
    );
  });

  it('has TCVN3 cells in the data it compares (the property is not vacuous)', () => {
    const converted = mapStrings(sheetsOf([{ unit: 'Đảng bộ xã Xuất Hoá', status: 'Được công nhận' }]), tcvn3Where);
    expect(converted[0].rows[1]).toContain(toTcvn3('Đảng bộ xã Xuất Hoá'));
    expect(converted[0].rows[1]).toContain(toTcvn3('Được công nhận'));
  });
});
