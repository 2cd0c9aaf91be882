import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analyse, readWorkbooks, reportDocument, type ReportDocument } from '../../../src/engine';
import { reportDocxBytes } from '../../../src/workbook/docx/report-docx';
import { book, check, infoSheet, registrations, type Model } from '../../engine/builder';
import { seed004Sheets } from '../../fixtures/seed004';
import { toGrids } from '../../helpers/grids';
import { pdfPages, toPdf } from '../../helpers/libreoffice';

/**
 * The three kinds of report as Word documents, rendered by LibreOffice: the year report (seed 004),
 * the commune's (seed 001, `Cấp` `Xã`) and the period review (seed 000). Each prints on A4 portrait,
 * with its sentences whole; the first page of each is kept as an image in test-artifacts/reports
 * (the README shows copies, docs/images/bao-cao-*.png).
 */
jest.setTimeout(180_000);

const ARTIFACTS = path.resolve(__dirname, '../../../test-artifacts/reports');
const many = (n: number, model: Model, prefix: string): Model[] => Array.from({ length: n }, (_, i) => ({ ...model, name: `${prefix} ${i + 1}` }));

function yearReport(): ReportDocument {
  const dataset = readWorkbooks([toGrids(seed004Sheets())]);
  return reportDocument(dataset, analyse(dataset).counted);
}

function communeReport(): ReportDocument {
  const year: Model = { year: 2024, unit: 'Chi bộ thôn Nà Pài', field: 3 };
  const models = [
    ...many(4, { ...year, kind: 'Tập thể', status: 'Đề nghị công nhận' }, 'Đường bê tông thôn'),
    ...many(2, { ...year, kind: 'Tập thể', status: 'Được công nhận', decision: '15-QĐ/HU' }, 'Vườn mẫu'),
    ...many(7, { ...year, kind: 'Tập thể', status: 'Đủ điều kiện bình xét' }, 'Nhà văn hóa'),
    ...many(1, { ...year, kind: 'Cá nhân', status: 'Đề nghị công nhận' }, 'Hộ gia đình tiêu biểu'),
    ...many(4, { ...year, kind: 'Cá nhân', status: 'Đăng ký' }, 'Trồng rừng'),
  ];
  const info = infoSheet({
    'Cơ quan cấp trên': 'Đảng bộ huyện Chợ Mới',
    'Cơ quan báo cáo': 'Đảng ủy xã Lục Bình',
    Cấp: 'Xã',
    'Năm báo cáo': 2024,
    'Thẩm quyền ký': 'T/M Đảng ủy',
    'Chức vụ người ký': 'Bí thư',
    'Người ký': 'Hà Văn Sơn',
    'Địa danh': 'Lục Bình',
    'Nơi nhận': 'Ban Dân vận Huyện ủy; Lưu VP',
  });
  const { dataset, counted } = check(book([registrations(models), info]));
  return reportDocument(dataset, counted);
}

function periodReport(): ReportDocument {
  const recognised = (n: number, year: number, field: number, kind: string, status = 'Được công nhận'): Model[] =>
    many(n, { year, field, kind, status, decision: '1-QĐ/TU', unit: 'Đảng bộ phường Xuất Hóa' }, `Mô hình ${year} ${field} ${kind} ${status}`);
  const models = [
    ...recognised(66, 2021, 3, 'Tập thể'),
    ...recognised(129, 2022, 3, 'Tập thể'),
    ...recognised(3, 2023, 1, 'Tập thể'),
    ...recognised(16, 2023, 2, 'Tập thể'),
    ...recognised(141, 2023, 3, 'Tập thể'),
    ...recognised(18, 2023, 3, 'Tập thể', 'Tiêu biểu'),
    ...recognised(13, 2023, 3, 'Cá nhân'),
    ...recognised(2, 2023, 3, 'Cá nhân', 'Tiêu biểu'),
    ...recognised(9, 2023, 4, 'Tập thể'),
  ];
  const info = infoSheet({
    'Cơ quan cấp trên': 'Đảng bộ tỉnh Bắc Kạn',
    'Cơ quan báo cáo': 'Thành ủy Bắc Kạn',
    'Giai đoạn': '2021-2025',
    'Địa danh': 'Bắc Kạn',
    'Thẩm quyền ký': 'T/M Ban Thường vụ',
    'Chức vụ người ký': 'Phó Bí thư',
  });
  const { dataset, counted } = check(book([registrations(models), info]));
  return reportDocument(dataset, counted, { period: { from: 2021, to: 2025 } });
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dvk-kinds-'));
  mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each([
  ['nam', yearReport, 'kết quả thực hiện phong trào “Dân vận khéo” năm 2022', 'Trong năm, đã có 191 mô hình đăng ký thực hiện'],
  [
    'xa',
    communeReport,
    'kết quả thực hiện phong trào “Dân vận khéo” năm 2024',
    'Trong năm 2024, có 13 tập thể, 05 cá nhân đăng ký thực hiện mô hình dân vận khéo',
  ],
  ['so-ket', periodReport, 'sơ kết thực hiện phong trào “Dân vận khéo” giai đoạn 2021-2023', 'Giai đoạn 2021-2023, có 397 lượt mô hình được công nhận'],
])('the %s report, printed by LibreOffice', (kind, make, subtitle, sentence) => {
  it('prints on A4 portrait with its title, every paragraph whole, and the signature block', async () => {
    const doc = make();
    expect(doc.subtitle).toBe(subtitle);
    const file = path.join(dir, `bao-cao-${kind}.docx`);
    writeFileSync(file, await reportDocxBytes(doc));
    const pdf = toPdf(file, dir);
    const pages = pdfPages(pdf);
    for (const page of pages) expect([Math.round(page.width), Math.round(page.height)]).toEqual([595, 842]);
    const text = pages.map((p) => p.raw).join(' ');
    expect(text).toContain(sentence);
    for (const paragraph of doc.paragraphs) expect(text).toContain(paragraph.split(/\s+/).slice(-4).join(' '));
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    if (doc.signerTitle) expect(text).toContain(doc.signerTitle);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(ARTIFACTS, `bao-cao-${kind}`)]);
  });
});
