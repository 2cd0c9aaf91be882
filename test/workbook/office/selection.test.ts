import { officeWorkbook } from '../../../src/workbook/office/office-workbook';
import type { CellPosition } from '../../../src/workbook/workbook';
import { registrationGrid } from './data';
import { FakeExcel } from './fake-excel';

function workbook(version = '1.9'): FakeExcel {
  const fake = new FakeExcel(version);
  fake.addSheet('Đăng ký', registrationGrid(30));
  fake.addSheet('Danh mục', [['Đơn vị']]);
  return fake;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Waits until `condition` holds (each registration and event goes through a few promise turns), failing after 50 turns. */
async function until(condition: () => boolean): Promise<void> {
  for (let turn = 0; turn < 50 && !condition(); turn++) await flush();
  expect(condition()).toBe(true);
}

describe('selection', () => {
  it('selectCell shows the sheet and selects the cell in 1 sync', async () => {
    const fake = workbook();
    fake.model.active = fake.sheet('Danh mục');
    await officeWorkbook(fake.host).selectCell({ sheet: 'Đăng ký', row: 12, col: 4 });
    expect(fake.model.active.name).toBe('Đăng ký');
    expect(fake.model.selection?.rect).toEqual({ r1: 11, c1: 4, r2: 11, c2: 4 });
    expect(fake.syncs).toBe(1);
  });

  it('getSelection gives the top-left cell and its sheet (row 1-based, column 0-based); null when a chart is selected', async () => {
    const fake = workbook();
    const port = officeWorkbook(fake.host);
    fake.select('Đăng ký', 'E12:F14');
    expect(await port.getSelection()).toEqual({ sheet: 'Đăng ký', row: 12, col: 4 });
    fake.select('Danh mục', 'AB3');
    expect(await port.getSelection()).toEqual({ sheet: 'Danh mục', row: 3, col: 27 });
    fake.select('Đăng ký', null);
    expect(await port.getSelection()).toBeNull();
  });

  it.each(['1.9', '1.1'])('onSelectionChanged reports each new selection and stops after unsubscribe (ExcelApi %s)', async (version) => {
    const fake = workbook(version);
    const seen: CellPosition[] = [];
    const unsubscribe = officeWorkbook(fake.host).onSelectionChanged((p) => seen.push(p));
    await until(() => fake.selectionHandlers.size + fake.documentHandlers.size === 1);
    fake.select('Đăng ký', 'D7');
    await until(() => seen.length === 1);
    fake.select('Danh mục', 'A2');
    await until(() => seen.length === 2);
    expect(seen).toEqual([
      { sheet: 'Đăng ký', row: 7, col: 3 },
      { sheet: 'Danh mục', row: 2, col: 0 },
    ]);
    unsubscribe();
    await until(() => fake.selectionHandlers.size + fake.documentHandlers.size === 0);
    fake.select('Đăng ký', 'B2');
    await flush();
    expect(seen).toHaveLength(2);
  });

  it('uses the Excel event from ExcelApi 1.2 and the Office document event below it', async () => {
    const modern = workbook('1.2');
    officeWorkbook(modern.host).onSelectionChanged(() => undefined);
    await until(() => modern.selectionHandlers.size + modern.documentHandlers.size > 0);
    expect([modern.selectionHandlers.size, modern.documentHandlers.size]).toEqual([1, 0]);
    const old = workbook('1.1');
    officeWorkbook(old.host).onSelectionChanged(() => undefined);
    expect([old.selectionHandlers.size, old.documentHandlers.size]).toEqual([0, 1]);
  });

  it('can unsubscribe before the registration has finished', async () => {
    const fake = workbook();
    officeWorkbook(fake.host).onSelectionChanged(() => undefined)();
    // The registration's round trip done, its handler (added meanwhile) is removed.
    await until(() => fake.syncs > 0);
    await flush();
    expect(fake.selectionHandlers.size).toBe(0);
  });
});
