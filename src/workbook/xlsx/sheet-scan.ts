/**
 * One pass over a worksheet part's bytes as they are inflated, without keeping them: how many
 * `<row>` elements it has, and its `<dataValidations>` and `<mergeCells>` sections (small in real
 * files), which are what exceljs expands cell by cell.
 */
export interface SheetScan {
  rows: number;
  /** The sections' bytes as Latin-1 text: only their ASCII attributes (sqref, ref) are read from it. */
  validations: string;
  merges: string;
}

type Section = 'validations' | 'merges';

const ascii = (text: string): number[] => Array.from(text, (ch) => ch.charCodeAt(0));
const ROW = ascii('row');
const OPENING: Array<[Section, number[]]> = [
  ['validations', ascii('dataValidations')],
  ['merges', ascii('mergeCells')],
];
const CLOSING: Record<Section, number[]> = { validations: ascii('</dataValidations>'), merges: ascii('</mergeCells>') };
/** `<` plus the longest tag name plus the character after it. */
const LOOKAHEAD = 1 + 'dataValidations'.length + 1;
const LT = 0x3c;
/** What may follow a tag name: space, tab, line breaks, `>` or `/`. */
const ENDS_NAME = new Set([0x20, 0x09, 0x0a, 0x0d, 0x3e, 0x2f]);

function matchesAt(bytes: Uint8Array, at: number, pattern: number[]): boolean {
  for (let j = 0; j < pattern.length; j++) if (bytes[at + j] !== pattern[j]) return false;
  return true;
}

function indexOfPattern(bytes: Uint8Array, pattern: number[], from: number): number {
  for (let i = bytes.indexOf(pattern[0], from); i >= 0 && i <= bytes.length - pattern.length; i = bytes.indexOf(pattern[0], i + 1)) {
    if (matchesAt(bytes, i, pattern)) return i;
  }
  return -1;
}

function latin1(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192) parts.push(String.fromCharCode(...bytes.subarray(i, i + 8192)));
  return parts.join('');
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

export interface SheetScanner {
  push(chunk: Uint8Array): void;
  end(): SheetScan;
}

export function sheetScanner(): SheetScanner {
  const found: SheetScan = { rows: 0, validations: '', merges: '' };
  let carry = new Uint8Array(0);
  let capturing: Section | null = null;

  function push(chunk: Uint8Array): void {
    const bytes = concat(carry, chunk);
    carry = new Uint8Array(0);
    let i = 0;
    while (i < bytes.length) {
      if (capturing) {
        const closing = CLOSING[capturing];
        const end = indexOfPattern(bytes, closing, i);
        // Keep a possible partial closing tag for the next chunk.
        const stop = end >= 0 ? end + closing.length : Math.max(i, bytes.length - closing.length + 1);
        found[capturing] += latin1(bytes.subarray(i, stop));
        if (end < 0) {
          carry = bytes.slice(stop);
          return;
        }
        capturing = null;
        i = stop;
        continue;
      }
      const lt = bytes.indexOf(LT, i);
      if (lt < 0) return;
      if (bytes.length - lt < LOOKAHEAD) {
        carry = bytes.slice(lt);
        return;
      }
      if (matchesAt(bytes, lt + 1, ROW) && ENDS_NAME.has(bytes[lt + 1 + ROW.length])) found.rows++;
      for (const [section, name] of OPENING) {
        if (matchesAt(bytes, lt + 1, name) && ENDS_NAME.has(bytes[lt + 1 + name.length])) capturing = section;
      }
      i = capturing ? lt : lt + 1;
    }
  }

  function end(): SheetScan {
    if (capturing) found[capturing] += latin1(carry);
    return found;
  }

  return { push, end };
}
