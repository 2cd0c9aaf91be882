import type { UiStrings } from './ui.vi';
import { setupEn } from './ui/setup.en';
import { entryEn } from './ui/entry.en';
import { checkEn } from './ui/check.en';
import { summaryEn } from './ui/summary.en';
import { reportEn } from './ui/report.en';
import { khoiEn } from './ui/khoi.en';
import { consolidateEn } from './ui/consolidate.en';

/** Task pane strings (English), the same keys as `uiVi`. */
export const uiEn: UiStrings = {
  appTitle: 'Dân vận khéo (Skilful Mass Mobilisation)',
  appSubtitle: 'Enter, check, summarise and report “Dân vận khéo” models right in Excel.',
  language: { label: 'Language', vi: 'Tiếng Việt', en: 'English' },
  sheetList: (names: readonly string[]) => names.map((n) => `“${n}”`).join(', '),
  fieldLabel: (p: { code: number; title: string }) => `${p.code}. ${p.title}`,
  tabs: {
    label: 'Task pane sections',
    setup: 'Set up',
    entry: 'Enter',
    check: 'Check',
    summary: 'Summarise',
    report: 'Report',
    consolidate: 'Consolidate units',
  },
  status: {
    errorTitle: 'Could not finish',
    unexpected: (p: { detail: string }) => `Unexpected error: ${p.detail}. Nothing was changed; try again, and if it persists close and reopen the task pane.`,
    noExcel: 'Not connected to an Excel workbook. Open the task pane from Excel (Home tab → Dân vận khéo).',
    noRegistrationSheet: 'The workbook has no registration sheet yet. Use “Set up” to add the standard sheets.',
  },
  setup: setupEn,
  entry: entryEn,
  check: checkEn,
  rules: {
    required: 'Required value missing',
    'invalid-value': 'Invalid value',
    year: 'Invalid year',
    'year-mismatch': 'Differs from the report year',
    duplicate: 'Duplicate row',
    'duplicate-across-files': 'Duplicate across units’ files',
    'near-duplicate': 'Nearly identical model name',
    'unit-unknown': 'Unit not in Danh mục',
    'bloc-mismatch': 'Bloc differs from Danh mục',
    'commune-missing': 'Commune missing',
    'decision-missing': 'Recognition decision missing',
    'maintained-without-history': 'Continued without an earlier year',
    'legacy-encoding': 'Text in a legacy encoding',
    'total-row': 'Total row inside the list',
    'hidden-rows': 'Hidden or filtered rows (still counted)',
    'no-registration-sheet': 'No registration sheet',
    'no-header': 'No header row',
    'unreadable-file': 'Unreadable file',
    'khoi-required': 'Khối Dân vận: required value missing',
    'khoi-invalid-value': 'Khối Dân vận: value not valid',
    'khoi-count': 'Khối Dân vận: more people than members',
    'khoi-education': 'Khối Dân vận: education levels above the members',
    'khoi-duplicate': 'Khối Dân vận: a commune twice in one year',
    'khoi-members': 'Khối Dân vận: members outside 5-20',
    'khoi-commune-unknown': 'Khối Dân vận: commune not in Danh mục',
  },
  summary: summaryEn,
  report: reportEn,
  khoi: khoiEn,
  consolidate: consolidateEn,
};
