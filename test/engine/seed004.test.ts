import { analyse, readWorkbooks, reportDocument, summarize } from '../../src/engine';
import { SEED004_FIGURES as F, seed004Sheets } from '../fixtures/seed004';
import { toGrids } from '../helpers/grids';

const dataset = readWorkbooks([toGrids(seed004Sheets(), 'bac-kan-2022.xlsx')]);
const analysis = analyse(dataset);
const rows = analysis.counted;
const by = (...dims: Parameters<typeof summarize>[1]) => summarize(rows, dims);
const group = (s: ReturnType<typeof summarize>, values: Record<string, unknown>) =>
  s.groups.find((g) => Object.entries(values).every(([k, v]) => g.values[k as keyof typeof g.values] === v))?.measures;

describe('the seed 004 workbook (Bắc Kạn, 2022)', () => {
  it('reads cleanly: no errors or warnings, nothing excluded', () => {
    expect(analysis.findings).toEqual([]);
    expect(analysis.excluded).toBe(0);
  });

  it('registered 191: duy trì 73, đăng ký mới 118', () => {
    const s = by('registration');
    expect(s.total.registered).toBe(F.registered);
    expect(group(s, { registration: 'Duy trì' })?.registered).toBe(73);
    expect(group(s, { registration: 'Đăng ký mới' })?.registered).toBe(118);
  });

  it('by field: 04 (new 04), 20 (10, 10), 164 (62, 102), 03 (01, 02)', () => {
    const s = by('field', 'registration');
    const cell = (field: number, registration: string) => group(s, { field, registration })?.registered ?? 0;
    expect([1, 2, 3, 4].map((f) => [cell(f, 'Duy trì'), cell(f, 'Đăng ký mới')])).toEqual([
      [0, 4],
      [10, 10],
      [62, 102],
      [1, 2],
    ]);
  });

  it('eligible 160: tập thể 147, cá nhân 13', () => {
    const s = by('kind');
    expect(s.total.eligible).toBe(160);
    expect(group(s, { kind: 'Tập thể' })?.eligible).toBe(147);
    expect(group(s, { kind: 'Cá nhân' })?.eligible).toBe(13);
  });

  it('recognised 129 from 29 units, by kind and registration 49, 69, 01, 10', () => {
    const s = by('kind', 'registration');
    expect(s.total.recognized).toBe(129);
    expect(s.total.unitsRecognized).toBe(29);
    expect(
      [
        ['Tập thể', 'Duy trì'],
        ['Tập thể', 'Đăng ký mới'],
        ['Cá nhân', 'Duy trì'],
        ['Cá nhân', 'Đăng ký mới'],
      ].map(([kind, registration]) => group(s, { kind, registration })?.recognized),
    ).toEqual([49, 69, 1, 10]);
  });

  it('recognised by bloc: 30 from 13 units, 11 from 4, 04 from 4, 84 from 8', () => {
    const s = by('bloc');
    expect(s.groups.map((g) => [g.values.bloc, g.measures.recognized, g.measures.unitsRecognized])).toEqual([
      ['Hành chính sự nghiệp', 30, 13],
      ['Nội chính', 11, 4],
      ['Doanh nghiệp', 4, 4],
      ['Xã, phường', 84, 8],
    ]);
  });

  it('recognised by commune: Xuất Hóa 19, Đức Xuân 16, … Phùng Chí Kiên 04', () => {
    const s = by('commune');
    const recognised = s.groups
      .filter((g) => g.values.commune !== null && g.measures.recognized > 0)
      .map((g) => ({ commune: g.values.commune, models: g.measures.recognized }))
      .sort((a, b) => b.models - a.models);
    expect(recognised).toEqual(F.recognizedByCommune);
  });

  it('the five row measures of every dimension add up to the total', () => {
    for (const dim of ['year', 'field', 'kind', 'registration', 'bloc', 'unit', 'commune', 'status'] as const) {
      const s = by(dim);
      for (const m of ['registered', 'eligible', 'proposed', 'recognized', 'exemplary'] as const) {
        expect(s.groups.reduce((sum, g) => sum + g.measures[m], 0)).toBe(s.total[m]);
      }
    }
  });

  it('writes the first sentence of the report word for word as seed 004 does', () => {
    const doc = reportDocument(dataset, rows);
    expect(doc.paragraphs[0]).toContain(
      'Trong năm, đã có 191 mô hình đăng ký thực hiện (trong đó duy trì 73, đăng ký mới 118 mô hình), cụ thể: ' +
        'Dân vận khéo trong xây dựng Đảng, chính quyền, MTTQ, các đoàn thể, đoàn viên, hội viên có 04 mô hình đăng ký mới; ' +
        'Dân vận khéo trong thực hiện cải cách hành chính, xây dựng công sở, nâng cao chất lượng đội ngũ đảng viên, cán bộ, công chức, viên chức ' +
        'có 20 mô hình (duy trì 10, đăng ký mới 10); Dân vận khéo trong xây dựng nông thôn mới, đô thị văn minh có 164 mô hình ' +
        '(duy trì 62, đăng ký mới 102); Dân vận khéo trong giữ gìn và phát huy bản sắc văn hóa dân tộc, cố kết cộng đồng gắn với du lịch, ' +
        'dịch vụ có 03 mô hình (duy trì 01, đăng ký mới 02).',
    );
    expect(doc.paragraphs[0]).toContain('Số mô hình đủ điều kiện để bình xét, đánh giá, phân loại năm 2022 là 160 (tập thể 147, cá nhân 13 mô hình).');
  });

  it('writes recognition, kinds and blocs with their units and communes as seed 004 does', () => {
    const doc = reportDocument(dataset, rows);
    expect(doc.paragraphs[1]).toContain('công nhận 129 mô hình “Dân vận khéo” của 29 chi, đảng bộ năm 2022.');
    expect(doc.paragraphs[2]).toBe(
      'Đối với mô hình tập thể: duy trì 49, đăng ký mới 69; đối với mô hình cá nhân: duy trì 01, đăng ký mới 10. ' +
        'Trong đó, khối hành chính sự nghiệp có 30 mô hình/13 chi, đảng bộ (trong đó 06 mô hình cá nhân); ' +
        'khối Nội chính có 11 mô hình/04 chi, đảng bộ; khối doanh nghiệp có 04 mô hình/04 doanh nghiệp; ' +
        'khối xã phường có 84 mô hình, cụ thể: Xuất Hóa 19, Đức Xuân 16, Nguyễn Thị Minh Khai 14, Nông Thượng 12, ' +
        'Sông Cầu 08, Dương Quang 07, Huyền Tụng 04, Phùng Chí Kiên 04 (trong đó 05 mô hình cá nhân).',
    );
    expect(doc.header).toEqual({
      superior: 'ĐẢNG BỘ TỈNH BẮC KẠN',
      issuer: 'THÀNH ỦY BẮC KẠN',
      // No `Số ký hiệu` nor `Ngày báo cáo` given: left blank for the clerk's pen, never made up.
      number: 'Số\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0-BC',
      party: 'ĐẢNG CỘNG SẢN VIỆT NAM',
      dateLine: 'Bắc Kạn, ngày\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0tháng\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0năm 2022',
    });
    expect(doc.basis).toMatch(/^Thực hiện Kế hoạch số 85-KH\/TU ngày 11\/02\/2022/);
    expect(doc.recipients).toEqual(['- BCĐ QCDC&DVK Tỉnh ủy (báo cáo),', '- Ban Dân vận Tỉnh ủy,', '- Lưu Văn phòng Thành ủy.']);
    expect([doc.signerTitle, doc.signer]).toEqual(['PHÓ TRƯỞNG BAN DÂN VẬN THÀNH ỦY', 'Phạm Ngọc San']);
  });
});
