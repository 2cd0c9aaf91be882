import { vi } from '../../../src/i18n/vi';
import { toWorkbookError } from '../../../src/workbook/office/errors';
import { officeWorkbook } from '../../../src/workbook/office/office-workbook';
import { WorkbookError } from '../../../src/workbook/workbook';
import { bigContent, registrationGrid } from './data';
import { FakeExcel, OfficeFailure } from './fake-excel';

describe('Excel errors become WorkbookError with the clerk’s message', () => {
  it.each([
    ['AccessDenied', 'protected'],
    ['InvalidOperationInCellEditMode', 'editing'],
    ['RequestPayloadSizeLimitExceeded', 'tooLarge'],
    ['ResponsePayloadSizeLimitExceeded', 'tooLarge'],
    ['PayloadTooLarge', 'tooLarge'],
    ['ActivityLimitReached', 'busy'],
    ['ServiceNotAvailable', 'busy'],
    ['ApiNotFound', 'unsupported'],
    ['InvalidSelection', 'selection'],
    ['ItemNotFound', 'missing'],
  ] as const)('%s → %s', (code, expected) => {
    const mapped = toWorkbookError(new OfficeFailure(code, 'whatever Excel says'));
    expect(mapped).toBeInstanceOf(WorkbookError);
    expect((mapped as WorkbookError).code).toBe(expected);
    expect((mapped as WorkbookError).message).toBe(vi.workbookError[expected]);
  });

  it('reads the message when the code says little: a protected sheet, an HTTP 413, a 503', () => {
    const code = (message: string) => (toWorkbookError(new OfficeFailure('GeneralException', message)) as WorkbookError).code;
    expect(code('The cell or chart you are trying to change is on a protected sheet.')).toBe('protected');
    expect(code('Request failed with status 413 (Payload Too Large)')).toBe('tooLarge');
    expect(code('503 Service Unavailable')).toBe('busy');
  });

  it('anything else is "unknown", with Excel’s detail in the message', () => {
    const mapped = toWorkbookError(new OfficeFailure('InsertDeleteConflict', 'The insert or delete operation resulted in a conflict.')) as WorkbookError;
    expect(mapped.code).toBe('unknown');
    expect(mapped.message).toBe(vi.workbookError.unknown({ detail: 'The insert or delete operation resulted in a conflict (InsertDeleteConflict)' }));
  });

  it('bugs are not swallowed: plain errors and API misuse pass through unchanged', async () => {
    const typeError = new TypeError('x is undefined');
    expect(toWorkbookError(typeError)).toBe(typeError);
    const notLoaded = new OfficeFailure('PropertyNotLoaded');
    expect(toWorkbookError(notLoaded)).toBe(notLoaded);
    const fake = new FakeExcel();
    const broken = officeWorkbook({ ...fake.host, run: () => Promise.reject(typeError) });
    await expect(broken.sheetNames()).rejects.toBe(typeError);
  });

  it('AccessDenied on a protected sheet being rewritten gives "protected" with the Vietnamese message, and the sheet is left as it was', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Đăng ký', registrationGrid(5));
    fake.addSheet('Tổng hợp', [['cũ']]);
    // A protected sheet refuses the first change, the clearing.
    fake.failOn('Range.unmerge', 'AccessDenied');
    const before = fake.snapshot();
    const error = await officeWorkbook(fake.host)
      .writeSheet(bigContent(50))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error).toMatchObject({ code: 'protected', message: 'Trang tính đang được bảo vệ (Protect Sheet). Hãy bỏ bảo vệ trang rồi thử lại.' });
    expect(fake.snapshot()).toEqual(before);
  });

  it('an API this Excel lacks gives "unsupported" with the Vietnamese message, not a crash', async () => {
    const fake = new FakeExcel('1.1');
    fake.addSheet('Đăng ký', registrationGrid(2));
    const error = await fake.host
      .run(async (context) => {
        context.workbook.worksheets.getItem('Đăng ký').freezePanes.freezeRows(1);
        await context.sync();
      })
      .then(
        () => null,
        (e: unknown) => toWorkbookError(e),
      );
    expect(error).toMatchObject({ code: 'unsupported', message: vi.workbookError.unsupported });
  });

  it('AccessDenied on the rows written into a protected sheet: "protected", nothing written', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Đăng ký', registrationGrid(2));
    fake.failOn('Range.values', 'AccessDenied');
    const before = fake.snapshot();
    await expect(officeWorkbook(fake.host).writeRows('Đăng ký', 4, [[3, 'Mô hình mới']])).rejects.toMatchObject({ code: 'protected' });
    expect(fake.snapshot()).toEqual(before);
  });

  it('cell-edit mode while reading gives "editing"', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Đăng ký', registrationGrid(2));
    fake.failOn('WorksheetCollection.load', 'InvalidOperationInCellEditMode');
    await expect(officeWorkbook(fake.host).readWorkbook()).rejects.toMatchObject({ code: 'editing', message: vi.workbookError.editing });
  });

  it('a request Excel finds too large gives "tooLarge"', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Đăng ký', registrationGrid(2));
    fake.requestLimit = 1000;
    await expect(officeWorkbook(fake.host).writeSheet(bigContent(50))).rejects.toMatchObject({ code: 'tooLarge', message: vi.workbookError.tooLarge });
    expect(fake.names()).toEqual(['Đăng ký']);
  });
});
