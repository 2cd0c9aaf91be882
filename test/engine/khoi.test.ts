/** The Khối Dân vận cơ sở (seed 002): reading the sheet, its checks, the figures, the targets and the report's words. */
import { analyseKhoi, khoiFigures, khoiParagraphs, readWorkbooks, reportDocument, reportTables, type CellValue } from '../../src/engine';
import { COMMUNES, HEADER, khoiRows, SEED_002_FIGURES, seed002Sheets } from '../fixtures/seed002';
import { toGrids } from '../helpers/grids';

const read = (rows: CellValue[][], extra: Array<{ name: string; rows: CellValue[][] }> = []) =>
  readWorkbooks([toGrids([...extra, { name: 'Khối Dân vận', rows }])]);
const figuresOf = (rows: CellValue[][], extra: Array<{ name: string; rows: CellValue[][] }> = []) => {
  const dataset = read(rows, extra);
  const { counted, excluded } = analyseKhoi(dataset);
  return khoiFigures(counted, 2023, excluded);
};
const rulesOf = (rows: CellValue[][], extra: Array<{ name: string; rows: CellValue[][] }> = []) =>
  analyseKhoi(read(rows, extra)).findings.map((f) => [f.rule, f.cell]);

describe('the figures of seed 002', () => {
  const dataset = readWorkbooks([toGrids(seed002Sheets())]);
  const { counted, excluded, findings } = analyseKhoi(dataset);
  const figures = khoiFigures(counted, 2023, excluded);

  it('reads every row without a finding', () => {
    expect(findings).toEqual([]);
    expect(dataset.readFindings).toEqual([]);
  });

  it('gives the published totals: 108 Khối, 1.265 members, 282/54/823, 997, 02 and 106 heads, 327 trained', () => {
    expect({ ...figures, targets: [] }).toMatchObject({ ...SEED_002_FIGURES, targets: [] });
  });

  it('counts the seven targets, target 5 by district, and names who misses each', () => {
    expect(figures.targets.map(({ target, met, of }) => ({ target, met, of }))).toEqual(SEED_002_FIGURES.targets);
    expect(figures.targets[0].missing).toEqual([COMMUNES[3].commune, COMMUNES[40].commune]);
    expect(figures.targets[4].missing).toEqual(['Pác Nặm']);
  });

  it('writes seed 002’s sentences word for word, then each target', () => {
    const paragraphs = khoiParagraphs(figures, 'Tỉnh');
    expect(paragraphs.slice(0, 3)).toEqual([
      'Toàn tỉnh hiện nay có 108 Khối Dân vận cơ sở (sau đây viết tắt là Khối) với 1.265 thành viên. Số thành viên có trình độ chuyên môn trung cấp là 282 người; cao đẳng là 54 người; đại học trở lên là 823 người; số thành viên có trình độ lý luận chính trị từ trung cấp trở lên là 997 người.',
      'Trưởng khối là Bí thư Đảng ủy: có 02/108 xã chiếm tỷ lệ 1,85%; Trưởng khối là Phó Bí thư Đảng ủy: có 106/108 xã, phường, thị trấn chiếm tỷ lệ 98,15%.',
      'Tỷ lệ thành viên của Khối chưa qua tập huấn, bồi dưỡng về kỹ năng, nghiệp vụ công tác dân vận là 74,15%.',
    ]);
    expect(paragraphs).toContain(
      `(1) Kiện toàn Khối đúng, đủ thành phần; xây dựng quy chế hoạt động và phân công nhiệm vụ cho các thành viên: 106/108 xã, phường, thị trấn đạt (98,15%); chưa đạt: ${COMMUNES[3].commune}, ${COMMUNES[40].commune}.`,
    );
    expect(paragraphs).toContain(
      '(2) Thành viên Khối được tham gia tập huấn phương pháp, kỹ năng công tác vận động quần chúng: chưa có xã, phường, thị trấn nào đạt (0/108).',
    );
    // More communes than can be read are counted, not named.
    const many = khoiParagraphs(
      { ...figures, targets: figures.targets.map((t) => (t.target === 1 ? { ...t, met: 80, missing: COMMUNES.slice(0, 28).map((c) => c.commune) } : t)) },
      'Tỉnh',
    );
    expect(many).toContain(
      '(1) Kiện toàn Khối đúng, đủ thành phần; xây dựng quy chế hoạt động và phân công nhiệm vụ cho các thành viên: 80/108 xã, phường, thị trấn đạt (74,07%); 28 xã, phường, thị trấn chưa đạt.',
    );
    expect(paragraphs).toContain(
      '(5) Mỗi huyện, thành phố xây dựng được ít nhất 01 mô hình hoạt động Khối làm điểm: 07/08 huyện, thành phố đạt (87,5%); chưa đạt: Pác Nặm.',
    );
  });

  it('puts them in the year report and Biểu 05 of a workbook that has the sheet, and only then', () => {
    const doc = reportDocument(dataset, []);
    expect(doc.subtitle).toBe('kết quả thực hiện phong trào “Dân vận khéo” năm 2023');
    expect(doc.paragraphs[0]).toMatch(/^Toàn tỉnh hiện nay có 108 Khối Dân vận cơ sở/);
    const bieu05 = reportTables(dataset, []).find((t) => t.id === 'bieu-05')!;
    expect(bieu05.caption).toBe('Khối Dân vận cơ sở và kết quả thực hiện các mục tiêu năm 2023');
    const total = bieu05.body.at(-1)!;
    expect(total.slice(1, 8)).toEqual(['Tổng cộng (108 Khối)', 1265, 282, 54, 823, 997, 327]);
    expect(total.slice(9)).toEqual([106, 0, 105, 107, 7, 106, 107]);
    // Grouped by district: one subtotal row per district, then its communes.
    expect(bieu05.rowKinds.filter((k) => k === 'subtotal')).toHaveLength(8);
    const withoutKhoi = readWorkbooks([toGrids([{ name: 'Đăng ký', rows: [['Năm', 'Tên mô hình', 'Loại', 'Chi, đảng bộ']] }])]);
    expect(reportTables(withoutKhoi, []).map((t) => t.id)).toEqual(['bieu-01', 'bieu-02', 'bieu-03', 'bieu-04']);
  });

  it('counts the same from the sheet as a clerk keeps it: a title block, headers without diacritics, ticks, rates as text', () => {
    const loose = khoiRows().map((r) => r.map((v) => (v === 'Có' ? 'x' : v === 95 ? '95%' : typeof v === 'string' ? v.normalize('NFD') : v)));
    const header = HEADER.map((h) =>
      h
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/đ/g, 'd')
        .replace(/Đ/g, 'D'),
    );
    const rows = [['BẢNG THEO DÕI KHỐI DÂN VẬN CƠ SỞ NĂM 2023'], [], header, ...loose];
    const f = figuresOf(rows);
    expect([f.khoi, f.members, f.trained, f.targets[2].met, f.targets[4].met]).toEqual([108, 1265, 327, 105, 7]);
  });
});

describe('the khoi- rules, each with a passing and a failing case', () => {
  const H = ['Năm', 'Xã/phường', 'Số thành viên', 'Trung cấp', 'Cao đẳng', 'Đại học trở lên', 'Thành viên được tập huấn', 'Tỷ lệ quán triệt (%)', 'Xếp loại'];
  const ok: CellValue[] = [2024, 'Xã Lục Bình', 10, 2, 1, 5, 10, 95, 'Hoàn thành tốt nhiệm vụ'];
  const withCell = (i: number, v: CellValue): CellValue[] => ok.map((x, j) => (j === i ? v : x));

  it('passes a complete, consistent row', () => {
    expect(rulesOf([H, ok])).toEqual([]);
  });
  it('khoi-required: year, commune or members missing', () => {
    expect(rulesOf([H, withCell(2, null)])).toEqual([['khoi-required', 'C2']]);
  });
  it('khoi-invalid-value: not a whole number, a rate over 100, an unknown rating', () => {
    const other = (row: CellValue[], commune: string): CellValue[] => row.map((v, j) => (j === 1 ? commune : v));
    expect(rulesOf([H, withCell(3, 2.5), other(withCell(7, '120%'), 'Xã A'), other(withCell(8, 'Tốt'), 'Xã B')])).toEqual([
      ['khoi-invalid-value', 'D2'],
      ['khoi-invalid-value', 'H3'],
      ['khoi-invalid-value', 'I4'],
    ]);
  });
  it('khoi-count: trained above the members', () => {
    expect(rulesOf([H, withCell(6, 11)])).toEqual([['khoi-count', 'G2']]);
  });
  it('khoi-education: the three levels together above the members', () => {
    expect(rulesOf([H, withCell(5, 8)])).toEqual([['khoi-education', 'F2']]);
  });
  it('khoi-duplicate: a commune twice in a year, on the second row only', () => {
    expect(rulesOf([H, ok, ok.map((v) => (v === 'Xã Lục Bình' ? 'xã lục bình' : v))])).toEqual([['khoi-duplicate', 'B3']]);
    expect(rulesOf([H, ok, withCell(0, 2025)])).toEqual([]);
  });
  it('khoi-members: outside 5-20 is a warning, and the row still counts', () => {
    const rows = [H, withCell(2, 25)];
    expect(rulesOf(rows)).toEqual([['khoi-members', 'C2']]);
    expect(analyseKhoi(read(rows)).counted).toHaveLength(1);
  });
  it('khoi-commune-unknown: only when Danh mục lists communes; `Xã Lục Bình` is the place `Lục Bình`', () => {
    const list = (commune: string) => [
      {
        name: 'Danh mục',
        rows: [
          ['Đơn vị', 'Khối', 'Xã/phường'],
          ['Đảng ủy xã', 'Xã, phường', commune],
        ],
      },
    ];
    expect(rulesOf([H, ok], list('Lục Bình'))).toEqual([]);
    expect(rulesOf([H, ok], list('Yên Đĩnh'))).toEqual([['khoi-commune-unknown', 'B2']]);
    expect(rulesOf([H, ok])).toEqual([]);
  });
  it('an error leaves the row out of the figures, and says how many', () => {
    const f = figuresOf([H, ok, withCell(1, 'Xã Khác').map((v, j) => (j === 6 ? 99 : v))].map((r) => r.map((v) => (v === 2024 ? 2023 : v))));
    expect([f.khoi, f.excluded]).toEqual([1, 1]);
  });
});
