import { formatDate, formatNumber } from '../../src/taskpane/locale';

describe('numbers and dates in the pane', () => {
  it('follows Vietnamese conventions: thousands with a dot, decimals with a comma, dd/mm/yyyy', () => {
    expect(formatNumber(1265, 'vi')).toBe('1.265');
    expect(formatNumber(191, 'vi')).toBe('191');
    expect(formatNumber(1.85, 'vi')).toBe('1,85');
    expect(formatDate({ day: 5, month: 3, year: 2024 })).toBe('05/03/2024');
  });

  it('follows English conventions in English', () => {
    expect(formatNumber(1265, 'en')).toBe('1,265');
  });
});
