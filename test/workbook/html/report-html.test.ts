import { analyse, readWorkbooks, reportDocument } from '../../../src/engine';
import { reportHtml, reportPlainText } from '../../../src/workbook/html/report-html';
import { seed004Sheets } from '../../fixtures/seed004';
import { toGrids } from '../../helpers/grids';

const seedDocument = () => {
  const dataset = readWorkbooks([toGrids(seed004Sheets())]);
  return reportDocument(dataset, analyse(dataset).counted);
};

describe('the report as HTML for the clipboard', () => {
  it('keeps the header and closing blocks as borderless two-column tables, the title bold, paragraphs justified and indented', () => {
    const doc = seedDocument();
    const html = reportHtml(doc);
    expect(html.match(/<table /g)).toHaveLength(2);
    expect(html).toContain('font-weight:bold;text-decoration:underline">ĐẢNG CỘNG SẢN VIỆT NAM</p>');
    expect(html).toContain('font-style:italic">Bắc Kạn, ngày');
    expect(html).toContain('font-weight:bold;font-size:15pt">BÁO CÁO</p>');
    for (const p of doc.paragraphs) expect(html).toContain(`text-align:justify;text-indent:10mm">${p}</p>`);
    expect(html).toContain("font-family:'Times New Roman',serif;font-size:14pt");
    expect(html).toContain('>Phạm Ngọc San</p>');
  });

  it('escapes the clerk’s text, so that a name is never taken for markup', () => {
    const doc = { ...seedDocument(), signer: 'A <b>&</b> "B"' };
    expect(reportHtml(doc)).toContain('>A &lt;b&gt;&amp;&lt;/b&gt; &quot;B&quot;</p>');
  });

  it('gives the same report as plain text, paragraphs a blank line apart', () => {
    const doc = seedDocument();
    const text = reportPlainText(doc);
    expect(text).toContain(`\n${doc.paragraphs[0]}\n\n${doc.paragraphs[1]}\n`);
    expect(text.startsWith('ĐẢNG BỘ TỈNH BẮC KẠN\nTHÀNH ỦY BẮC KẠN\n')).toBe(true);
  });
});
