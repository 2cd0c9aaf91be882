/** @jest-environment jsdom */
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { screen, within } from '@testing-library/react';
import { en } from '../../src/i18n/en';
import { uiEn } from '../../src/i18n/ui.en';
import { uiVi } from '../../src/i18n/ui.vi';
import { WorkbookError } from '../../src/workbook/workbook';
import { vi } from '../../src/i18n/vi';
import { FakeWorkbook } from './fake-workbook';
import { openTab, renderApp } from './render-app';
import { seed004Workbook } from './workbooks';
import { seed004Sheets } from '../fixtures/seed004';

const hasTabs = (names: string[]): void => {
  expect(screen.getAllByRole('tab')).toHaveLength(names.length);
  for (const name of names) expect(screen.getByRole('tab', { name })).toBeInTheDocument();
};

/** Every leaf key of a string table, functions included. */
const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe('languages and theme', () => {
  it('has the same keys in Vietnamese and English', () => {
    expect(keys(uiEn)).toEqual(keys(uiVi));
  });

  it('starts in the language Excel gives, and switches in the pane', async () => {
    const { user } = renderApp(new FakeWorkbook(), { language: 'en', theme: 'light' });
    hasTabs(['Set up', 'Enter', 'Check', 'Summarise', 'Report', 'Consolidate units']);
    expect(screen.getByRole('heading', { level: 2, name: 'Set up the workbook' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    await screen.findByRole('table', { name: 'Standard sheets of the workbook' });

    await user.selectOptions(screen.getByLabelText('Language'), 'vi');
    hasTabs(['Thiết lập', 'Nhập', 'Kiểm tra', 'Tổng hợp', 'Báo cáo', 'Tổng hợp đơn vị']);
    expect(screen.getByRole('heading', { level: 2, name: 'Thiết lập sổ đăng ký' })).toBeInTheDocument();
    expect(screen.getByRole('main').getAttribute('lang')).toBe('vi');
    expect(document.documentElement.lang).toBe('vi');
  });

  it('switching to English changes the labels, dimensions and measures', async () => {
    const { user } = renderApp(seed004Workbook());
    await user.selectOptions(screen.getByLabelText('Ngôn ngữ'), 'en');
    const panel = await openTab(user, 'Summarise');
    const table = await within(panel).findByRole('table', { name: 'The seven measures by field' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual([en.dimensions.field, ...Object.values(en.measures)]);
    const rows = within(table).getAllByRole('row');
    expect(within(rows[rows.length - 1]).getAllByRole('cell')[0].textContent).toBe('Total');
    expect(await within(panel).findByText('Summary ready: 191 models in 4 groups.')).toBeInTheDocument();

    const entry = await openTab(user, 'Enter');
    expect(within(entry).getByRole('button', { name: 'Add row' })).toBeInTheDocument();
    expect(within(entry).getByLabelText(/^Unit \(Chi, đảng bộ\)/)).toBeInTheDocument();
  });

  it('words the findings in English: the Check tab, the form’s fields', async () => {
    const sheets = seed004Sheets();
    sheets[0].rows[5][5] = 'Nhóm';
    const { user } = renderApp(new FakeWorkbook(sheets), { language: 'en', theme: 'light' });
    const panel = within(await openTab(user, 'Check'));
    await panel.findByText(/^Checked 191 rows/);
    expect(panel.getByRole('button', { name: /^Cell F6: “Nhóm” is not a valid Loại; expected / })).toBeInTheDocument();
    expect(panel.queryByText(/^Ô [A-Z]+\d+:/)).toBeNull();
  });

  it('remembers the language chosen for the next workbook the pane opens', async () => {
    const first = renderApp(new FakeWorkbook());
    await first.user.selectOptions(screen.getByLabelText('Ngôn ngữ'), 'en');
    first.unmount();
    renderApp(new FakeWorkbook());
    hasTabs(['Set up', 'Enter', 'Check', 'Summarise', 'Report', 'Consolidate units']);
    await screen.findByRole('table', { name: 'Standard sheets of the workbook' });
  });

  it('explains Excel’s problems in English too', async () => {
    const fake = new FakeWorkbook([{ name: 'Sheet1', rows: [] }]);
    fake.failNext = new WorkbookError('editing', vi.workbookError.editing);
    renderApp(fake, { language: 'en', theme: 'light' });
    expect(await screen.findByText(en.workbookError.editing)).toBeInTheDocument();
    expect(screen.getByText('Could not finish')).toBeInTheDocument();
  });

  it('follows the Office theme', async () => {
    const styles = (): string => [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
    const dark = renderApp(new FakeWorkbook(), { language: 'vi', theme: 'dark' });
    await screen.findByRole('table');
    expect(styles()).toContain(`--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1}`);
    dark.unmount();
    renderApp(new FakeWorkbook(), { language: 'vi', theme: 'light' });
    await screen.findByRole('table');
    expect(styles()).toContain(`--colorNeutralBackground1: ${webLightTheme.colorNeutralBackground1}`);
  });
});
