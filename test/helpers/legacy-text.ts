/**
 * Unicode Vietnamese typed the old ways, as a .xlsx shows it (each byte as its Windows-1252
 * character): TCVN3 through iconv-lite's own table (independent of the engine's), VNI-Windows from
 * the published key layout.
 */
import iconv from 'iconv-lite';
import { TCVN3_BYTES } from '../../src/engine/legacy-encoding/tables';

/** TCVN3 (VN3) text of `text`; throws on a letter VN3 has no code for (a capital with a tone mark). */
export function toTcvn3(text: string): string {
  const bytes = iconv.encode(text.normalize('NFC'), 'tcvn');
  for (const byte of bytes) {
    if (byte >= 0x80 ? !(byte in TCVN3_BYTES) : byte < 0x20 && byte !== 0x0a) throw new Error(`not in TCVN3 (VN3): ${text}`);
  }
  return iconv.decode(bytes, 'win1252');
}

/** Whether VN3 can carry the text (no capital letter with a tone mark). */
export const tcvn3Can = (text: string): boolean => {
  try {
    toTcvn3(text);
    return true;
  } catch {
    return false;
  }
};

const TONES: Record<string, number> = { '\u0300': 0, '\u0301': 1, '\u0309': 2, '\u0303': 3, '\u0323': 4 };
const TONE_ONLY = ['ø', 'ù', 'û', 'õ', 'ï'];
const CIRCUMFLEX_TONE = ['à', 'á', 'å', 'ã', 'ä'];
const BREVE_TONE = ['è', 'é', 'ú', 'ü', 'ë'];
const I_TONED = ['ì', 'í', 'æ', 'ó', 'ò'];

/** VNI-Windows text of `text`. */
export function toVni(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const [base, ...marks] = char.normalize('NFD');
    const upper = base !== base.toLowerCase();
    const cased = (s: string) => (upper ? s.toUpperCase() : s);
    const lower = base.toLowerCase();
    if (char === 'đ' || char === 'Đ') {
      out += cased('ñ');
      continue;
    }
    const tone = marks.map((m) => TONES[m]).find((t) => t !== undefined);
    const circumflex = marks.includes('\u0302');
    const breve = marks.includes('\u0306');
    const horn = marks.includes('\u031b');
    if (lower === 'i' && tone !== undefined) out += cased(I_TONED[tone]);
    else if (lower === 'y' && tone === 4) out += cased('î');
    else if (horn) out += cased(lower === 'o' ? 'ô' : 'ö') + (tone === undefined ? '' : cased(TONE_ONLY[tone]));
    else if (circumflex) out += base + cased(tone === undefined ? 'â' : CIRCUMFLEX_TONE[tone]);
    else if (breve) out += base + cased(tone === undefined ? 'ê' : BREVE_TONE[tone]);
    else out += base + (tone === undefined ? '' : cased(TONE_ONLY[tone]));
  }
  return out;
}
