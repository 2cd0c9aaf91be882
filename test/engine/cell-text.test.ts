import { columnIndex, columnLetters } from '../../src/engine';

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
