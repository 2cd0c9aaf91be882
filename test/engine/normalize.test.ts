/** The spec's normalisation: cleanText (meaning kept), normText (names), normLoose (headers and enumerated values). */
import { cleanText, compareVi, normLoose, normText } from '../../src/engine';

describe('cleanText', () => {
  it('composes to NFC', () => {
    const nfd = 'Xuất Hóa'.normalize('NFD');
    expect(nfd).not.toBe('Xuất Hóa');
    expect(cleanText(nfd)).toBe('Xuất Hóa');
  });

  it('trims and turns whitespace runs (non-breaking spaces, tabs, line breaks) into one space', () => {
    expect(cleanText('  Tên\u00A0\u00A0mô\t hình\r\n điển  hình \u202F')).toBe('Tên mô hình điển hình');
  });

  it('removes zero-width characters and soft hyphens', () => {
    expect(cleanText('\uFEFFHũ\u200B gạo\u200C tình\u00ADthương\u200D\u2060')).toBe('Hũ gạo tìnhthương');
  });

  it('keeps case, diacritics, punctuation and tone placement', () => {
    expect(cleanText('Thuỷ lợi, HOÁ chất!')).toBe('Thuỷ lợi, HOÁ chất!');
  });
});

describe('normText', () => {
  it('ignores case, composition, spaces and invisible characters', () => {
    const key = normText('Đảng bộ xã Xuất Hóa');
    expect(key).toBe('đảng bộ xã xuất hóa');
    expect(normText('ĐẢNG BỘ XÃ XUẤT HÓA')).toBe(key);
    expect(normText('Đảng bộ xã Xuất Hóa'.normalize('NFD'))).toBe(key);
    expect(normText(' Đảng\u00A0bộ \n xã\u200B Xuất Hó\u00ADa ')).toBe(key);
  });

  it.each([
    ['Hoá', 'Hóa'],
    ['hoà', 'hòa'],
    ['Khoẻ', 'Khỏe'],
    ['Thuỷ', 'Thủy'],
    ['thuý', 'thúy'],
    ['Uỷ ban', 'Ủy ban'],
    ['Đảng uỷ', 'Đảng ủy'],
    ['HOÁ', 'HÓA'],
    ['Xuất Hoá', 'Xuất Hóa'],
  ])('unifies old and new tone placement: %s = %s', (old, current) => {
    expect(normText(old)).toBe(normText(current));
    expect(normText(old.normalize('NFD'))).toBe(normText(current));
  });

  it.each([['Quý'], ['quỳnh'], ['Hoàng'], ['toán'], ['Thuyền'], ['huỳnh'], ['khuya']])('leaves %s as it is', (word) => {
    expect(normText(word)).toBe(word.toLowerCase());
  });

  it('keeps diacritics and punctuation: different names stay different', () => {
    expect(normText('Hũ gạo tình thương')).not.toBe(normText('Hu gao tinh thuong'));
    expect(normText('Chi bộ 1')).not.toBe(normText('Chi bộ 1.'));
  });

  it('an empty or blank value is the empty key', () => {
    expect(normText('')).toBe('');
    expect(normText(' \u00A0\u200B ')).toBe('');
  });
});

describe('normLoose', () => {
  it('also drops diacritics (đ as d) and punctuation', () => {
    expect(normLoose('Tên mô hình/điển hình')).toBe('ten mo hinh dien hinh');
    expect(normLoose('Tên mô hình, điển hình')).toBe('ten mo hinh dien hinh');
    expect(normLoose('Chi, đảng bộ')).toBe('chi dang bo');
    expect(normLoose('Số QĐ')).toBe('so qd');
    expect(normLoose('  ĐƯỢC   CÔNG NHẬN. ')).toBe('duoc cong nhan');
    expect(normLoose('Hu gao tinh thuong!')).toBe(normLoose('Hũ gạo tình thương'));
  });

  it('keeps digits', () => {
    expect(normLoose('LV.3')).toBe('lv 3');
    expect(normLoose('Lĩnh vực 3')).toBe('linh vuc 3');
  });

  it('is the same for NFC, NFD and old tone placement', () => {
    expect(normLoose('Văn hoá'.normalize('NFD'))).toBe(normLoose('Văn hóa'));
  });
});

describe('compareVi', () => {
  it('orders names the Vietnamese way (a ă â … d đ …), not by code point', () => {
    const names = ['Xuất Hóa', 'Đức Xuân', 'Dương Quang', 'Ân Thi', 'An Bình', 'Ăn Cư', 'Sông Cầu', 'Bằng Lũng'];
    expect([...names].sort(compareVi)).toEqual(['An Bình', 'Ăn Cư', 'Ân Thi', 'Bằng Lũng', 'Dương Quang', 'Đức Xuân', 'Sông Cầu', 'Xuất Hóa']);
  });
});
