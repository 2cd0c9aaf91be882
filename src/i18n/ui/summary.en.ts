import type { summaryVi } from './summary.vi';
import { plural } from '../plural';

type N = string;

/** The task pane's Tổng hợp strings (English), the same keys as `summaryVi`. */
export const summaryEn: typeof summaryVi = {
  heading: 'Summarise',
  intro: 'Choose one or two dimensions to see the seven measures. Only valid rows are counted, as in Biểu 01.',
  first: 'Summarise by',
  second: 'Then by',
  noSecond: '(none)',
  scope: 'Scope',
  scopeYear: (p: { year: string }) => `Report year ${p.year}`,
  scopeAll: 'Every year in the workbook',
  refresh: 'Read the data again',
  loading: 'Reading the data…',
  tableLabel: 'Summary table, scrolls sideways',
  tableCaption: (p: { dimensions: string }) => `The seven measures by ${p.dimensions}`,
  total: 'Total',
  copy: 'Copy table',
  copying: 'Copying…',
  copied: 'Table copied: paste it (Ctrl+V) into Word or Excel as a table.',
  copyFailed: 'Could not copy automatically. Select the table and press Ctrl+C.',
  write: 'Write to sheet “Bảng tổng hợp”',
  writing: 'Writing the sheet…',
  written: (p: { sheet: string }) => `Wrote the table to sheet “${p.sheet}”.`,
  empty: '(empty)',
  done: (p: { total: N; groups: N }) => `Summary ready: ${p.total} models in ${p.groups} groups.`,
  excluded: (p: { count: N }) => `${plural(p.count, 'row')} with errors ${p.count === '1' ? 'is' : 'are'} not counted; see Check.`,
  noRows: 'No valid rows to summarise yet.',
  chartTitle: 'Models registered and recognised by group',
  groupLabel: (parts: readonly string[]) => parts.join(' — '),
  chartLine: (p: { label: string; registered: N; recognized: N }) => `${p.label}: ${p.registered} registered, ${p.recognized} recognised`,
};
