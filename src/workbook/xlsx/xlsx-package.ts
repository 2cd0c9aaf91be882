import type { SheetContent } from '../sheet-content';
import { sharedStrings, sheetXml } from './sheet-xml';
import { attributes, MAIN_NS, REL_NS, XML_HEAD, xmlText } from './xml-text';
import { styleTable } from './xlsx-styles';

/** A part of the package, its text in one or more pieces. */
export interface XlsxPart {
  name: string;
  pieces: Iterable<string>;
}

const TYPES = 'application/vnd.openxmlformats-officedocument';
const REL_TYPES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
/** W3CDTF to the second, as exceljs writes document dates. */
const w3c = (d: Date): string => `${d.toISOString().slice(0, 19)}Z`;

function relationships(items: Array<{ type: string; target: string }>): string {
  const list = items.map((r, i) => `<Relationship Id="rId${i + 1}" Type="${r.type}" Target="${r.target}"/>`).join('');
  return `${XML_HEAD}<Relationships xmlns="${PKG_RELS}">${list}</Relationships>`;
}

const whole = (name: string, text: string): XlsxPart => ({ name, pieces: [text] });

/**
 * The parts of an .xlsx package holding the described sheets, to be taken in order, each part's
 * pieces in full before the next part: the package's own parts first, then each sheet as it is
 * rendered (so the caller can compress one while the next is made), then the styles and shared
 * strings the sheets used.
 */
export function* xlsxParts(contents: readonly SheetContent[], options: { creator: string; now: Date; theme: string }): Generator<XlsxPart> {
  const sheetPath = (i: number): string => `worksheets/sheet${i + 1}.xml`;
  const overrides = [
    ['/xl/workbook.xml', `${TYPES}.spreadsheetml.sheet.main+xml`],
    ...contents.map((_, i) => [`/xl/${sheetPath(i)}`, `${TYPES}.spreadsheetml.worksheet+xml`]),
    ['/xl/theme/theme1.xml', `${TYPES}.theme+xml`],
    ['/xl/styles.xml', `${TYPES}.spreadsheetml.styles+xml`],
    ['/xl/sharedStrings.xml', `${TYPES}.spreadsheetml.sharedStrings+xml`],
    ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
    ['/docProps/app.xml', `${TYPES}.extended-properties+xml`],
  ];
  yield whole(
    '[Content_Types].xml',
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      overrides.map(([part, type]) => `<Override PartName="${xmlText(part)}" ContentType="${type}"/>`).join('') +
      '</Types>',
  );
  yield whole(
    '_rels/.rels',
    relationships([
      { type: `${REL_TYPES}/officeDocument`, target: 'xl/workbook.xml' },
      { type: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', target: 'docProps/core.xml' },
      { type: `${REL_TYPES}/extended-properties`, target: 'docProps/app.xml' },
    ]),
  );
  const date = xmlText(w3c(options.now));
  yield whole(
    'docProps/core.xml',
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
      `<dc:creator>${xmlText(options.creator)}</dc:creator>` +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified>` +
      '</cp:coreProperties>',
  );
  yield whole(
    'docProps/app.xml',
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>`,
  );
  // Sheets are rId1…n, then the theme, styles and shared strings.
  const sheets = contents
    .map((c, i) => `<sheet${attributes({ name: c.name, sheetId: i + 1, state: c.visibility === 'visible' ? undefined : c.visibility })} r:id="rId${i + 1}"/>`)
    .join('');
  // Rows printed on every page, as Excel keeps them: a name local to the sheet.
  const titles = contents.flatMap((c, i) =>
    c.page?.repeatRows
      ? [
          `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(`'${c.name.replace(/'/g, "''")}'!$${c.page.repeatRows.first + 1}:$${c.page.repeatRows.last + 1}`)}</definedName>`,
        ]
      : [],
  );
  const names = titles.length > 0 ? `<definedNames>${titles.join('')}</definedNames>` : '';
  yield whole(
    'xl/workbook.xml',
    `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets>${sheets}</sheets>${names}</workbook>`,
  );
  yield whole(
    'xl/_rels/workbook.xml.rels',
    relationships([
      ...contents.map((_, i) => ({ type: `${REL_TYPES}/worksheet`, target: sheetPath(i) })),
      { type: `${REL_TYPES}/theme`, target: 'theme/theme1.xml' },
      { type: `${REL_TYPES}/styles`, target: 'styles.xml' },
      { type: `${REL_TYPES}/sharedStrings`, target: 'sharedStrings.xml' },
    ]),
  );
  yield whole('xl/theme/theme1.xml', options.theme);
  const styles = styleTable();
  const strings = sharedStrings();
  for (const [i, content] of contents.entries()) yield { name: `xl/${sheetPath(i)}`, pieces: sheetXml(content, styles, strings) };
  yield whole('xl/styles.xml', styles.xml());
  yield whole('xl/sharedStrings.xml', strings.xml());
}
