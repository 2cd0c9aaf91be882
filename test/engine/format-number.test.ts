/** The reports' number style: counts under ten with two digits, thousands with a dot, decimals with a comma. */
import { formatCount, formatDecimal, formatPercent } from '../../src/engine';

describe('formatCount', () => {
  it.each([
    [0, '00'],
    [4, '04'],
    [9, '09'],
    [10, '10'],
    [12, '12'],
    [191, '191'],
    [999, '999'],
    [1000, '1.000'],
    [1265, '1.265'],
    [1234567, '1.234.567'],
    [-4, '-04'],
    [-1265, '-1.265'],
  ])('%i → %s', (n, text) => {
    expect(formatCount(n)).toBe(text);
  });

  it('refuses a number that is not a count', () => {
    expect(() => formatCount(1.5)).toThrow('formatCount expects an integer, got 1.5');
  });
});

describe('formatDecimal', () => {
  it.each([
    [1.85, '1,85'],
    [1.8517, '1,85'],
    [1.5, '1,5'],
    [2, '2'],
    [0, '0'],
    [10, '10'],
    [100, '100'],
    [1234.5, '1.234,5'],
    [1234567.891, '1.234.567,89'],
    [-1.85, '-1,85'],
  ])('%p → %s', (x, text) => {
    expect(formatDecimal(x)).toBe(text);
  });

  it.each([
    [1.8517, 1, '1,9'],
    [1.8517, 3, '1,852'],
    [100, 0, '100'],
    [1265.4, 0, '1.265'],
    [0, 0, '0'],
    [0.4, 0, '0'],
  ])('%p with %i digits → %s', (x, digits, text) => {
    expect(formatDecimal(x, digits)).toBe(text);
  });

  it('a negative number that rounds to zero is written 0', () => {
    expect(formatDecimal(-0.001)).toBe('0');
  });
});

describe('formatPercent', () => {
  it.each([
    [0.0185, '1,85%'],
    [0.675, '67,5%'],
    [129 / 191, '67,54%'],
    [1, '100%'],
    [0, '0%'],
    [12.65, '1.265%'],
  ])('%p → %s', (ratio, text) => {
    expect(formatPercent(ratio)).toBe(text);
  });

  it('with fewer digits', () => {
    expect(formatPercent(129 / 191, 1)).toBe('67,5%');
    expect(formatPercent(1, 0)).toBe('100%');
    expect(formatPercent(0.5, 0)).toBe('50%');
  });
});
