/**
 * Whether a word is a Vietnamese syllable: an initial consonant, a rhyme of the language and at most
 * one tone mark (only sắc or nặng on a rhyme ending in c, ch, p, t). Loose where real names need it
 * (Tây Nguyên's `Đắk`, `Kon`), strict enough that text of another encoding read as one of these
 * (`tõy`, `phỳ`, `mỹller`, `ẹaỷng`) is not a syllable.
 */

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const STOP_TONES = new Set(['', '\u0301', '\u0323']);

const INITIAL = '(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?';
const RHYMES = [
  'a ai ao au ay ac ach am an ang anh ap at ak',
  'ăc ăm ăn ăng ăp ăt ăk âc âm ân âng âp ât âu ây',
  'e eo ec em en eng ep et ê êu êch êm ên ênh êng êp êt',
  'i ia iu ich im in inh ip it iêc iêm iên iêng iêp iêt iêu',
  'o oi oc om on ong op ot ok oa oai oao oay oac oach oam oan oang oanh oap oat oăc oăm oăn oăng oăt oe oeo oen oet oong ooc',
  'ô ôi ôc ôm ôn ông ôp ôt ôk ơ ơi ơm ơn ơp ơt',
  'u ua ui uc um un ung up ut uân uâng uât uây uê uêch uênh uêu uy uya uych uyên uyêt uyn uynh uyp uyt uyu',
  'uôc uôi uôm uôn uông uôt uơ ư ưa ưi ưu ưc ưm ưn ưng ưt ươc ươi ươm ươn ương ươp ươt ươu',
  // `y` rhymes, also after `qu` (quý, quỳnh, quyết).
  'y yêm yên yêt yêu ych yn ynh yp yt',
].flatMap((line) => line.split(' '));
const SYLLABLE = new RegExp(`^${INITIAL}(?:${RHYMES.join('|')})$`);
const STOP_FINAL = /(?:c|ch|p|t|k)$/;
/** The Vietnamese alphabet (with f, j, w, z for names), lower case: `ñ` or `ü` is no Vietnamese letter with a tone. */
const ALPHABET = /^[a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+$/;

/** Whether a word is made of Vietnamese letters (a syllable or not: `QĐ`). */
export const inAlphabet = (word: string): boolean => ALPHABET.test(word.toLowerCase().normalize('NFC'));

export function isSyllable(word: string): boolean {
  const lower = word.toLowerCase().normalize('NFC');
  if (!ALPHABET.test(lower)) return false;
  const letters = lower.normalize('NFD');
  const tones = letters.match(TONES) ?? [];
  if (tones.length > 1) return false;
  const base = letters.replace(TONES, '').normalize('NFC');
  if (!SYLLABLE.test(base)) return false;
  return !STOP_FINAL.test(base) || STOP_TONES.has(tones[0] ?? '');
}
