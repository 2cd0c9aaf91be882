import type { Tracking } from '../../src/engine';
import { layoutTrackingSheet } from '../../src/workbook/layout-tracking';

const tracking: Tracking = { year: 2024, deadline: null, units: [] };

describe('Theo dõi nộp', () => {
  it('says which communes’ Khối Dân vận row is missing, when the set keeps the Khối', () => {
    const sheet = layoutTrackingSheet({ ...tracking, khoi: { of: 3, missing: ['Nông Thượng', 'Dương Quang'] } });
    expect(sheet.values.at(-1)).toEqual(['Khối Dân vận cơ sở: còn thiếu dòng của 2/3 xã, phường: Nông Thượng, Dương Quang.']);
    expect(layoutTrackingSheet({ ...tracking, khoi: { of: 3, missing: [] } }).values.at(-1)).toEqual([
      'Khối Dân vận cơ sở: đã có dòng của cả 3 xã, phường trong Danh mục.',
    ]);
  });

  it('says nothing of the Khối otherwise', () => {
    expect(
      layoutTrackingSheet(tracking)
        .values.flat()
        .some((v) => typeof v === 'string' && v.includes('Khối Dân vận')),
    ).toBe(false);
  });
});
