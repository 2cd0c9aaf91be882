/**
 * Old and new tone placement (`Hoá`/`Hóa`, `Thuỷ`/`Thủy`, `Uỷ`/`Ủy`) name the same unit, commune
 * and bloc everywhere, and every output uses the spelling of `Danh mục`.
 */
import { DIMENSIONS, reportDocument, reportTables, summarize } from '../../src/engine';
import { toTcvn3 } from '../helpers/legacy-text';
import { checkSheets, infoSheet, ofRule, registrations, unitList, type Model } from './builder';

/** Danh mục's spellings: new placement for some names, old for others (clerks' lists have both). */
const UNITS = [
  { name: 'Đảng bộ xã Xuất Hóa', bloc: 'Xã, phường', commune: 'Xuất Hóa' },
  { name: 'Đảng bộ phường Thủy Xuân', bloc: 'Xã, phường', commune: 'Thủy Xuân' },
  { name: 'Chi bộ Văn phòng Huyện uỷ', bloc: 'Khối Thuỷ lợi' },
  { name: 'Chi bộ Ủy ban nhân dân xã', bloc: 'Hành chính sự nghiệp' },
];

/** The rows spell each name the other way, in several cases. */
const MODELS: Model[] = [
  { name: 'Hũ gạo tình thương', unit: 'Đảng bộ xã Xuất Hoá', commune: 'Xuất Hoá', bloc: 'Xã, phường' },
  { name: 'Con đường bích họa', unit: 'ĐẢNG BỘ XÃ XUẤT HOÁ', status: 'Được công nhận', decision: '1-QĐ/HU' },
  { name: 'Vườn thuốc nam', unit: 'Đảng bộ phường Thuỷ Xuân', commune: 'thuỷ xuân' },
  { name: 'Tổ tự quản', unit: 'Chi bộ Văn phòng Huyện ủy', bloc: 'Khối Thủy lợi', status: 'Tiêu biểu', decision: '2-QĐ/HU' },
  { name: 'Một cửa thân thiện', unit: 'chi bộ văn phòng huyện Ủy', kind: 'Cá nhân', implementer: 'Hoàng Thị Thủy' },
  { name: 'Dân vận khéo', unit: 'Chi bộ Uỷ ban nhân dân xã' },
  { name: 'Sạch làng', unit: toTcvn3('Chi bộ Uỷ ban nhân dân xã') },
];

const OTHER_SPELLINGS = ['Xuất Hoá', 'XUẤT HOÁ', 'Thuỷ Xuân', 'thuỷ xuân', 'Huyện ủy', 'huyện Ủy', 'Khối Thủy lợi', 'Uỷ ban'];

const result = () => checkSheets(registrations(MODELS), unitList(UNITS), infoSheet({ 'Năm báo cáo': 2024, 'Cơ quan báo cáo': 'Huyện ủy Bạch Thông' }));

describe('tone placement', () => {
  it('matches every unit, commune and bloc with Danh mục, without a warning', () => {
    const { counted, findings } = result();
    expect(counted).toHaveLength(MODELS.length);
    expect(counted.every((r) => r.unitListed)).toBe(true);
    for (const rule of ['unit-unknown', 'bloc-mismatch', 'commune-missing', 'invalid-value', 'near-duplicate'] as const)
      expect(ofRule(findings, rule)).toEqual([]);
  });

  it('reports units, communes and blocs under the spelling of Danh mục', () => {
    const { counted } = result();
    expect(counted.map((r) => [r.unit, r.commune, r.bloc])).toEqual([
      ['Đảng bộ xã Xuất Hóa', 'Xuất Hóa', 'Xã, phường'],
      ['Đảng bộ xã Xuất Hóa', 'Xuất Hóa', 'Xã, phường'],
      ['Đảng bộ phường Thủy Xuân', 'Thủy Xuân', 'Xã, phường'],
      ['Chi bộ Văn phòng Huyện uỷ', null, 'Khối Thuỷ lợi'],
      ['Chi bộ Văn phòng Huyện uỷ', null, 'Khối Thuỷ lợi'],
      ['Chi bộ Ủy ban nhân dân xã', null, 'Hành chính sự nghiệp'],
      ['Chi bộ Ủy ban nhân dân xã', null, 'Hành chính sự nghiệp'],
    ]);
  });

  it('groups summaries, Biểu tables and the report text under one spelling each, that of Danh mục', () => {
    const { dataset, counted } = result();
    const byUnit = summarize(counted, ['unit']);
    expect(byUnit.groups.map((g) => [g.values.unit, g.measures.registered])).toEqual(
      expect.arrayContaining([
        ['Đảng bộ xã Xuất Hóa', 2],
        ['Đảng bộ phường Thủy Xuân', 1],
        ['Chi bộ Văn phòng Huyện uỷ', 2],
        ['Chi bộ Ủy ban nhân dân xã', 2],
      ]),
    );
    expect(byUnit.groups).toHaveLength(4);
    expect(summarize(counted, ['commune']).groups.map((g) => g.values.commune)).toEqual(expect.arrayContaining(['Xuất Hóa', 'Thủy Xuân']));
    expect(summarize(counted, ['bloc'], { blocs: dataset.blocs }).groups.map((g) => g.values.bloc)).toEqual(
      expect.arrayContaining(['Khối Thuỷ lợi', 'Xã, phường', 'Hành chính sự nghiệp']),
    );
    const outputs = JSON.stringify([
      DIMENSIONS.map((d) => summarize(counted, [d], { blocs: dataset.blocs })),
      reportTables(dataset, counted),
      reportDocument(dataset, counted),
    ]);
    for (const spelling of ['Xuất Hóa', 'Thủy Xuân', 'Huyện uỷ', 'Khối Thuỷ lợi', 'Ủy ban nhân dân']) expect(outputs).toContain(spelling);
    for (const spelling of OTHER_SPELLINGS) expect(outputs).not.toContain(spelling);
  });
});
