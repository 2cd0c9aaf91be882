/**
 * The spec's normalisation, used for every comparison. `normText` is the key for names
 * (units, communes, models); `normLoose` also drops diacritics and punctuation, for headers
 * and enumerated values. These run on every cell, so each has a fast path and a small memo.
 *
 * The fast paths give exactly what the general path gives; they only decide, in one native
 * regular-expression scan, that there is nothing to do (no space or invisible character to clean,
 * no character NFC could change, no old-style tone mark), or do the work in one pass over the text.
 */

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const WHITESPACE = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;
/** Anything `cleanText` would change besides NFC: edge or repeated spaces, odd spaces, zero-width characters. */
const NEEDS_CLEANING = /^\s|\s$|\s\s|[\t\n\r\f\v\u00A0\u2000-\u200D\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF\u00AD]/;
const ASCII = /^[\x00-\x7F]*$/;
// Vietnamese tone marks once decomposed (grave, acute, tilde, hook above, dot below).
const TONE = '[\u0300\u0301\u0303\u0309\u0323]';
/** Composed vowels that, after `o`/`O` (resp. `u`/`U`), may be an old-style tone placement. */
const TONED_AE = 'àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ';
const TONED_Y = 'ỳýỷỹỵỲÝỶỸỴ';
/**
 * Old tone placement puts the mark on the second vowel of an open `oa`, `oe`, `uy` syllable
 * (`hoá`, `thuỷ`); the new one on the first (`hóa`, `thủy`). `qu` + `y` is not such a pair.
 */
const OLD_TONE = new RegExp(`(^|[^qQ\\p{L}]|\\p{L}(?<![qQ]))([oO])([aAeE])(${TONE})(?!\\p{L}|\\p{M})`, 'gu');
const OLD_TONE_UY = new RegExp(`(^|[^qQ\\p{L}]|\\p{L}(?<![qQ]))([uU])([yY])(${TONE})(?!\\p{L}|\\p{M})`, 'gu');

// ---- fast paths -----------------------------------------------------------------------------

const hex = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`;
const charClass = (ranges: ReadonlyArray<readonly [number, number]>): string => ranges.map(([a, b]) => `${hex(a)}-${hex(b)}`).join('');

/**
 * Printable characters that are their own NFC and never compose with a neighbour, and that
 * `cleanText` keeps as they are (the only space among them is U+0020): ASCII, Latin-1 but NBSP and
 * the soft hyphen, Latin Extended-A/B, IPA, spacing modifiers (all below U+0300), Latin Extended
 * Additional (Vietnamese letters with tone marks), general punctuation (dashes, quotes).
 * test/engine/normalize-fast-path.test.ts proves it for every character and every pair.
 */
export const PLAIN_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x20, 0x7e],
  [0xa1, 0xac],
  [0xae, 0x2ff],
  [0x1e00, 0x1eff],
  [0x2010, 0x2027],
  [0x2030, 0x205e],
];
/** `PLAIN_RANGES` as the inside of a regular-expression character class. */
export const PLAIN_CLASS = charClass(PLAIN_RANGES);
/** Text that may need cleaning or NFC: a character outside `PLAIN_RANGES`, or two spaces in a row. */
const NOT_PLAIN = new RegExp(`[^${PLAIN_CLASS}]| {2}`);

/** Letters (`\p{L}`) whose NFD starts with a letter: ASCII, Latin-1, Latin Extended-A and -B, Latin Extended Additional. */
export const LETTER_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x41, 0x5a],
  [0x61, 0x7a],
  [0xc0, 0xd6],
  [0xd8, 0xf6],
  [0xf8, 0x24f],
  [0x1e00, 0x1eff],
];
/** Cheap test, on composed text, for a candidate old-style placement before the exact (slower) patterns run. */
const MAYBE_OLD_TONE = new RegExp(`[oO][${TONED_AE}]|[uU][${TONED_Y}]`);
/**
 * The same, on NFC text, where the syllable also ends there (no letter follows). Where this finds
 * nothing, the exact patterns (on decomposed text) change nothing either.
 */
const OPEN_OLD_TONE = new RegExp(`(?:[oO][${TONED_AE}]|[uU][${TONED_Y}])(?![${charClass(LETTER_RANGES)}])`);

/** A bounded memo for short values (units, fields, statuses), which repeat; long unique names skip it. */
function memo(fn: (s: string) => string, limit = 50_000, longest = 64): (s: string) => string {
  let cache = new Map<string, string>();
  return (s) => {
    if (s.length > longest) return fn(s);
    let hit = cache.get(s);
    if (hit === undefined) {
      hit = fn(s);
      if (cache.size >= limit) cache = new Map();
      cache.set(s, hit);
    }
    return hit;
  };
}

function unifyTonePlacement(cleaned: string): string {
  if (!MAYBE_OLD_TONE.test(cleaned)) return cleaned;
  // Without a pattern to apply, the general path below gives the text's NFC (cleaned text is NFC
  // but where removing a zero-width character joined a letter and a mark).
  const nfc = cleaned.normalize('NFC');
  if (!OPEN_OLD_TONE.test(nfc)) return nfc;
  return cleaned.normalize('NFD').replace(OLD_TONE, '$1$2$4$3').replace(OLD_TONE_UY, '$1$2$4$3').normalize('NFC');
}

/** Base letters of accented characters, built once per character met. */
const BASE_LETTER = new Map<number, string>();
// A Unicode property escape (ES2018) as a RegExp constructor call: the pane's scripts must parse as ES2017.
const MARKS = new RegExp('\\p{M}', 'gu');
function baseLetter(code: number, char: string): string {
  let base = BASE_LETTER.get(code);
  if (base === undefined) {
    base = char.normalize('NFD').replace(MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
    BASE_LETTER.set(code, base);
  }
  return base;
}
/** The same, as one UTF-16 unit: 0 not known yet, `NO_SINGLE_BASE` when the base is empty or longer. */
const BASE_UNIT = new Uint16Array(0x10000);
const NO_SINGLE_BASE = 0xffff;
function baseUnit(code: number): number {
  let unit = BASE_UNIT[code];
  if (unit === 0) {
    const base = baseLetter(code, String.fromCharCode(code));
    unit = base.length === 1 && base.charCodeAt(0) !== 0 ? base.charCodeAt(0) : NO_SINGLE_BASE;
    BASE_UNIT[code] = unit;
  }
  return unit;
}

function stripDiacritics(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += code < 0xc0 ? text[i] : baseLetter(code, text[i]);
  }
  return out;
}

/** `\p{L}` or `\p{N}`, per UTF-16 unit (surrogates are never asked): 1 yes, 2 no, 0 not known yet. */
const ALNUM = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) ALNUM[c] = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 1 : 2;
// Unicode property escapes (ES2018) as RegExp constructor calls: the pane's scripts must parse as ES2017.
const LETTER_OR_DIGIT = new RegExp('[\\p{L}\\p{N}]', 'u');
const NOT_LETTERS_OR_DIGITS = new RegExp('[^\\p{L}\\p{N}]+', 'gu');

function isAlnum(code: number): boolean {
  let known = ALNUM[code];
  if (known === 0) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
    ALNUM[code] = known;
  }
  return known === 1;
}

/** The general path of `looseOf`. */
function looseOfSlow(text: string): string {
  const bare = /^[\x00-\x7F]*$/.test(text) ? text : stripDiacritics(text);
  return bare.replace(NOT_LETTERS_OR_DIGITS, ' ').trim();
}

let looseBuffer = new Uint16Array(256);
const SPACE = 0x20;

/**
 * Diacritics dropped, runs of anything but letters and digits made one space, trimmed: in one pass
 * over UTF-16 units. Text with a surrogate, or a character whose base is not one unit, takes the
 * general path (where `\p{L}` sees code points).
 */
function looseOf(text: string): string {
  const n = text.length;
  if (looseBuffer.length < n) looseBuffer = new Uint16Array(n * 2);
  const out = looseBuffer;
  let length = 0;
  let gap = false;
  for (let i = 0; i < n; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xc0) {
      if (code >= 0xd800 && code <= 0xdfff) return looseOfSlow(text);
      code = baseUnit(code);
      if (code === NO_SINGLE_BASE) return looseOfSlow(text);
    }
    if (isAlnum(code)) {
      if (gap && length > 0) out[length++] = SPACE;
      gap = false;
      out[length++] = code;
    } else gap = true;
  }
  return fromUnits(out, length);
}

/** The text of the first `length` units of `units`. */
function fromUnits(units: Uint16Array, length: number): string {
  if (length === 0) return '';
  if (length <= 4096) return String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[]);
  let result = '';
  for (let from = 0; from < length; from += 4096) {
    result += String.fromCharCode.apply(null, units.subarray(from, Math.min(length, from + 4096)) as unknown as number[]);
  }
  return result;
}

/** Cleans text without changing its meaning: NFC, no zero-width characters, single spaces, trimmed. */
export function cleanText(value: string): string {
  const n = value.length;
  // Plain text with no space at either end is clean and already NFC: nothing to do.
  if (n > 0 && value.charCodeAt(0) !== SPACE && value.charCodeAt(n - 1) !== SPACE && !NOT_PLAIN.test(value)) return value;
  if (!NEEDS_CLEANING.test(value)) return ASCII.test(value) ? value : value.normalize('NFC');
  return value.normalize('NFC').replace(ZERO_WIDTH, '').replace(WHITESPACE, ' ').trim();
}

/**
 * For each UTF-16 unit, what it adds to a loose name when met in plain text: the base letter of
 * its lower case when that is one letter or digit, `GAP` when it is none (punctuation, a mark),
 * `NOT_FAST` when the name takes the general path (not a plain character, or a base of several
 * units); 0 not known yet.
 */
const LOOSE_UNIT = new Uint16Array(0x10000);
const PLAIN = new Uint8Array(0x10000);
for (const [from, to] of PLAIN_RANGES) PLAIN.fill(1, from, to + 1);
const GAP = 0xfffe;
const NOT_FAST = NO_SINGLE_BASE;
function looseUnit(code: number): number {
  let unit = LOOSE_UNIT[code];
  if (unit === 0) {
    if (!PLAIN[code]) unit = NOT_FAST;
    else {
      let base = '';
      for (const lower of String.fromCharCode(code).toLowerCase().split('')) {
        const c = lower.charCodeAt(0);
        base += c < 0xc0 ? lower : baseLetter(c, lower);
      }
      if (base === '') unit = GAP;
      else if (base.length > 1) unit = NOT_FAST;
      else unit = isAlnum(base.charCodeAt(0)) ? base.charCodeAt(0) : GAP;
    }
    LOOSE_UNIT[code] = unit;
  }
  return unit;
}

/** A loose name as UTF-16 units (the first `length` of `units`) and their FNV-1a hash, in a buffer its caller owns. */
export interface LooseUnits {
  units: Uint16Array;
  length: number;
  hash: number;
}

export const looseUnitsBuffer = (): LooseUnits => ({ units: new Uint16Array(256), length: 0, hash: 0 });

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * `normLoose` of a name, as UTF-16 units written into `into` (grown when too short). Usually one
 * pass over the name: for plain text (nothing to clean, already NFC, see `cleanText`) the loose form
 * is the base letters of its lower case, since neither NFC nor the tone placement `normText`
 * unifies changes the letters once marks are dropped, and plain characters lower-case one by one
 * (no Greek final sigma among them). Other text takes `normLoose`'s own path.
 */
export function looseNameUnits(value: string, into: LooseUnits): void {
  const n = value.length;
  if (into.units.length < n) into.units = new Uint16Array(n * 2);
  const out = into.units;
  let length = 0;
  let hash = FNV_OFFSET;
  let gap = false;
  // A space at either end or two in a row is text to clean: the general path.
  let space = true;
  for (let i = 0; i < n; i++) {
    const code = value.charCodeAt(i);
    if (code === SPACE) {
      if (space) return copyUnits(looseOf(normTextOnce(value)), into);
      space = true;
      gap = true;
      continue;
    }
    space = false;
    let unit = LOOSE_UNIT[code];
    if (unit === 0) unit = looseUnit(code);
    if (unit === GAP) gap = true;
    else if (unit === NOT_FAST) return copyUnits(looseOf(normTextOnce(value)), into);
    else {
      if (gap && length > 0) {
        out[length++] = SPACE;
        hash = Math.imul(hash ^ SPACE, FNV_PRIME);
      }
      gap = false;
      out[length++] = unit;
      hash = Math.imul(hash ^ unit, FNV_PRIME);
    }
  }
  if (space && n > 0) return copyUnits(looseOf(normTextOnce(value)), into);
  into.length = length;
  into.hash = hash;
}

function copyUnits(text: string, into: LooseUnits): void {
  if (into.units.length < text.length) into.units = new Uint16Array(text.length * 2);
  const { units } = into;
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    units[i] = unit;
    hash = Math.imul(hash ^ unit, FNV_PRIME);
  }
  into.length = text.length;
  into.hash = hash;
}

/**
 * Whether `normLoose(text)` is surely longer than `length` units, found without normalising: each
 * plain letter or digit of the text is one unit of its loose form (NFC, tone placement, lower case and
 * dropped marks never merge two of them), whatever the other characters give. Used to skip cells that
 * cannot be any header (header texts are short) before normalising them.
 */
export function looseLongerThan(text: string, length: number): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === SPACE) continue;
    let unit = LOOSE_UNIT[code];
    if (unit === 0) unit = looseUnit(code);
    if (unit !== GAP && unit !== NOT_FAST && ++count > length) return true;
  }
  return false;
}

/** `normText` without its memo, for values that seldom repeat (model names, codes). */
export const normTextOnce = (value: string): string => unifyTonePlacement(cleanText(value)).toLowerCase();

/** Comparison key for names: clean, tone placement unified, lower case. */
export const normText = memo(normTextOnce);

/** Comparison key for headers and enumerated values: also without diacritics and punctuation. */
export const normLoose = memo((value: string): string => looseOf(normText(value)));

const collator = new Intl.Collator('vi');
/** Vietnamese ordering for names. */
export const compareVi = (a: string, b: string): number => collator.compare(a, b);
