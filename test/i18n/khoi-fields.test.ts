import { KHOI_COLUMNS, KHOI_RATINGS } from '../../src/engine';
import { uiEn } from '../../src/i18n/ui.en';
import { uiVi } from '../../src/i18n/ui.vi';

describe('the Khối form’s labels', () => {
  it('are the sheet’s headers in Vietnamese, and English words first in English', () => {
    expect(KHOI_COLUMNS.map((c) => uiVi.khoi.fields[c.key])).toEqual(KHOI_COLUMNS.map((c) => c.header));
    for (const c of KHOI_COLUMNS) expect(uiEn.khoi.fields[c.key]).toMatch(/^[A-Z][a-z]+ [^(]*\(/);
  });

  it('name every rating the sheet accepts, in both languages', () => {
    expect(Object.keys(uiVi.khoi.ratings)).toEqual([...KHOI_RATINGS]);
    expect(Object.keys(uiEn.khoi.ratings)).toEqual([...KHOI_RATINGS]);
  });
});
