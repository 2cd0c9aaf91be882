import { BREVE, CIRCUMFLEX, TCVN3_BYTES, VNI_LETTERS, VNI_MARKS } from './tables';
import { inAlphabet, isSyllable } from './syllable';

export type LegacyEncoding = 'tcvn3' | 'vni';

const SOFT_HYPHEN_ALL = /\u00ad/g;
const TCVN3 = new Map<string, string>(Object.entries(TCVN3_BYTES).map(([byte, letter]) => [String.fromCharCode(Number(byte)), letter]));
const escape = (chars: Iterable<string>): string => [...chars].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
/** U+00A1-U+00FF, where the legacy encodings' characters all are (Unicode Vietnamese has some too), as a character class's inside. */
export const LATIN1_CLASS = '\\u00a1-\\u00ff';
/** Letters only Unicode Vietnamese has (ă đ ĩ ũ ơ ư, the toned letters, combining tone marks), as a character class's inside. */
export const UNICODE_VIETNAMESE_CLASS =
  '\\u0102\\u0103\\u0110\\u0111\\u0128\\u0129\\u0168\\u0169\\u01a0\\u01a1\\u01af\\u01b0\\u1ea0-\\u1ef9\\u0300-\\u0303\\u0306\\u0309\\u031b\\u0323';
const LATIN1 = new RegExp(`[${LATIN1_CLASS}]`);
const UNICODE_VIETNAMESE = new RegExp(`[${UNICODE_VIETNAMESE_CLASS}]`);

/** Words: runs of letters, digits and the encoding's characters (TCVN3 uses signs like `§` `·` for letters). */
const TCVN3_WORD = new RegExp(`[\\p{L}\\p{N}${escape(TCVN3.keys())}]+`, 'gu');
// Unicode property escapes (ES2018) as RegExp constructor calls: the pane's scripts must parse as ES2017.
const VNI_WORD = new RegExp('[\\p{L}\\p{N}]+', 'gu');
const LETTERS_ONLY = new RegExp('^\\p{L}+$', 'u');

function decodeTcvn3(text: string): string {
  let out = '';
  for (const char of text) out += TCVN3.get(char) ?? char;
  return out;
}

/**
 * VNI text as Unicode: letters replaced, marks put on the vowel before them. `strict` gives null
 * when a mark follows no vowel that takes it (the text is then not VNI).
 */
function decodeVni(text: string, strict: boolean): string | null {
  let out = '';
  // The vowel (lower case) the next mark may go on, `*` after a circumflex or breve, '' when none.
  let vowel = '';
  for (const char of text) {
    const mark = VNI_MARKS[char];
    if (mark !== undefined && vowel !== '' && mark.after.includes(vowel)) {
      out += mark.marks;
      vowel = mark.marks === CIRCUMFLEX || mark.marks === BREVE ? '*' : '';
      continue;
    }
    if (mark !== undefined && strict) return null;
    const letter = VNI_LETTERS[char] ?? char;
    out += letter;
    const lower = letter.toLowerCase();
    vowel = 'aeiouyơư'.includes(lower) ? lower : '';
  }
  return out.normalize('NFC');
}

function decodeWord(word: string, encoding: LegacyEncoding): string | null {
  return encoding === 'tcvn3' ? decodeTcvn3(word) : decodeVni(word, true);
}

const hasKey = (word: string, encoding: LegacyEncoding): boolean => {
  for (const char of word) if (encoding === 'tcvn3' ? TCVN3.has(char) : char in VNI_LETTERS || char in VNI_MARKS) return true;
  return false;
};

interface Reading {
  /** Words that read as Vietnamese syllables. */
  valid: number;
  /** Words that do not. */
  invalid: number;
  /** Whether a valid word has two letters or more (a lone `¶` or `·` is a sign, not the word `ả` or `ã`). */
  long: boolean;
}

const isWordSyllable = (word: string): boolean => LETTERS_ONLY.test(word) && isSyllable(word);

/** How the words the encoding changes read once decoded. */
function reading(text: string, encoding: LegacyEncoding): Reading {
  const result = { valid: 0, invalid: 0, long: false };
  for (const [word] of text.matchAll(encoding === 'tcvn3' ? TCVN3_WORD : VNI_WORD)) {
    if (!hasKey(word, encoding)) continue;
    const decoded = decodeWord(word, encoding);
    if (decoded !== null && isWordSyllable(decoded)) {
      result.valid++;
      result.long ||= decoded.length > 1;
    } else result.invalid++;
  }
  return result;
}

/** How the text reads as it is: its words with a character of U+00A1-U+00FF (a letter such as `á`, or a sign such as `§`). */
function readingAsIs(text: string): Reading {
  const result = { valid: 0, invalid: 0, long: false };
  for (const [found] of text.matchAll(TCVN3_WORD)) {
    // The soft hyphen is an invisible hyphenation point in Unicode text (and TCVN3's `ư`): read as it is, it is not there.
    const word = found.replace(SOFT_HYPHEN_ALL, '');
    if (!LATIN1.test(word)) continue;
    if (isWordSyllable(word)) result.valid++;
    else result.invalid++;
  }
  return result;
}

/** Mostly Vietnamese: some words, of which a fifth at most are other words (a foreign name, a code). */
const mostlyVietnamese = (r: Reading): boolean => r.long && r.invalid * 5 <= r.valid + r.invalid;

/**
 * The legacy encoding a cell's text was typed in, or null for Unicode (or any other) text. Text with
 * a letter only Unicode has (ă đ ơ ư, the toned letters), or without any character of U+00A1-U+00FF
 * (ASCII), is not legacy text: one native scan each, where most text stops. Otherwise the text is
 * legacy when it does not read as Vietnamese as it is (`Caù nhaân`, `§¶ng`; not `Phú Yên`) and its
 * decoding does, by the encoding with more Vietnamese words (TCVN3 on a tie).
 */
export function detectLegacy(text: string): LegacyEncoding | null {
  if (UNICODE_VIETNAMESE.test(text) || !LATIN1.test(text)) return null;
  const asIs = readingAsIs(text);
  if (asIs.invalid === 0) return null;
  const tcvn3 = reading(text, 'tcvn3');
  const vni = reading(text, 'vni');
  const tcvn3Fits = mostlyVietnamese(tcvn3) && tcvn3.valid > asIs.valid;
  const vniFits = mostlyVietnamese(vni) && vni.valid > asIs.valid;
  if (tcvn3Fits && (!vniFits || tcvn3.valid >= vni.valid)) return 'tcvn3';
  return vniFits ? 'vni' : null;
}

/**
 * Whether text `detectLegacy` leaves alone could still be in this encoding: every word the encoding
 * changes becomes Vietnamese letters. `Khoái` is a word, and VNI for `Khối`; `12-QÑ/TU` is VNI for
 * `12-QĐ/TU`, though `QĐ` is no syllable. Only the cells around it can tell (see `planEncodingFix`).
 */
export function mayBeLegacy(text: string, encoding: LegacyEncoding): boolean {
  if (isUnicodeVietnamese(text) || !LATIN1.test(text)) return false;
  let changed = false;
  for (const [word] of text.matchAll(encoding === 'tcvn3' ? TCVN3_WORD : VNI_WORD)) {
    if (!hasKey(word, encoding)) continue;
    const decoded = decodeWord(word, encoding);
    if (decoded === null || !inAlphabet(decoded.replace(/\d+/g, ''))) return false;
    changed ||= decoded !== word;
  }
  return changed;
}

/** Whether text has a letter only Unicode Vietnamese has (so it is surely not legacy text). */
export const isUnicodeVietnamese = (text: string): boolean => UNICODE_VIETNAMESE.test(text);

/** The Unicode text legacy text stands for (NFC). */
export function decodeLegacy(text: string, encoding: LegacyEncoding): string {
  return encoding === 'tcvn3' ? decodeTcvn3(text) : (decodeVni(text, false) as string);
}

/** A cell's text decoded when it is legacy text, else as it is. */
export function fromLegacy(text: string): string {
  const encoding = detectLegacy(text);
  return encoding === null ? text : decodeLegacy(text, encoding);
}
