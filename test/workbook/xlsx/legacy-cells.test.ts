import { decodeLegacy, type EncodingFix } from '../../../src/engine';
import { fontStyles, legacySheetRewriter } from '../../../src/workbook/xlsx/legacy-cells';
import { toTcvn3 } from '../../helpers/legacy-text';
import { sheetXml } from '../../helpers/hostile-files';

const STYLES =
  '<styleSheet><fonts count="3"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="13"/><name val=".VnTime"/></font><font><sz val="12"/><name val=".VnTimeH"/></font></fonts>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>';

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const fix = (cell: string, row: number, col: number, before: string): EncodingFix => ({
  sheet: 'Trang',
  row,
  col,
  cell,
  before,
  after: decodeLegacy(before, 'tcvn3'),
  encoding: 'tcvn3',
});

function rewrite(xml: string, fixes: EncodingFix[], sharedItems: string[], chunk: number) {
  const styles = fontStyles(STYLES);
  let out = '';
  const rewriter = legacySheetRewriter(fixes, { sharedItems, styles }, (text) => (out += text));
  const bytes = new TextEncoder().encode(xml);
  for (let at = 0; at < bytes.length; at += chunk) rewriter.write(bytes.subarray(at, at + chunk));
  return { out, converted: rewriter.end(), styles: styles.appendedTo(STYLES) };
}

describe('legacy cells rewritten in a sheet part', () => {
  const unit = toTcvn3('Đảng bộ xã Yên Hưng');
  const village = toTcvn3('Chi bộ thôn Nà Pài').toLowerCase();
  const note = [toTcvn3('Ghi chú: '), toTcvn3('đã duyệt')];
  const shared = [`<r><rPr><b/><rFont val=".VnTime"/></rPr><t xml:space="preserve">${escape(note[0])}</t></r><r><rPr><i/></rPr><t>${escape(note[1])}</t></r>`];
  const xml = sheetXml(
    `<row r="2"><c r="A2" s="1" t="inlineStr"><is><t>${escape(unit)}</t></is></c><c r="B2" s="2" t="inlineStr"><is><t>${escape(village)}</t></is></c></row>` +
      `<row r="3"><c r="A3" t="s"><v>0</v></c><c r="B3" s="1" t="str"><f>A2</f><v>${escape(unit)}</v></c></row>`,
  );
  const fixes = [fix('A2', 2, 0, unit), fix('B2', 2, 1, village), fix('A3', 3, 0, note.join('')), fix('B3', 3, 1, unit)];

  it('writes each planned cell in Unicode, its legacy font made Times New Roman in a style of its own; formulas left alone', () => {
    const { out, converted, styles } = rewrite(xml, fixes, shared, xml.length);
    expect(converted).toBe(3);
    expect(out).toContain('<c r="A2" s="3" t="inlineStr"><is><t xml:space="preserve">Đảng bộ xã Yên Hưng</t></is></c>');
    // Typed in lower-case codes under the all-caps .VnTimeH: written in the capitals it showed.
    expect(out).toContain('<c r="B2" s="4" t="inlineStr"><is><t xml:space="preserve">CHI BỘ THÔN NÀ PÀI</t></is></c>');
    // Each run decoded; the run naming a legacy font gets Times New Roman, the other keeps its properties.
    expect(out).toContain(
      '<c r="A3" t="inlineStr"><is><r><rPr><b/><rFont val="Times New Roman"/></rPr><t xml:space="preserve">Ghi chú: </t></r><r><rPr><i/></rPr><t xml:space="preserve">đã duyệt</t></r></is></c>',
    );
    expect(out).toContain(`<c r="B3" s="1" t="str"><f>A2</f>`);
    expect(styles).toContain('<fonts count="5">');
    expect(styles).toContain('<font><b/><sz val="13"/><name val="Times New Roman"/></font><font><sz val="12"/><name val="Times New Roman"/></font></fonts>');
    expect(styles).toContain('<cellXfs count="5">');
    expect(styles).toContain('<xf applyFont="1" numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0"/>');
  });

  it('writes the same however the part is cut into chunks', () => {
    const whole = rewrite(xml, fixes, shared, xml.length).out;
    for (const size of [1, 2, 3, 7, 64]) expect(rewrite(xml, fixes, shared, size).out).toBe(whole);
  });
});
