/**
 * The spec's normalisation, used for every comparison. `normText` is the key for names
 * (units, communes, models); `normLoose` also drops diacritics and punctuation, for headers
 * and enumerated values. These run on every cell, so each has a fast path and a small memo.
 */

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const WHITESPACE = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;
/** Anything `cleanText` would change besides NFC: edge or repeated spaces, odd spaces, zero-width characters. */
const NEEDS_CLEANING = /^\s|\s$|\s\s|[\t\n\r\f\v\u00A0\u2000-\u200D\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF\u00AD]/;
const ASCII = /^[\x00-\x7F]*$/;
// Vietnamese tone marks once decomposed (grave, acute, tilde, hook above, dot below).
const TONE = '[\u0300\u0301\u0303\u0309\u0323]';
/** Cheap test, on composed text, for a candidate old-style placement before the exact (slower) patterns run. */
const MAYBE_OLD_TONE = /[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ]/;
/**
 * Old tone placement puts the mark on the second vowel of an open `oa`, `oe`, `uy` syllable
 * (`hoá`, `thuỷ`); the new one on the first (`hóa`, `thủy`). `qu` + `y` is not such a pair.
 */
const OLD_TONE = new RegExp(`(^|[^qQ\\p{L}]|\\p{L}(?<![qQ]))([oO])([aAeE])(${TONE})(?!\\p{L}|\\p{M})`, 'gu');
const OLD_TONE_UY = new RegExp(`(^|[^qQ\\p{L}]|\\p{L}(?<![qQ]))([uU])([yY])(${TONE})(?!\\p{L}|\\p{M})`, 'gu');

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

function unifyTonePlacement(nfc: string): string {
  if (!MAYBE_OLD_TONE.test(nfc)) return nfc;
  return nfc.normalize('NFD').replace(OLD_TONE, '$1$2$4$3').replace(OLD_TONE_UY, '$1$2$4$3').normalize('NFC');
}

/** Base letters of accented characters, built once per character met. */
const BASE_LETTER = new Map<number, string>();
function stripDiacritics(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xc0) {
      out += text[i];
      continue;
    }
    let base = BASE_LETTER.get(code);
    if (base === undefined) {
      base = text[i].normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
      BASE_LETTER.set(code, base);
    }
    out += base;
  }
  return out;
}

/** Cleans text without changing its meaning: NFC, no zero-width characters, single spaces, trimmed. */
export function cleanText(value: string): string {
  if (!NEEDS_CLEANING.test(value)) return ASCII.test(value) ? value : value.normalize('NFC');
  return value.normalize('NFC').replace(ZERO_WIDTH, '').replace(WHITESPACE, ' ').trim();
}

/** Comparison key for names: clean, tone placement unified, lower case. */
export const normText = memo((value: string): string => {
  const cleaned = cleanText(value);
  if (ASCII.test(cleaned)) return cleaned.toLowerCase();
  return unifyTonePlacement(cleaned).toLowerCase();
});

/** Comparison key for headers and enumerated values: also without diacritics and punctuation. */
export const normLoose = memo((value: string): string => {
  const text = normText(value);
  const bare = ASCII.test(text) ? text : stripDiacritics(text);
  return bare.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
});

const collator = new Intl.Collator('vi');
/** Vietnamese ordering for names. */
export const compareVi = (a: string, b: string): number => collator.compare(a, b);
