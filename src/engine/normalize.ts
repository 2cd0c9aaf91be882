/**
 * The spec's normalisation, used for every comparison. `normText` is the key for names
 * (units, communes, models); `normLoose` also drops diacritics and punctuation, for headers
 * and enumerated values.
 */

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const WHITESPACE = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;
// Vietnamese tone marks once decomposed (grave, acute, tilde, hook above, dot below).
const TONE = '[\u0300\u0301\u0303\u0309\u0323]';
/**
 * Old tone placement puts the mark on the second vowel of an open `oa`, `oe`, `uy` syllable
 * (`hoá`, `thuỷ`); the new one on the first (`hóa`, `thủy`). `qu` + `y` is not such a pair.
 */
const OLD_TONE = new RegExp(`(^|[^qQ\\p{L}]|\\p{L}(?<![qQ]))([oO])([aAeE])(${TONE})(?!\\p{L}|\\p{M})`, 'gu');
const OLD_TONE_UY = new RegExp(`(^|[^qQ\\p{L}]|\\p{L}(?<![qQ]))([uU])([yY])(${TONE})(?!\\p{L}|\\p{M})`, 'gu');

function unifyTonePlacement(nfd: string): string {
  return nfd.replace(OLD_TONE, '$1$2$4$3').replace(OLD_TONE_UY, '$1$2$4$3');
}

/** Cleans text without changing its meaning: NFC, no zero-width characters, single spaces, trimmed. */
export function cleanText(value: string): string {
  return value.normalize('NFC').replace(ZERO_WIDTH, '').replace(WHITESPACE, ' ').trim();
}

/** Comparison key for names: clean, tone placement unified, lower case. */
export function normText(value: string): string {
  const cleaned = cleanText(value);
  if (cleaned === '') return '';
  return unifyTonePlacement(cleaned.normalize('NFD')).normalize('NFC').toLowerCase();
}

/** Comparison key for headers and enumerated values: also without diacritics and punctuation. */
export function normLoose(value: string): string {
  return normText(value)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const collator = new Intl.Collator('vi');
/** Vietnamese ordering for names. */
export const compareVi = (a: string, b: string): number => collator.compare(a, b);
