/** Findings carry what they say as a template and parameters: each reader gets them in their own language. */
import { analyse, analyseKhoi, findingText, readWorkbooks, RULES } from '../../src/engine';
import { en } from '../../src/i18n/en';
import { vi } from '../../src/i18n/vi';
import { book, registrations, unitList } from './builder';

/** One workbook that breaks most rules: an unknown kind, an empty name, a bad year, an unlisted unit, a duplicate. */
function messy() {
  const sheets = [
    registrations([
      { name: 'Hũ gạo', kind: 'Nhóm' },
      { name: null },
      { name: 'Sân chơi', year: 1999 },
      { name: 'Tủ sách', unit: 'Chi bộ Lạ' },
      { name: 'Tủ sách', unit: 'Chi bộ Lạ' },
    ]),
    unitList([{ name: 'Chi bộ Văn phòng', bloc: 'Hành chính sự nghiệp' }]),
    {
      name: 'Khối Dân vận',
      rows: [
        ['Năm', 'Xã/phường', 'Số thành viên', 'Thành viên được tập huấn'],
        [2024, 'Xuất Hóa', 10, 12],
      ],
    },
  ];
  const dataset = readWorkbooks([book(sheets)]);
  return [...analyse(dataset).findings, ...analyseKhoi(dataset).findings];
}

describe('findingText', () => {
  const findings = messy();

  it('gives the engine’s own message in Vietnamese', () => {
    expect(findings.length).toBeGreaterThan(5);
    for (const f of findings) expect(findingText(f, vi)).toBe(f.message);
  });

  it('words every finding in English, the place first', () => {
    const texts = findings.map((f) => findingText(f, en));
    expect(texts).toContain('Cell F2: “Nhóm” is not a valid Loại; expected “Tập thể” (collective) or “Cá nhân” (individual).');
    expect(texts.some((t) => t.startsWith('Cell D3: Tên mô hình is missing (required)'))).toBe(true);
    expect(texts.some((t) => /^Cell D\d: duplicate of row \d/.test(t))).toBe(true);
    expect(texts).toContain('Cell D2: Thành viên được tập huấn is 12, more than the members (10).');
    for (const t of texts) expect(t).not.toMatch(/^(Ô|Dòng|Trang) /);
  });

  it('has a template in both languages for every text a rule uses', () => {
    const used = new Set(findings.map((f) => f.words?.key));
    for (const key of used) {
      expect(typeof vi.finding[key as keyof typeof vi.finding]).toBe('function');
      expect(typeof en.finding[key as keyof typeof en.finding]).toBe('function');
    }
    expect(RULES.length).toBeGreaterThan(used.size);
  });
});
