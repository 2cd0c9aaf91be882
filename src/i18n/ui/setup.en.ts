import type { setupVi } from './setup.vi';
import { plural } from '../plural';

type N = string;

/** The task pane's Thiết lập strings (English), the same keys as `setupVi`. */
export const setupEn: typeof setupVi = {
  heading: 'Set up the workbook',
  intro: 'Adds the standard sheets the workbook is missing. Existing sheets are kept as they are, never overwritten.',
  tableCaption: 'Standard sheets of the workbook',
  sheetColumn: 'Sheet',
  purposeColumn: 'Holds',
  stateColumn: 'State',
  present: 'Present',
  missing: 'Missing',
  purposes: {
    registration: 'One row per model registered in a year',
    units: 'Units (party cells and committees), blocs and communes',
    info: 'Reporting body, report year, period, signer',
    khoi: 'Each commune’s Khối Dân vận cơ sở, one row per year',
    report: 'Drafted report (written by the software)',
    lists: 'Lists behind the dropdowns (hidden sheet)',
  },
  unitForm: {
    heading: 'Add a unit to Danh mục',
    name: 'Unit name (Chi, đảng bộ)',
    bloc: 'Bloc (Khối)',
    commune: 'Commune (Xã/phường, for the Xã, phường bloc)',
    otherNames: 'Other names (Tên khác, separated by ;)',
    successor: 'Taken over by (Đơn vị mới)',
    add: 'Add to Danh mục',
    nameRequired: 'The unit needs a name.',
    added: (p: { unit: string; sheet: string }) => `Added “${p.unit}” to sheet “${p.sheet}”.`,
    already: (p: { unit: string }) => `Danh mục already has “${p.unit}”; nothing written.`,
  },
  infoForm: {
    heading: 'Report particulars',
    intro:
      'The particulars kept in sheet “Thông tin”: body, year, period, deadline and the document’s signature block. An empty one leaves a blank in the document.',
    hints: {
      reportYear: 'e.g. 2024',
      period: 'e.g. 2021-2025',
      deadline: 'day/month/year',
      reportDate: 'day/month/year',
      recipients: 'one per line, or separated by ;',
    },
    save: 'Save Thông tin',
    saved: (p: { count: N; sheet: string }) => `Wrote ${p.count} cells to sheet “${p.sheet}”.`,
    unchanged: 'No particular changed; nothing written.',
    unreadable: 'This value cannot be read; see the example under the field.',
    refused: (p: { count: N }) => `Not written: ${p.count} values cannot be read, see the fields marked in red.`,
  },
  writing: 'Writing…',
  undoEdit: 'Undo the last write',
  undone: 'Undid the last write.',
  changed: 'Not undone: the cells were edited since. Correct them on the sheet.',
  create: 'Create the standard sheets',
  inspecting: 'Looking at the workbook’s sheets…',
  creating: 'Adding the missing sheets…',
  created: (p: { count: N; sheets: string }) => `Added ${plural(p.count, 'sheet')}: ${p.sheets}. Existing sheets were not changed.`,
  cannotHide:
    "This Excel (Excel 2016 installed from disc, ExcelApi 1.1) cannot hide sheets nor offer dropdowns: the software's record sheets (DVK_GhiNhan, DVK_NhapTep, DVK_NhapDong) will be visible. Please do not edit or delete them.",
  complete: 'The workbook has every standard sheet; nothing to add.',
  found: (p: { sheet: string; row: N }) => `Registrations are on sheet “${p.sheet}”, header in row ${p.row}.`,
  otherLayout: (p: { sheet: string; row: N }) =>
    `The workbook already holds registrations in its own layout on sheet “${p.sheet}” (header in row ${p.row}) and the software reads them: no set-up is needed. The button below only adds missing helper sheets, never a “Đăng ký” sheet.`,
  noHeader: (p: { sheet: string }) =>
    `Sheet “${p.sheet}” has no header row (Năm, Tên mô hình, Lĩnh vực, …) in its first 20 rows. It is kept as it is; add the header row of the template.`,
};
