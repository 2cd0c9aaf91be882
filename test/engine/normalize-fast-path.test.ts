/**
 * The normalisation's fast paths (src/engine/normalize.ts) give exactly what the general path gives:
 * the character ranges they trust are proved here for every character (and every pair), and the
 * functions are compared with the general path, written out below, on many mixed strings.
 */
import { cleanText, LETTER_RANGES, looseLongerThan, looseNameUnits, looseUnitsBuffer, normLoose, normText, PLAIN_RANGES } from '../../src/engine/normalize';

/** `normLoose` of a name by the hash table's path (`looseNameUnits`), as text. */
function looseName(value: string): string {
  const loose = looseUnitsBuffer();
  looseNameUnits(value, loose);
  return String.fromCharCode(...loose.units.subarray(0, loose.length));
}

const chars = (ranges: ReadonlyArray<readonly [number, number]>): string[] =>
  ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i)));

// ---- the general path, as it was before the fast paths ----
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const WHITESPACE = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;
const NEEDS_CLEANING = /^\s|\s$|\s\s|[\t\n\r\f\v\u00A0\u2000-\u200D\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF\u00AD]/;
const ASCII = /^[\x00-\x7F]*$/;
const TONE = '[\u0300\u0301\u0303\u0309\u0323]';
const OLD_TONE = new RegExp(`(^|[^qQ\\p{L}]|\\p{L}(?<![qQ]))([oO])([aAeE])(${TONE})(?!\\p{L}|\\p{M})`, 'gu');
const OLD_TONE_UY = new RegExp(`(^|[^qQ\\p{L}]|\\p{L}(?<![qQ]))([uU])([yY])(${TONE})(?!\\p{L}|\\p{M})`, 'gu');

function referenceClean(value: string): string {
  if (!NEEDS_CLEANING.test(value)) return ASCII.test(value) ? value : value.normalize('NFC');
  return value.normalize('NFC').replace(ZERO_WIDTH, '').replace(WHITESPACE, ' ').trim();
}
const MAYBE_OLD_TONE = /[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ]/;
function referenceNormText(value: string): string {
  const cleaned = referenceClean(value);
  if (ASCII.test(cleaned)) return cleaned.toLowerCase();
  if (!MAYBE_OLD_TONE.test(cleaned)) return cleaned.toLowerCase();
  return cleaned.normalize('NFD').replace(OLD_TONE, '$1$2$4$3').replace(OLD_TONE_UY, '$1$2$4$3').normalize('NFC').toLowerCase();
}
function referenceNormLoose(value: string): string {
  const text = referenceNormText(value);
  let bare = '';
  for (const unit of text.split('')) {
    bare += unit.charCodeAt(0) < 0xc0 ? unit : unit.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  }
  return bare.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

describe('the ranges the fast paths trust', () => {
  const plain = chars(PLAIN_RANGES);

  it('plain characters are their own NFC and never compose or reorder with one another', () => {
    const broken: string[] = [];
    for (const a of plain) {
      if (a.normalize('NFC') !== a) broken.push(a);
      for (const b of plain) if ((a + b).normalize('NFC') !== a + b) broken.push(a + b);
    }
    expect(broken).toEqual([]);
  });

  it('the only space among plain characters is U+0020, and none is one cleanText removes', () => {
    expect(plain.filter((c) => /\s/.test(c))).toEqual([' ']);
    expect(plain.filter((c) => /[\t\n\r\f\v\u00A0\u2000-\u200D\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF\u00AD]/.test(c))).toEqual([]);
  });

  it('letters of LETTER_RANGES are letters whose decomposition starts with a letter', () => {
    expect(chars(LETTER_RANGES).filter((c) => !/^\p{L}/u.test(c.normalize('NFD')))).toEqual([]);
  });
});

describe('the fast paths give what the general path gives', () => {
  const PIECES = [
    'a',
    'o',
    'u',
    'y',
    'e',
    'q',
    'Q',
    'O',
    'U',
    'Y',
    'A',
    'E',
    ' ',
    '  ',
    'hoa',
    'Thuy',
    'X',
    '1',
    '3',
    'oa',
    'oe',
    'uy',
    'hoá',
    'Hoà',
    'thuỷ',
    'quý',
    'QUỲ',
    'khoẻ',
    'hoạt',
    'toàn',
    'Ủy',
    'ĐẢNG',
    'đ',
    'Đ',
    'ế',
    'ợ',
    'ự',
    'Ỹ',
    'ỵ',
    'ẹ',
    'à',
    'Ý',
    '\u00a0',
    '\u200b',
    '\t',
    '\n',
    '\u3000',
    '\u2003',
    '\u2000',
    '\u2028',
    '\ufeff',
    '\u00ad',
    '\u1680',
    '\u0000',
    'e\u0301',
    'o\u0323',
    'a\u0300',
    '\u0301',
    '\u0302',
    '\u0323',
    '\u031b',
    'İ',
    'ß',
    'Σ',
    'ΑΣ',
    'ª',
    '²',
    '½',
    'Å',
    '\u212b',
    '\ufb01',
    '\u01c5',
    '\u1e9b',
    '\u0958',
    '가',
    '각',
    '😀',
    '𝐀',
    '\ud800',
    '–',
    '“',
    '”',
    '…',
    '/',
    ',',
    '.',
    '-',
    '(',
    ')',
  ];
  let seed = 7;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const samples = [
    // Cleaning that leaves text not in NFC (a zero-width character between a letter and its mark).
    'e\u200b\u0301',
    'ho\u200bá',
    'hoàn hoa\u200b\u0301',
    'hoàn hoa\u200b\u0301n',
    'Thuỵ thuy\u200b\u0301',
    'hoa\u200b\u0301',
    ' hoá ',
    'Hoá\u00a0',
    'thuỷ.',
    'quỷ',
    ...Array.from({ length: 20_000 }, () => {
      let text = '';
      for (let k = Math.floor(random() * 9); k > 0; k--) text += PIECES[Math.floor(random() * PIECES.length)];
      return text;
    }),
  ];

  it.each([
    ['cleanText', cleanText, referenceClean],
    ['normText', normText, referenceNormText],
    ['normLoose', normLoose, referenceNormLoose],
    ['looseName', looseName, referenceNormLoose],
  ] as const)('%s', (_name, fast, reference) => {
    const differing = samples.filter((s) => fast(s) !== reference(s));
    expect(differing.map((s) => [s, fast(s), reference(s)])).toEqual([]);
  });

  it('looseLongerThan never says longer of a text whose loose form is not', () => {
    const wrong: Array<[string, number]> = [];
    for (const s of samples) {
      const length = referenceNormLoose(s).length;
      for (let n = 0; n <= 12; n++) if (looseLongerThan(s, n) && length <= n) wrong.push([s, n]);
    }
    expect(wrong).toEqual([]);
    expect(looseLongerThan('Tên mô hình, điển hình', 16)).toBe(true);
    expect(looseLongerThan('Tên mô hình, điển hình', 17)).toBe(false);
  });

  it('long names (past the memo) too', () => {
    const names = samples.map((s, i) => `${s} Vận động Nhân dân tổ ${i} xây dựng khu dân cư văn minh đô thị, hoá ${s}`);
    for (const [fast, reference] of [
      [cleanText, referenceClean],
      [normText, referenceNormText],
      [normLoose, referenceNormLoose],
      [looseName, referenceNormLoose],
    ] as const) {
      expect(names.filter((s) => fast(s) !== reference(s))).toEqual([]);
    }
  });
});
