import type { EncodingStrings } from './encoding.vi';

/** English strings about legacy-encoded text, the same keys as Vietnamese. */
export const encodingEn: EncodingStrings = {
  names: { tcvn3: 'TCVN3 (ABC)', vni: 'VNI-Windows' },
  heading: 'Text in a legacy encoding',
  intro: (p) =>
    `${p.count} cells typed in a legacy encoding (TCVN3 or VNI) in ${p.columns} columns. Checks and summaries already read them as the Unicode text they stand for; convert them to Unicode so that every computer shows them correctly.`,
  column: (p) => `Sheet “${p.sheet}”, column ${p.column}: ${p.count} cells (${p.encoding})`,
  example: (p) => `${p.cell}: “${p.before}” → “${p.after}”`,
  convert: (p) => `Convert ${p.count} cells to Unicode`,
  convertHint:
    'Only the cells listed above are rewritten in Unicode (Times New Roman font, size and style kept); other cells are left as they are. This can be undone.',
  converting: 'Converting to Unicode…',
  converted: (p) => `Converted ${p.count} cells to Unicode.`,
  undo: 'Undo',
  undoHint: (p) => `Restore the ${p.count} cells to their old text as before the conversion.`,
  undoing: 'Undoing…',
  undone: (p) => `Restored ${p.count} cells as they were before the conversion.`,
  undoKept: (p) => `${p.count} cells were edited after the conversion and were kept.`,
  cli: {
    found: (p) => `Found ${p.count} cells in a legacy encoding in ${p.columns} columns of ${p.sheets} sheets:`,
    column: (p) => `  Sheet “${p.sheet}”, column ${p.column}: ${p.count} cells (${p.encoding}), e.g. ${p.example}`,
    cell: (p) => `  ${p.sheet}!${p.cell}: “${p.before}” → “${p.after}”`,
    example: (p) => `“${p.before}” → “${p.after}”`,
    none: 'No cells in a legacy encoding (TCVN3, VNI); nothing written.',
    dryRun: 'Dry run (--dry-run): nothing written.',
    written: (p) => `Wrote the copy with ${p.count} cells converted to Unicode to: ${p.file}`,
    lossy: (p) => `Note: the file has ${p.parts} that a copy cannot keep unchanged; the original file is untouched.`,
  },
};
