import { en } from '../../src/i18n/en';
import { plural } from '../../src/i18n/plural';
import { uiEn } from '../../src/i18n/ui.en';

describe('English counts agree with their noun', () => {
  it('one is singular, every other count plural, formatted numbers too', () => {
    expect([plural(1, 'error'), plural(0, 'error'), plural(2, 'error'), plural(1265, 'row'), plural('1', 'file'), plural('1,265', 'file')]).toEqual([
      '1 error',
      '0 errors',
      '2 errors',
      '1,265 rows',
      '1 file',
      '1,265 files',
    ]);
  });

  it('in the messages a clerk reads', () => {
    expect(en.cli.findingCounts({ errors: 1, warnings: 1, infos: 0 })).toBe('Total: 1 error, 1 warning, 0 notes.');
    expect(en.cli.excluded({ count: 1 })).toBe('1 row has an error in a counted column and is not counted.');
    expect(uiEn.check.summary({ rows: '1', errors: '1', warnings: '2', infos: '1' })).toBe('Checked 1 row: 1 error, 2 warnings, 1 note.');
  });
});
