/**
 * Hostile or broken .xlsx files, built by the tests: a small zip writer (so sizes can lie and a
 * part can be a real deflate stream of hundreds of megabytes without allocating them), and
 * workbooks whose sheets claim the whole grid, hold thousands of sheets or too many rows, carry
 * validations and merges over whole columns, or cells of 32,767 characters.
 */
import JSZip from 'jszip';
import { deflateRawSync, createDeflateRaw } from 'node:zlib';
import { seed004Sheets, type FixtureSheet } from '../fixtures/seed004';
import { xlsxBuffer } from './write-xlsx';

export interface ZipPart {
  name: string;
  /** The part's content; deflated by the writer. */
  data?: Uint8Array | string;
  /** Already deflated content and its real size (for parts too large to hold inflated). */
  deflated?: { bytes: Uint8Array; size: number };
  /** The uncompressed size written in the headers, when it should lie. */
  declaredSize?: number;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip of the parts (deflated, no zip64), with the sizes each part declares. */
export function zipOf(parts: readonly ZipPart[]): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const raw = typeof part.data === 'string' ? Buffer.from(part.data, 'utf8') : Buffer.from(part.data ?? []);
    const compressed = part.deflated ? Buffer.from(part.deflated.bytes) : deflateRawSync(raw);
    const size = part.declaredSize ?? (part.deflated ? part.deflated.size : raw.length);
    // CRCs are not checked by JSZip as exceljs uses it; a stream given pre-deflated carries none.
    const crc = part.deflated ? 0 : crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(8, 10);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(compressed.length, 20);
    header.writeUInt32LE(size, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    central.push(header, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** A raw deflate stream of `size` bytes of `fill`, made chunk by chunk so the inflated bytes never exist at once. */
export function deflatedFill(size: number, fill = 0x20): Promise<{ bytes: Uint8Array; size: number }> {
  return new Promise((resolve, reject) => {
    const deflate = createDeflateRaw({ level: 1 });
    const out: Buffer[] = [];
    deflate.on('data', (chunk: Buffer) => out.push(chunk));
    deflate.on('end', () => resolve({ bytes: new Uint8Array(Buffer.concat(out)), size }));
    deflate.on('error', reject);
    const chunk = Buffer.alloc(1024 * 1024, fill);
    let left = size;
    const write = (): void => {
      while (left > 0) {
        const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
        left -= piece.length;
        if (!deflate.write(piece)) {
          deflate.once('drain', write);
          return;
        }
      }
      deflate.end();
    };
    write();
  });
}

/** The parts of an .xlsx, inflated, in their order. */
export async function unzipParts(bytes: Uint8Array): Promise<ZipPart[]> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: ZipPart[] = [];
  for (const file of Object.values(zip.files)) if (!file.dir) parts.push({ name: file.name, data: await file.async('uint8array') });
  return parts;
}

const text = (part: ZipPart): string => (typeof part.data === 'string' ? part.data : Buffer.from(part.data ?? []).toString('utf8'));

/** The workbook with its first sheet's XML edited. */
export async function editFirstSheet(bytes: Uint8Array, edit: (xml: string) => string): Promise<Uint8Array> {
  const parts = await unzipParts(bytes);
  return zipOf(parts.map((p) => (p.name === 'xl/worksheets/sheet1.xml' ? { name: p.name, data: edit(text(p)) } : p)));
}

/** Puts elements right after `</sheetData>`, where mergeCells and dataValidations belong. */
export const afterSheetData = (xml: string, elements: string): string => xml.replace('</sheetData>', `</sheetData>${elements}`);

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** A workbook written by hand: one part per sheet, each sheet's XML given whole. */
export function handWorkbook(sheets: ReadonlyArray<{ name: string; xml: string }>, extra: readonly ZipPart[] = []): Uint8Array {
  const ns = 'http://schemas.openxmlformats.org';
  const parts: ZipPart[] = [
    {
      name: '[Content_Types].xml',
      data:
        `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="${ns}/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        sheets
          .map(
            (_, i) =>
              `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join('') +
        '</Types>',
    },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      data:
        `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><sheets>` +
        sheets.map((s, i) => `<sheet name="${escape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
        '</sheets></workbook>',
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data:
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns}/package/2006/relationships">` +
        sheets
          .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
          .join('') +
        '</Relationships>',
    },
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: s.xml })),
    ...extra,
  ];
  return zipOf(parts);
}

/** A worksheet part around `rows` (the `<row>` elements) and whatever follows the sheet data. */
export const sheetXml = (rows: string, after = '', before = ''): string =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${before}<sheetData>${rows}</sheetData>${after}</worksheet>`;

export const inlineCell = (ref: string, value: string): string => `<c r="${ref}" t="inlineStr"><is><t>${escape(value)}</t></is></c>`;

/** `count` rows, each with its number in column A. */
export function numberedRows(count: number): string {
  const rows: string[] = [];
  for (let r = 1; r <= count; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
  return rows.join('');
}

/** The seed 004 workbook (Đăng ký first), as exceljs writes it. */
export const seedWorkbook = async (edit?: (sheets: FixtureSheet[]) => void): Promise<Uint8Array> => {
  const sheets = seed004Sheets();
  edit?.(sheets);
  return new Uint8Array(await xlsxBuffer(sheets));
};

export const LONGEST_CELL = 32_767;

/** One file of each hostile kind, by the name the CLI test gives it. */
export async function hostileCorpus(): Promise<Record<string, Uint8Array>> {
  const seed = await seedWorkbook();
  const seedParts = await unzipParts(seed);
  const sheet1 = seedParts.find((p) => p.name === 'xl/worksheets/sheet1.xml') as ZipPart;
  return {
    'not-a-zip.xlsx': new Uint8Array(Buffer.from('Tên mô hình;Năm\nkhông phải tệp Excel\n', 'utf8')),
    'truncated.xlsx': seed.subarray(0, Math.floor(seed.length / 2)),
    // A part that says it holds 1 GB: refused from the directory, before anything is inflated.
    'bomb-declared.xlsx': zipOf(seedParts.map((p) => (p === sheet1 ? { ...p, declaredSize: 1024 * 1024 * 1024 } : p))),
    // A real 12 MB part of spaces, deflated about a thousand times.
    'bomb-ratio.xlsx': zipOf([...seedParts, { name: 'xl/padding.xml', deflated: await deflatedFill(12 * 1024 * 1024) }]),
    // 300 MB of spaces behind a header claiming 2 KB: inflating stops past 2 KB.
    'bomb-lying.xlsx': zipOf([...seedParts, { name: 'xl/padding.xml', deflated: await deflatedFill(300 * 1024 * 1024), declaredSize: 2048 }]),
    'whole-grid.xlsx': await editFirstSheet(seed, (xml) =>
      xml
        .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')
        .replace('</sheetData>', `<row r="1048576" ht="30" customHeight="1">${inlineCell('XFD1048576', 'góc cuối')}</row></sheetData>`),
    ),
    'whole-column-rules.xlsx': await editFirstSheet(seed, (xml) =>
      afterSheetData(
        xml,
        '<mergeCells count="1"><mergeCell ref="P1:XFD1048576"/></mergeCells>' +
          '<dataValidations count="3">' +
          '<dataValidation type="list" allowBlank="1" sqref="F:F"><formula1>"Tập thể,Cá nhân"</formula1></dataValidation>' +
          '<dataValidation type="list" allowBlank="1" sqref="K1:K1048576"><formula1>"Duy trì,Đăng ký mới"</formula1></dataValidation>' +
          '<dataValidation type="whole" allowBlank="1" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation>' +
          '</dataValidations>',
      ),
    ),
    'too-many-sheets.xlsx': handWorkbook(Array.from({ length: 1_500 }, (_, i) => ({ name: `T${i + 1}`, xml: sheetXml(numberedRows(1)) }))),
    'too-many-rows.xlsx': handWorkbook([{ name: 'Đăng ký', xml: sheetXml(numberedRows(200_001)) }]),
    'long-cells.xlsx': await seedWorkbook((sheets) => {
      const rows = sheets[0].rows;
      const note = rows[0].indexOf('Ghi chú');
      rows[1][note] = 'Ghi chú dài '.padEnd(LONGEST_CELL, 'ư');
    }),
  };
}
