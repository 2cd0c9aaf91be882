/**
 * Workbooks other tools write that Excel opens: part names in capitals, XML in UTF-16, SpreadsheetML
 * under a prefix. Each is read as the same workbook as its plain form, and a damaged one is still refused.
 */
import JSZip from 'jszip';
import { loadXlsx } from '../../../src/workbook/xlsx/load-xlsx';
import { canonicalPartName, plainXml } from '../../../src/workbook/xlsx/normalize-package';
import { zlibInflater } from '../../../src/workbook/xlsx/node/zlib-inflate';
import { workbookGrids } from '../../helpers/exceljs-grids';
import { seedWorkbook } from '../../helpers/hostile-files';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

async function rewritten(edit: (name: string, text: string) => { name: string; data: string | Uint8Array }): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await seedWorkbook());
  const out = new JSZip();
  for (const [name, file] of Object.entries(zip.files)) {
    if (file.dir) continue;
    const result = edit(name, await file.async('string'));
    out.file(result.name, result.data);
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Every XML part with its SpreadsheetML elements under the prefix `x:`. */
const prefixed = (text: string): string =>
  text.includes(`xmlns="${MAIN}"`) ? text.replace(/<(\/?)(?![?!])([A-Za-z])/g, '<$1x:$2').replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`) : text;

const utf16 = (text: string): Uint8Array => {
  const body = text.replace(/encoding="UTF-8"/i, 'encoding="UTF-16"');
  const bytes = new Uint8Array(2 + body.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < body.length; i++) {
    bytes[2 + 2 * i] = body.charCodeAt(i) & 0xff;
    bytes[3 + 2 * i] = body.charCodeAt(i) >> 8;
  }
  return bytes;
};

let plainGrids: ReturnType<typeof workbookGrids>;
beforeAll(async () => {
  const loaded = await loadXlsx(await seedWorkbook(), { inflater: zlibInflater });
  if (!loaded.ok) throw new Error('the seed workbook does not load');
  plainGrids = workbookGrids(loaded.workbook);
});

/** The workbook's grids, read with the command line's inflater and with the browsers' (they must agree). */
async function gridsOf(bytes: Uint8Array) {
  const cli = await loadXlsx(bytes, { inflater: zlibInflater });
  const page = await loadXlsx(bytes);
  expect(cli).toMatchObject({ ok: true, lossy: [] });
  expect(page).toMatchObject({ ok: true, lossy: [] });
  expect(page.ok && workbookGrids(page.workbook)).toEqual(cli.ok && workbookGrids(cli.workbook));
  return cli.ok ? workbookGrids(cli.workbook) : null;
}

describe('packages other tools write', () => {
  it('part names in capitals (references too) read as the plain workbook', async () => {
    const upper = await rewritten((name, text) =>
      name === '[Content_Types].xml'
        ? { name, data: text.replace(/PartName="([^"]*)"/g, (_, v: string) => `PartName="${v.toUpperCase()}"`) }
        : { name: name.toUpperCase(), data: text.replace(/Target="([^"]*)"/g, (_, v: string) => `Target="${v.toUpperCase()}"`) },
    );
    expect(await gridsOf(upper)).toEqual(plainGrids);
  });

  it('SpreadsheetML under a prefix reads as the plain workbook', async () => {
    expect(await gridsOf(await rewritten((name, text) => ({ name, data: prefixed(text) })))).toEqual(plainGrids);
  });

  it('XML in UTF-16 (with its byte-order mark) reads as the plain workbook', async () => {
    expect(await gridsOf(await rewritten((name, text) => ({ name, data: /\.xml$/.test(name) ? utf16(text) : text })))).toEqual(plainGrids);
  });

  it('a UTF-16 sheet is still held to the limits (its rows counted once plain)', async () => {
    const bytes = await rewritten((name, text) => ({ name, data: name === 'xl/worksheets/sheet1.xml' ? utf16(text) : text }));
    expect(await loadXlsx(bytes, { inflater: zlibInflater, limits: { rows: 10 } })).toMatchObject({ ok: false, reason: 'tooManyRows', limit: 10 });
  });

  it('names only the parts exceljs reads in their own case; plain XML is left as it is', () => {
    expect(['XL/WORKBOOK.XML', 'xl/SHAREDSTRINGS.XML', 'XL/WORKSHEETS/SHEET12.XML', 'DOCPROPS/CORE.XML', 'xl/media/Image1.PNG'].map(canonicalPartName)).toEqual(
      ['xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/worksheets/sheet12.xml', 'docProps/core.xml', 'xl/media/Image1.PNG'],
    );
    const xml = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData/></worksheet>`;
    expect(plainXml(new TextEncoder().encode(xml))).toBe(xml);
  });
});
