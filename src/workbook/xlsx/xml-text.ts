/** Text and attribute values for SpreadsheetML, escaped as exceljs escapes them. */

// Characters XML 1.0 cannot hold (and DEL, which exceljs drops too) are left out.
const SPECIAL = /[<>&'"\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' };

export function xmlText(text: string): string {
  if (!SPECIAL.test(text)) return text;
  return text.replace(/[<>&'"\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, (ch) => ENTITIES[ch] ?? '');
}

/** `name="value"` pairs of the defined attributes, in order. */
export function attributes(pairs: Record<string, string | number | boolean | undefined>): string {
  let out = '';
  for (const [name, value] of Object.entries(pairs)) {
    if (value === undefined || value === false) continue;
    out += ` ${name}="${value === true ? '1' : xmlText(String(value))}"`;
  }
  return out;
}

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
