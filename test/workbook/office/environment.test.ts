import { officeEnvironment, relativeLuminance } from '../../../src/workbook/office/environment';

describe('officeEnvironment', () => {
  it.each([
    ['vi-VN', 'vi'],
    ['vi', 'vi'],
    ['VI-vn', 'vi'],
    ['en-US', 'en'],
    ['fr-FR', 'en'],
    ['', 'en'],
  ])('display language %s → %s', (displayLanguage, language) => {
    expect(officeEnvironment({ displayLanguage }).language).toBe(language);
  });

  it('dark when the body background is dark, light otherwise or when the theme is unknown', () => {
    const env = (bodyBackgroundColor?: string) =>
      officeEnvironment({ displayLanguage: 'vi-VN', officeTheme: bodyBackgroundColor === undefined ? undefined : { bodyBackgroundColor } }).theme;
    expect(env('#262626')).toBe('dark');
    expect(env('#000')).toBe('dark');
    expect(env('#FFFFFF')).toBe('light');
    expect(env('#E6E6E6')).toBe('light');
    expect(env(undefined)).toBe('light');
    expect(env('not a colour')).toBe('light');
  });

  it('falls back to light when reading the theme throws', () => {
    const context = {
      displayLanguage: 'en-US',
      get officeTheme(): never {
        throw new Error('not supported on this host');
      },
    };
    expect(officeEnvironment(context)).toEqual({ language: 'en', theme: 'light' });
  });

  it('reads Office.context by default', () => {
    (globalThis as { Office?: unknown }).Office = { context: { displayLanguage: 'vi-VN', officeTheme: { bodyBackgroundColor: '#1f1f1f' } } };
    try {
      expect(officeEnvironment()).toEqual({ language: 'vi', theme: 'dark' });
    } finally {
      delete (globalThis as { Office?: unknown }).Office;
    }
  });

  it('computes luminance', () => {
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1);
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('red')).toBeNull();
  });
});
