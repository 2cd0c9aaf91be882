import { attributeOf, xmlContent } from './xml-segments';

/** Excel's built-in number formats that show a date or a time (ids 14-22 and 45-47). */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** A format shows a date or time when, outside quoted text and `[...]` sections, it has y, m, d, h, s or b. */
export const isDateFormat = (code: string): boolean => /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));

/**
 * Which cell styles (`s`, the index into `<cellXfs>`) show their number as a date, read from
 * `xl/styles.xml`: numbers in such cells are dates. Style 0 never is (Excel's default style).
 */
export function dateStyles(stylesXml: string): Set<number> {
  const custom = new Map<number, string>();
  const formats = /<numFmts\b[\s\S]*?<\/numFmts>/.exec(stylesXml)?.[0] ?? '';
  for (const tag of formats.match(/<numFmt\b[^>]*>/g) ?? []) {
    const id = Number(attributeOf(tag, 'numFmtId'));
    const code = attributeOf(tag, 'formatCode');
    if (Number.isInteger(id) && code !== undefined) custom.set(id, xmlContent(code));
  }
  const dates = new Set<number>();
  const xfs = /<cellXfs\b[\s\S]*?<\/cellXfs>/.exec(stylesXml)?.[0] ?? '';
  (xfs.match(/<xf\b[^>]*>/g) ?? []).forEach((tag, index) => {
    const id = parseInt(attributeOf(tag, 'numFmtId') ?? '0', 10);
    if (index === 0 || !id) return;
    const code = custom.get(id);
    if (code !== undefined ? isDateFormat(code) : BUILT_IN_DATES.has(id)) dates.add(index);
  });
  return dates;
}
