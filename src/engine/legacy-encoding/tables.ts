/**
 * The legacy Vietnamese encodings as text read from .xlsx shows them: each byte of the old 8-bit
 * code arrives as the Windows-1252 character of that byte (`§` for 0xA7), since Excel stored the
 * bytes typed under a `.VnTime` or `VNI-Times` font as Western text.
 */

/**
 * TCVN3 (ABC, TCVN 5712:1993 VN3): byte → letter. The capitals with a tone mark have no code in VN3
 * (they are typed with the all-caps `.VnTimeH` fonts, using the lower-case codes). Derived from
 * iconv-lite's `tcvn` table (VN1, a superset) and checked against it in test/engine/legacy-encoding.test.ts.
 */
export const TCVN3_BYTES: Readonly<Record<number, string>> = {
  0xa1: 'Ă',
  0xa2: 'Â',
  0xa3: 'Ê',
  0xa4: 'Ô',
  0xa5: 'Ơ',
  0xa6: 'Ư',
  0xa7: 'Đ',
  0xa8: 'ă',
  0xa9: 'â',
  0xaa: 'ê',
  0xab: 'ô',
  0xac: 'ơ',
  0xad: 'ư',
  0xae: 'đ',
  0xb5: 'à',
  0xb6: 'ả',
  0xb7: 'ã',
  0xb8: 'á',
  0xb9: 'ạ',
  0xbb: 'ằ',
  0xbc: 'ẳ',
  0xbd: 'ẵ',
  0xbe: 'ắ',
  0xc6: 'ặ',
  0xc7: 'ầ',
  0xc8: 'ẩ',
  0xc9: 'ẫ',
  0xca: 'ấ',
  0xcb: 'ậ',
  0xcc: 'è',
  0xce: 'ẻ',
  0xcf: 'ẽ',
  0xd0: 'é',
  0xd1: 'ẹ',
  0xd2: 'ề',
  0xd3: 'ể',
  0xd4: 'ễ',
  0xd5: 'ế',
  0xd6: 'ệ',
  0xd7: 'ì',
  0xd8: 'ỉ',
  0xdc: 'ĩ',
  0xdd: 'í',
  0xde: 'ị',
  0xdf: 'ò',
  0xe1: 'ỏ',
  0xe2: 'õ',
  0xe3: 'ó',
  0xe4: 'ọ',
  0xe5: 'ồ',
  0xe6: 'ổ',
  0xe7: 'ỗ',
  0xe8: 'ố',
  0xe9: 'ộ',
  0xea: 'ờ',
  0xeb: 'ở',
  0xec: 'ỡ',
  0xed: 'ớ',
  0xee: 'ợ',
  0xef: 'ù',
  0xf1: 'ủ',
  0xf2: 'ũ',
  0xf3: 'ú',
  0xf4: 'ụ',
  0xf5: 'ừ',
  0xf6: 'ử',
  0xf7: 'ữ',
  0xf8: 'ứ',
  0xf9: 'ự',
  0xfa: 'ỳ',
  0xfb: 'ỷ',
  0xfc: 'ỹ',
  0xfd: 'ý',
  0xfe: 'ỵ',
};

/** VNI-Windows letters that stand for a whole Vietnamese letter, wherever they are. */
export const VNI_LETTERS: Readonly<Record<string, string>> = {
  ñ: 'đ',
  Ñ: 'Đ',
  ô: 'ơ',
  Ô: 'Ơ',
  ö: 'ư',
  Ö: 'Ư',
  ì: 'ì',
  Ì: 'Ì',
  í: 'í',
  Í: 'Í',
  æ: 'ỉ',
  Æ: 'Ỉ',
  ó: 'ĩ',
  Ó: 'Ĩ',
  ò: 'ị',
  Ò: 'Ị',
  î: 'ỵ',
  Î: 'Ỵ',
};

const GRAVE = '\u0300';
const ACUTE = '\u0301';
const TILDE = '\u0303';
const HOOK = '\u0309';
const DOT = '\u0323';
export const CIRCUMFLEX = '\u0302';
export const BREVE = '\u0306';

/** What a VNI mark character after a vowel adds to it, and which vowels take it. */
export interface VniMark {
  marks: string;
  /** Base letters (lower case) the mark may follow. */
  after: string;
}

/** Vowels a tone mark may follow; `*` is a vowel that has just taken a circumflex or breve (`aâø`). */
const TONE_AFTER = 'aeiouyơư*';
const lowerMarks: Record<string, VniMark> = {
  ø: { marks: GRAVE, after: TONE_AFTER },
  ù: { marks: ACUTE, after: TONE_AFTER },
  û: { marks: HOOK, after: TONE_AFTER },
  õ: { marks: TILDE, after: TONE_AFTER },
  ï: { marks: DOT, after: TONE_AFTER },
  â: { marks: CIRCUMFLEX, after: 'aeo' },
  à: { marks: CIRCUMFLEX + GRAVE, after: 'aeo' },
  á: { marks: CIRCUMFLEX + ACUTE, after: 'aeo' },
  å: { marks: CIRCUMFLEX + HOOK, after: 'aeo' },
  ã: { marks: CIRCUMFLEX + TILDE, after: 'aeo' },
  ä: { marks: CIRCUMFLEX + DOT, after: 'aeo' },
  ê: { marks: BREVE, after: 'a' },
  è: { marks: BREVE + GRAVE, after: 'a' },
  é: { marks: BREVE + ACUTE, after: 'a' },
  ú: { marks: BREVE + HOOK, after: 'a' },
  ü: { marks: BREVE + TILDE, after: 'a' },
  ë: { marks: BREVE + DOT, after: 'a' },
};

/** VNI-Windows characters that put marks on the vowel before them (the capitals' for all-caps text). */
export const VNI_MARKS: Readonly<Record<string, VniMark>> = Object.fromEntries(
  Object.entries(lowerMarks).flatMap(([char, mark]) => [
    [char, mark],
    [char.toUpperCase(), mark],
  ]),
);
