/**
 * One pass over a worksheet part's bytes as they are inflated, without keeping them: how many
 * `<row>` elements it has, and its `<dataValidations>` and `<mergeCells>` sections (small in real
 * files), which are what exceljs expands cell by cell. Each chunk is decoded one character per byte
 * (tags and the attributes read here are ASCII), so the search is the engine's native `indexOf`.
 */
export interface SheetScan {
  rows: number;
  /** The largest row number (`r`) of a `<row>` (rows without one follow the one before). */
  lastRow: number;
  /** The `<cols>` section: a `<col>` may claim columns far beyond Excel's last (exceljs makes each one). */
  cols: string;
  /** The sections as text; only their ASCII attributes (sqref, ref) are read from it. */
  validations: string;
  merges: string;
}

type Section = 'validations' | 'merges' | 'cols';

const OPENING: Array<[Section, string]> = [
  ['validations', '<dataValidations'],
  ['merges', '<mergeCells'],
  ['cols', '<cols'],
];
const CLOSING: Record<Section, string> = { validations: '</dataValidations>', merges: '</mergeCells>', cols: '</cols>' };
const ROW_NUMBER = /^<row\b[^>]*?\sr="(\d+)"/;
/** Characters kept for the next chunk, so a tag cut between chunks is still found whole, with a `<row>`'s attributes. */
const ROW_ATTRIBUTES = 300;
const KEEP = ROW_ATTRIBUTES + 20;
/** What may follow a tag name: space, tab, line breaks, `>` or `/`. */
const ENDS_NAME = new Set([0x20, 0x09, 0x0a, 0x0d, 0x3e, 0x2f]);

const isTag = (text: string, at: number, name: string): boolean => ENDS_NAME.has(text.charCodeAt(at + name.length));

function nextSection(text: string, from: number): { at: number; section: Section } | null {
  let next: { at: number; section: Section } | null = null;
  for (const [section, name] of OPENING) {
    for (let at = text.indexOf(name, from); at >= 0; at = text.indexOf(name, at + 1)) {
      if (!isTag(text, at, name)) continue;
      if (!next || at < next.at) next = { at, section };
      break;
    }
  }
  return next;
}

export interface SheetScanner {
  push(chunk: Uint8Array): void;
  end(): SheetScan;
}

export function sheetScanner(): SheetScanner {
  const decoder = new TextDecoder('windows-1252');
  const found: SheetScan = { rows: 0, lastRow: 0, validations: '', merges: '', cols: '' };
  let carry = '';
  let capturing: Section | null = null;

  /** Handles what starts before `stop`; the rest is carried to the next chunk. */
  function scan(text: string, stop: number): void {
    let i = 0;
    while (i < stop) {
      if (capturing) {
        const closing = CLOSING[capturing];
        const end = text.indexOf(closing, i);
        const until = end < 0 ? stop : end + closing.length;
        found[capturing] += text.slice(i, until);
        if (end >= 0) capturing = null;
        i = until;
        continue;
      }
      const open = nextSection(text, i);
      const limit = open && open.at < stop ? open.at : stop;
      for (let r = text.indexOf('<row', i); r >= 0 && r < limit; r = text.indexOf('<row', r + 4)) {
        if (!isTag(text, r, '<row')) continue;
        found.rows++;
        // The tag's attributes are within the next few hundred characters (KEEP carries a cut tag over).
        const number = ROW_NUMBER.exec(text.slice(r, r + ROW_ATTRIBUTES));
        found.lastRow = number ? Math.max(found.lastRow, Number(number[1])) : found.lastRow + 1;
      }
      i = limit;
      if (open && open.at < stop) capturing = open.section;
    }
    carry = text.slice(Math.max(i, stop));
  }

  return {
    push(chunk) {
      const text = carry + decoder.decode(chunk);
      scan(text, Math.max(0, text.length - KEEP));
    },
    end() {
      scan(carry, carry.length);
      return found;
    },
  };
}
