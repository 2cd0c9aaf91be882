import fc from 'fast-check';
import { columnIndex, columnLetters } from '../../src/engine';
import { cellText } from '../../src/engine/cell-text';
import { fromLegacy } from '../../src/engine/legacy-encoding/detect';
import { cleanText } from '../../src/engine/normalize';

describe('column letters and indexes (0-based)', () => {
  it.each([
    ['A', 0],
    ['Z', 25],
    ['AA', 26],
    ['AZ', 51],
    ['XFD', 16_383],
  ])('%s is column %i, both ways', (letters, index) => {
    expect(columnIndex(letters)).toBe(index);
    expect(columnLetters(index)).toBe(letters);
  });

  it('reads lower-case letters too', () => {
    expect(columnIndex('xfd')).toBe(16_383);
    expect(columnIndex('b')).toBe(1);
  });
});

describe('cellText gives text back as it is only where the full reading would too', () => {
  // The full reading: legacy text decoded, then cleaned (what cellText does when its one scan finds something).
  const fullReading = (text: string): string => cleanText(fromLegacy(text));
  const pieces = fc.constantFrom(
    'a',
    'Q',
    '1',
    '-',
    '.',
    ' ',
    '  ',
    'á',
    'à',
    'ê',
    'ô',
    'Ê',
    'ý',
    '§',
    '¸',
    'ï',
    'Ñ',
    'ñ',
    'ö',
    '\u00a0',
    '\u00ad',
    'đ',
    'Đ',
    'ư',
    'ơ',
    'ă',
    'ệ',
    'ộ',
    'e\u0302\u0323',
    'u\u031b',
    '\u200b',
    '\ufeff',
    '\t',
    '–',
    '“',
    'Hoá',
    'Caùc',
    'nhaân',
    '§¶ng',
    'Khoái',
  );

  it('for text made of plain, Latin-1, Vietnamese, legacy and odd pieces', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(cellText(text)).toBe(fullReading(text));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['Phú Yên', 'Phú Yên'],
    ['Chi bộ Khối Đảng', 'Chi bộ Khối Đảng'],
    [' Tổ 1', 'Tổ 1'],
    ['Tổ  1', 'Tổ 1'],
    ['Caù nhaân', 'Cá nhân'],
    ['BK-2021-001-1', 'BK-2021-001-1'],
  ])('%j reads %j', (text, expected) => {
    expect(cellText(text)).toBe(expected);
  });

  it('stays linear on long Latin-1 text with a Unicode-only letter at the end', () => {
    const text = `${'áé '.repeat(10_000)}ư`;
    const started = Date.now();
    expect(cellText(text)).toBe(fullReading(text));
    // A backtracking scan would take minutes; a linear one a few milliseconds.
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
