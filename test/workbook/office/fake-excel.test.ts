import { officeHost } from '../../../src/workbook/office/office-host';
import { columnLetters, rangeAddress, topLeft } from '../../../src/workbook/office/addresses';
import { FakeContext, FakeExcel } from './fake-excel';

/** The fake must fail where Excel (or an older Excel) would, or the adapter's tests prove nothing. */
describe('the fake Excel object model', () => {
  const context = (version = '1.9') => {
    const fake = new FakeExcel(version);
    fake.addSheet('Đăng ký', [['a', 1]]);
    return { fake, ctx: new FakeContext(fake) as unknown as Excel.RequestContext };
  };

  it('needs load and sync before a property is read', async () => {
    const { ctx } = context();
    const range = ctx.workbook.worksheets.getItem('Đăng ký').getRange('A1:B1');
    expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    range.load('values');
    expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    await ctx.sync();
    expect(range.values).toEqual([['a', 1]]);
  });

  it('queues writes until sync', async () => {
    const { fake, ctx } = context();
    ctx.workbook.worksheets.getItem('Đăng ký').getRange('A1').values = [['b']];
    expect(fake.sheet('Đăng ký').value(0, 0)).toBe('a');
    await ctx.sync();
    expect(fake.sheet('Đăng ký').value(0, 0)).toBe('b');
  });

  it('throws on members it does not support', () => {
    const { ctx } = context();
    const sheet = ctx.workbook.worksheets.getItem('Đăng ký') as unknown as Record<string, unknown>;
    expect(() => sheet.tables).toThrow(/not supported/);
    expect(() => (ctx.workbook.worksheets as unknown as Record<string, unknown>).onSelectionChanged).toThrow(/not supported/);
    expect(() => ((ctx.workbook.worksheets.getItem('Đăng ký').getRange('A1') as unknown as Record<string, unknown>).formulasR1C1 = [['=1']])).toThrow(
      /not supported/,
    );
  });

  it.each([
    ['Range.merge', (ws: Excel.Worksheet) => ws.getRange('A1:B1').merge()],
    ['format.columnWidth', (ws: Excel.Worksheet) => void (ws.getRange('A:A').format.columnWidth = 40)],
    ['getUsedRange(valuesOnly)', (ws: Excel.Worksheet) => ws.getUsedRange(true)],
    ['conditionalFormats', (ws: Excel.Worksheet) => ws.getRange('A1').conditionalFormats],
    ['freezePanes', (ws: Excel.Worksheet) => ws.freezePanes],
    ['dataValidation', (ws: Excel.Worksheet) => ws.getRange('A1').dataValidation],
    ['pageLayout', (ws: Excel.Worksheet) => ws.pageLayout],
    ['setting visibility', (ws: Excel.Worksheet) => void (ws.visibility = 'Hidden')],
    ['Range.unmerge', (ws: Excel.Worksheet) => ws.getRange('A1:B1').unmerge()],
    ['format.useStandardWidth', (ws: Excel.Worksheet) => void (ws.getRange().format.useStandardWidth = true)],
  ])('refuses %s under ExcelApi 1.1 as Excel does: ApiNotFound at sync, the actions before it applied', async (_name, use) => {
    const { fake, ctx } = context('1.1');
    const ws = ctx.workbook.worksheets.getItem('Đăng ký');
    ws.getRange('A1').values = [['trước']];
    use(ws);
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ApiNotFound', message: expect.stringMatching(/needs ExcelApi 1\.[2-9]/) });
    expect(fake.sheet('Đăng ký').value(0, 0)).toBe('trước');
    expect(fake.sheet('Đăng ký').visibility).toBe('Visible');
  });

  it('reads visibility under ExcelApi 1.1 (only setting it needs 1.2)', async () => {
    const { ctx } = context('1.1');
    const sheets = ctx.workbook.worksheets.load('items/visibility');
    await ctx.sync();
    expect(sheets.items.map((s) => s.visibility)).toEqual(['Visible']);
  });

  it('turns every reference to a deleted sheet into #REF!, for good: a sheet given its name later does not bring them back', async () => {
    const { fake, ctx } = context();
    const units = fake.addSheet('Danh mục', [['Đơn vị'], ['Chi bộ A']]);
    const registrations = fake.sheet('Đăng ký');
    registrations.input(0, 2, "='Danh mục'!A2");
    registrations.input(0, 3, "=SUM(Khác!A1:A3)+COUNTA('Danh mục'!$A$2:$A$1000)");
    registrations.validations.push({ rect: { r1: 1, c1: 6, r2: 100, c2: 6 }, rule: { list: { inCellDropDown: true, source: "='Danh mục'!$A$2:$A$1000" } } });
    ctx.workbook.worksheets.getItem('Danh mục').delete();
    await ctx.sync();
    expect(fake.names()).toEqual(['Đăng ký']);
    expect(units.name).toBe('Danh mục');
    expect(registrations.formula(0, 2)).toBe('=#REF!');
    expect(registrations.formula(0, 3)).toBe('=SUM(Khác!A1:A3)+COUNTA(#REF!)');
    expect(registrations.validations[0].rule).toEqual({ list: { inCellDropDown: true, source: '=#REF!' } });
    const again = ctx.workbook.worksheets.add('Tạm');
    again.name = 'Danh mục';
    await ctx.sync();
    expect(registrations.formula(0, 2)).toBe('=#REF!');
    expect(registrations.validations[0].rule).toEqual({ list: { inCellDropDown: true, source: '=#REF!' } });
  });

  it('moves references with a renamed sheet, as Excel does', async () => {
    const { fake, ctx } = context();
    fake.addSheet('Danh mục', [['Đơn vị']]);
    fake.sheet('Đăng ký').input(0, 2, "='Danh mục'!A2&\"'Danh mục'!A2\"");
    ctx.workbook.worksheets.getItem('Danh mục').name = 'Đơn vị';
    await ctx.sync();
    expect(fake.sheet('Đăng ký').formula(0, 2)).toBe("='Đơn vị'!A2&\"'Danh mục'!A2\"");
  });

  it('takes number formats only as a 2-D array the size of the range', async () => {
    const { fake, ctx } = context();
    const range = ctx.workbook.worksheets.getItem('Đăng ký').getRange('A1:B1') as unknown as { numberFormat: unknown };
    range.numberFormat = '0.00';
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    range.numberFormat = [['0.00']];
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    range.numberFormat = [['0.00', '@']];
    await ctx.sync();
    expect(fake.sheet('Đăng ký').format(0, 1, 'numberFormat')).toBe('@');
  });

  it('refuses objects of a finished Excel.run in another batch', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Đăng ký');
    const kept = await fake.host.run(async (ctx) => ctx.workbook.worksheets.getItem('Đăng ký'));
    await expect(
      fake.host.run(async (ctx) => {
        kept.getRange('A1').values = [['x']];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidObjectPath' });
  });

  it.each([['a'.repeat(32)], ['Biểu 01/2024'], ['Tổng [1]'], ['Hỏi?'], ["'Báo cáo"], ['Sao*'], ['A:B'], ['Gạch\\ngược'], ['']])(
    'refuses the sheet name %j, as Excel does',
    async (name) => {
      const { ctx } = context();
      ctx.workbook.worksheets.add(name);
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      ctx.workbook.worksheets.getItem('Đăng ký').name = name;
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    },
  );

  it('refuses a write over part of a merged area, and takes one over all of it', async () => {
    const { fake, ctx } = context();
    fake.sheet('Đăng ký').merges.push({ r1: 0, c1: 0, r2: 0, c2: 3 });
    ctx.workbook.worksheets.getItem('Đăng ký').getRange('B1:E1').values = [['a', 'b', 'c', 'd']];
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    ctx.workbook.worksheets.getItem('Đăng ký').getRange('A1:D2').values = [
      ['x', '', '', ''],
      ['y', '', '', ''],
    ];
    await ctx.sync();
    expect(fake.sheet('Đăng ký').value(0, 0)).toBe('x');
  });

  it('refuses to read the values of more than 5,000,000 cells at once', async () => {
    const { ctx } = context();
    const range = ctx.workbook.worksheets.getItem('Đăng ký').getRange('A1:E1000001').load('values');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'GeneralException' });
    const small = ctx.workbook.worksheets.getItem('Đăng ký').getRange('A1:B1').load('values');
    await ctx.sync();
    expect(small.values).toEqual([['a', 1]]);
    expect(range).toBeDefined();
  });

  it('refuses to delete a very hidden sheet or the last visible one, as Excel does', async () => {
    const { fake, ctx } = context();
    fake.addSheet('Ẩn').visibility = 'VeryHidden';
    ctx.workbook.worksheets.getItem('Ẩn').delete();
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    ctx.workbook.worksheets.getItem('Đăng ký').delete();
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  it('counts syncs and measures requests and responses', async () => {
    const { fake, ctx } = context();
    ctx.workbook.worksheets.getItem('Đăng ký').getRange('A1').values = [['Tên mô hình']];
    await ctx.sync();
    const range = ctx.workbook.worksheets.getItem('Đăng ký').getRange('A1:B1').load('values');
    await ctx.sync();
    expect(range.values).toEqual([['Tên mô hình', 1]]);
    expect(fake.syncs).toBe(2);
    expect(fake.records[0].requestBytes).toBe(100 + Buffer.byteLength(JSON.stringify([['Tên mô hình']])));
    expect(fake.records[1].responseBytes).toBe(Buffer.byteLength(JSON.stringify({ values: [['Tên mô hình', 1]] })));
  });
});

describe('addresses', () => {
  it('builds and reads A1 addresses', () => {
    expect([0, 25, 26, 701, 702, 16383].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA', 'XFD']);
    expect(rangeAddress(4, 2, 100, 15)).toBe('C5:Q104');
    expect(rangeAddress(0, 0, 1, 1)).toBe('A1');
    expect(topLeft("'Đăng ký (2)'!C5:Q20")).toEqual({ row: 4, col: 2 });
    expect(topLeft("'a!b'!$AB$3")).toEqual({ row: 2, col: 27 });
  });
});

describe('officeHost', () => {
  it('builds the real host from Excel.run and Office.context', async () => {
    const calls: unknown[][] = [];
    const g = globalThis as Record<string, unknown>;
    g.Excel = { run: (...args: unknown[]) => (calls.push(args), Promise.resolve('done')) };
    const handlers: unknown[] = [];
    g.Office = {
      EventType: { DocumentSelectionChanged: 'documentSelectionChanged' },
      context: {
        requirements: { isSetSupported: (name: string, version: string) => name === 'ExcelApi' && Number(version.split('.')[1]) <= 4 },
        document: {
          addHandlerAsync: (_type: string, handler: unknown) => handlers.push(handler),
          removeHandlerAsync: (_type: string, options: { handler: unknown }) => handlers.splice(handlers.indexOf(options.handler), 1),
        },
      },
    };
    try {
      const host = officeHost();
      const batch = async () => 'x';
      expect(await host.run(batch)).toBe('done');
      expect(calls[0]).toEqual([batch]);
      const ctx = {} as Excel.RequestContext;
      await host.run(batch, ctx);
      expect(calls[1]).toEqual([ctx, batch]);
      expect([host.isSetSupported('ExcelApi', '1.4'), host.isSetSupported('ExcelApi', '1.5')]).toEqual([true, false]);
      const off = host.onDocumentSelectionChanged(() => undefined);
      expect(handlers).toHaveLength(1);
      off();
      expect(handlers).toHaveLength(0);
    } finally {
      delete g.Excel;
      delete g.Office;
    }
  });
});
