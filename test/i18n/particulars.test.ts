import { INFO_LABELS } from '../../src/engine';
import { uiEn } from '../../src/i18n/ui.en';
import { uiVi } from '../../src/i18n/ui.vi';

describe('the names of the Thông tin particulars in the pane', () => {
  it('are the sheet’s own labels in Vietnamese, and start with them in English', () => {
    expect(uiVi.report.particulars).toEqual(INFO_LABELS);
    for (const [key, label] of Object.entries(INFO_LABELS))
      expect(uiEn.report.particulars[key as keyof typeof INFO_LABELS].startsWith(`${label} (`)).toBe(true);
  });
});
