/**
 * Text typed in TCVN3 (ABC) or VNI-Windows: detected per cell, decoded to Unicode, and never taken
 * for legacy text when it is Unicode Vietnamese, English, numbers or Western names.
 */
import iconv from 'iconv-lite';
import { cellText, decodeLegacy, detectLegacy, isSyllable, planEncodingFix } from '../../src/engine';
import { TCVN3_BYTES } from '../../src/engine/legacy-encoding/tables';
import { tcvn3Can, toTcvn3, toVni } from '../helpers/legacy-text';

/** Names as they occur in the registers: units, communes, models, people, statuses, headers. */
export const VIETNAMESE = [
  'Đảng bộ xã Yên Hưng',
  'Chi bộ thôn Nà Pài',
  'Đảng bộ phường Đức Xuân',
  'Chi bộ Văn phòng Huyện ủy',
  'Hội Liên hiệp Phụ nữ',
  'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
  'Hội Cựu chiến binh',
  'Hũ gạo tình thương',
  'Con đường bích họa',
  'Một cửa thân thiện',
  'Nguyễn Thị Thủy',
  'Lê Văn Tám',
  'Trường THCS Nguyễn Văn Trỗi',
  'Xây dựng Đảng, chính quyền, MTTQ, đoàn thể',
  'Được công nhận',
  'Đủ điều kiện bình xét',
  'Đăng ký mới',
  'Duy trì',
  'Tập thể',
  'Cá nhân',
  'Hành chính sự nghiệp',
  'xã Hà Hiệu, huyện Ba Bể',
  'Khuổi Cuồng',
  'Phiêng Luông',
  'Quyết định số 12 ngày 05/3/2024',
  'Giữ gìn bản sắc văn hóa dân tộc',
  'Đắk Lắk',
  'Nhà sạch vườn đẹp',
  'Tổ tự quản an ninh trật tự',
  'Quỹ khuyến học',
];

describe('the TCVN3 table', () => {
  it('agrees with iconv-lite for every byte it has', () => {
    for (const [byte, letter] of Object.entries(TCVN3_BYTES)) expect(iconv.decode(Buffer.from([Number(byte)]), 'tcvn')).toBe(letter);
  });

  it('has every lower-case letter and ĂÂÊÔƠƯĐ of iconv-lite’s table above 0xA0 (VN3 is VN1 without the toned capitals)', () => {
    for (let byte = 0xa1; byte <= 0xff; byte++) {
      const letter = iconv.decode(Buffer.from([byte]), 'tcvn');
      const vn3 = letter !== letter.toUpperCase() || 'ĂÂÊÔƠƯĐ'.includes(letter);
      expect([byte, byte in TCVN3_BYTES]).toEqual([byte, vn3]);
    }
  });
});

describe('detectLegacy and decodeLegacy', () => {
  it('read the issue’s TCVN3 and VNI examples', () => {
    expect(detectLegacy('§¶ng bé x· Yªn H\u00adng')).toBe('tcvn3');
    expect(decodeLegacy('§¶ng bé x· Yªn H\u00adng', 'tcvn3')).toBe('Đảng bộ xã Yên Hưng');
    expect(detectLegacy('Ñaûng boä xaõ')).toBe('vni');
    expect(decodeLegacy('Ñaûng boä xaõ', 'vni')).toBe('Đảng bộ xã');
    expect(decodeLegacy('Tröôøng THCS Nguyeãn Vaên Troãi', 'vni')).toBe('Trường THCS Nguyễn Văn Trỗi');
  });

  it.each(VIETNAMESE.filter(tcvn3Can))('TCVN3 round trip: %s', (text) => {
    const legacy = toTcvn3(text);
    expect(legacy).not.toBe(text);
    expect(detectLegacy(legacy)).toBe('tcvn3');
    expect(decodeLegacy(legacy, 'tcvn3')).toBe(text);
  });

  // `Duy trì` is the same text in VNI (its `ì` is VNI's too): nothing to tell apart.
  it.each(VIETNAMESE.filter((text) => toVni(text) !== text))('VNI round trip: %s', (text) => {
    const legacy = toVni(text);
    expect(detectLegacy(legacy)).toBe('vni');
    expect(decodeLegacy(legacy, 'vni')).toBe(text);
  });

  it('read all-caps text: VNI capitals, TCVN3 typed for .VnTimeH (lower-case codes) or with ASCII capitals', () => {
    expect(decodeLegacy(toVni('ĐẢNG BỘ HUYỆN BẠCH THÔNG'), 'vni')).toBe('ĐẢNG BỘ HUYỆN BẠCH THÔNG');
    expect(detectLegacy(toVni('HỘI NÔNG DÂN'))).toBe('vni');
    expect(detectLegacy('®¶ng bé huyÖn b¹ch th«ng')).toBe('tcvn3');
    expect(detectLegacy('§¶NG Bé HUYÖN')).toBe('tcvn3');
    expect(decodeLegacy('§¶NG Bé HUYÖN', 'tcvn3')).toBe('ĐảNG Bộ HUYệN');
  });

  it('take a cell with a few foreign words for legacy text when most of its words are Vietnamese', () => {
    expect(detectLegacy(`${toTcvn3('Mô hình ứng dụng')} Zalo ${toTcvn3('trong quản lý hội viên')}`)).toBe('tcvn3');
  });

  const UNICODE_NEGATIVES = [
    // Unicode Vietnamese whose accented letters are all Latin-1 (à á â ã è é ê ì í ò ó ô õ ù ú ý).
    'Phú Yên',
    'Tây Ninh',
    'Cà Mau',
    'Bé Tí',
    'Lê Thị Mì',
    'Hà Tĩnh',
    'Võ Thị Sáu',
    'Tô Hiến Thành',
    'Trần Thị Út',
    // …with ă đ ơ ư and the rest.
    'Đảng bộ xã',
    'Ủy ban nhân dân',
    'Hội Nông dân',
    'Nguyễn Thị Thủy',
    'Trường THCS',
    // All caps.
    'HỘI NÔNG DÂN',
    'ĐẢNG BỘ HUYỆN BẠCH THÔNG',
    'PHÚ YÊN',
    'CÀ MAU',
    // NFD.
    'Đảng bộ xã Yên Hưng'.normalize('NFD'),
    'Phú Yên'.normalize('NFD'),
  ];
  const OTHER_NEGATIVES = [
    'Internet banking',
    'UBND',
    'MTTQ',
    'Smart city',
    'Café · Bar',
    'naïve',
    'façade',
    'Müller',
    'Zürich',
    'Straße',
    'São Paulo',
    'Ørsted',
    'Ñandú',
    'El Niño',
    'Crème brûlée',
    '25°C',
    '£100',
    '©2020 ABC',
    '½ kg',
    '12-QĐ/TU',
    '2024',
    '0912 345 678',
    '1.265',
    '§ 3',
    '¶',
    '« Dân vận khéo »',
    'Hưng',
    'H\u00adu gao tinh thuong',
    '',
  ];

  it.each(UNICODE_NEGATIVES)('leave Unicode Vietnamese alone: %s', (text) => {
    expect(detectLegacy(text)).toBeNull();
    expect(cellText(text)).toBe(text.normalize('NFC'));
  });

  it.each(OTHER_NEGATIVES)('leave English, Western names, numbers and signs alone: %s', (text) => {
    expect(detectLegacy(text)).toBeNull();
  });

  it('leave Unicode Vietnamese alone even beside a sign legacy text uses', () => {
    expect(detectLegacy('Tây Ninh · 2024')).toBeNull();
    expect(detectLegacy('Cà Mau §2')).toBeNull();
    expect(detectLegacy('Phú Yên ©')).toBeNull();
  });
});

describe('isSyllable', () => {
  it('knows Vietnamese syllables, old and new tone placement alike', () => {
    for (const word of ['đảng', 'nghiêng', 'khuya', 'quốc', 'giữ', 'gì', 'hoá', 'hóa', 'thuỷ', 'thủy', 'uỷ', 'quỳnh', 'đắk', 'trường', 'ngoằn', 'khuỷu']) {
      expect([word, isSyllable(word)]).toEqual([word, true]);
    }
  });

  it('refuses what other text decodes to', () => {
    for (const word of ['tõy', 'mỹller', 'ẹaỷng', 'đ', 'ê100', 'thủyy', 'hàc', 'xyz', 'straße']) {
      expect([word, isSyllable(word)]).toEqual([word, false]);
    }
  });
});

describe('cellText', () => {
  it('gives legacy text as the Unicode text it stands for, cleaned', () => {
    expect(cellText('  §¶ng bé x·   Yªn H\u00adng ')).toBe('Đảng bộ xã Yên Hưng');
    expect(cellText('Ñaûng boä xaõ')).toBe('Đảng bộ xã');
    expect(cellText('Phú Yên')).toBe('Phú Yên');
  });
});

describe('planEncodingFix', () => {
  it('lists every legacy cell of every sheet, with per-column totals and the first examples', () => {
    const names = ['Chi bộ thôn Nà Pài', 'Đảng bộ xã Yên Hưng', 'Hội Cựu chiến binh', 'Lê Văn Tám'];
    const plan = planEncodingFix(
      [
        {
          name: 'Đăng ký',
          grid: [['Tên', 'Đơn vị', 'Năm'], ...names.map((n, i) => [n, toTcvn3(n), 2024 + i]), ['Phú Yên', toVni('Hội Nông dân'), '=1+1']],
        },
        { name: 'Danh mục', grid: [['Đơn vị'], [toVni('Đoàn Thanh niên')]] },
      ],
      2,
    );
    expect(plan.fixes.map((f) => [f.sheet, f.cell, f.encoding, f.after])).toEqual([
      ['Đăng ký', 'B2', 'tcvn3', names[0]],
      ['Đăng ký', 'B3', 'tcvn3', names[1]],
      ['Đăng ký', 'B4', 'tcvn3', names[2]],
      ['Đăng ký', 'B5', 'tcvn3', names[3]],
      ['Đăng ký', 'B6', 'vni', 'Hội Nông dân'],
      ['Danh mục', 'A2', 'vni', 'Đoàn Thanh niên'],
    ]);
    expect(plan.columns.map((c) => [c.sheet, c.col, c.count, c.encodings, c.examples.map((e) => e.cell)])).toEqual([
      ['Đăng ký', 1, 5, ['tcvn3', 'vni'], ['B2', 'B3']],
      ['Danh mục', 0, 1, ['vni'], ['A2']],
    ]);
    expect(plan.fixes[0].before).toBe(toTcvn3(names[0]));
  });
});
