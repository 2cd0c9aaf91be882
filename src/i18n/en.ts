import { encodingEn } from './encoding.en';
import { plural } from './plural';
import { previewEn } from './preview.en';
import { uiEn } from './ui.en';
import type { Messages } from './vi';

type At = { at: string };

/** English strings, the same keys as Vietnamese (the source). */
const count = (n: number): string => n.toLocaleString('en-US');
const mb = (bytes: number): string => count(Math.ceil(bytes / (1024 * 1024)));

export const en: Messages = {
  /** Where a finding is, at the start of its text. */
  place: {
    cell: (p: { cell: string }) => `Cell ${p.cell}`,
    row: (p: { row: number }) => `Row ${p.row}`,
    sheet: (p: { sheet: string }) => `Sheet “${p.sheet}”`,
  },
  expected: {
    year: 'a year from 2000 to 2100, e.g. 2024',
    name: 'the name of the model',
    implementer: 'the collective or person carrying out the model',
    kind: '“Tập thể” (collective) or “Cá nhân” (individual)',
    unit: 'a unit name as in Danh mục',
    bloc: 'Hành chính sự nghiệp, Nội chính, Doanh nghiệp, Xã, phường or a bloc of Danh mục',
    field: 'field 1-4 (a code such as “3”, “LV3” or the field title)',
    registration: '“Duy trì” (continued) or “Đăng ký mới” (new)',
    status: 'Đăng ký, Đủ điều kiện bình xét, Đề nghị công nhận, Được công nhận, Tiêu biểu, Không đạt or Dừng thực hiện (empty means Đăng ký)',
  },
  khoiExpected: {
    year: 'a year from 2000 to 2100',
    count: 'a whole number from 0',
    yesNo: '“Có” (yes) or “Không” (no), or a tick x',
    rate: 'a rate from 0 to 100 (such as 95 or 95%)',
    rating: 'Hoàn thành xuất sắc nhiệm vụ, Hoàn thành tốt nhiệm vụ, Hoàn thành nhiệm vụ or Không hoàn thành nhiệm vụ',
    text: 'text',
  },
  finding: {
    required: (p: At & { column: string; expected: string }) => `${p.at}: ${p.column} is missing (required); expected ${p.expected}.`,
    requiredColumn: (p: { sheet: string; column: string; row: number }) =>
      `Sheet “${p.sheet}”: the header row (row ${p.row}) has no “${p.column}” column (required).`,
    invalidValue: (p: At & { value: string; column: string; expected: string }) => `${p.at}: “${p.value}” is not a valid ${p.column}; expected ${p.expected}.`,
    year: (p: At & { value: string }) => `${p.at}: “${p.value}” is not a valid year; expected a year from 2000 to 2100.`,
    yearMismatch: (p: At & { year: number; reportYear: number }) =>
      `${p.at}: year ${p.year} differs from the report year ${p.reportYear} (sheet Thông tin); this row is not in the year's report.`,
    yearOutsidePeriod: (p: At & { year: number; from: number; to: number }) =>
      `${p.at}: year ${p.year} lies outside the period ${p.from}-${p.to} (sheet Thông tin); check the year.`,
    yearFuture: (p: At & { year: number; thisYear: number }) =>
      `${p.at}: year ${p.year} is well after this year (${p.thisYear}); check the year, or give Năm báo cáo or Giai đoạn on sheet Thông tin.`,
    duplicate: (p: At & { first: string }) => `${p.at}: duplicate of row ${p.first} (same year, unit, model name and implementer); delete one of them.`,
    duplicateAcrossFiles: (p: At & { file: string; name: string; unit: string; year: number; other: string; otherRow: number }) =>
      `${p.at}: model “${p.name}” of ${p.unit} for ${p.year} is in both file “${p.file}” and file “${p.other}” (row ${p.otherRow}); check it is not registered twice.`,
    nearDuplicate: (p: At & { first: string }) =>
      `${p.at}: model name the same as, or close to, row ${p.first} of the same unit and year (ignoring diacritics, case and punctuation); check it is not registered twice.`,
    unitUnknown: (p: At & { unit: string }) => `${p.at}: unit “${p.unit}” is not in Danh mục; correct the name or add the unit to Danh mục.`,
    blocMismatch: (p: At & { rowBloc: string; listBloc: string }) =>
      `${p.at}: bloc “${p.rowBloc}” differs from the unit's bloc “${p.listBloc}” in Danh mục; figures use the bloc of Danh mục.`,
    communeMissing: (p: At) => `${p.at}: the unit belongs to the Xã, phường bloc but has no commune; enter it here or in Danh mục.`,
    decisionMissing: (p: At & { status: string }) => `${p.at}: model “${p.status}” has no recognition decision number.`,
    maintainedWithoutHistory: (p: At & { year: number }) =>
      `${p.at}: marked “Duy trì” (continued) but no model of this unit with this name is registered before ${p.year}; check the name or mark it “Đăng ký mới”.`,
    noMark: (p: At & { column: string; cells: string }) => `${p.at}: no ${p.column} marked (required); mark (x) exactly one of ${p.cells}.`,
    severalMarks: (p: At & { column: string; cells: string }) =>
      `${p.at}: ${p.column} is marked in several cells: ${p.cells}; mark only one. The row is not counted yet.`,
    totalRow: (p: At & { label: string }) => `${p.at}: “${p.label}” is a total line, not a model; it is neither checked nor counted.`,
    hiddenRows: (p: { sheet: string; count: number; filtered: boolean }) =>
      p.count > 0
        ? `Sheet “${p.sheet}”: ${p.count} model rows are hidden${p.filtered ? ' (a filter is on)' : ''}; hidden rows are checked and counted like every other row.`
        : `Sheet “${p.sheet}” has a filter on; every row, those the filter hides included, is checked and counted.`,
    legacyEncoding: (p: At & { column: string; count: number; encoding: string; before: string; after: string }) =>
      `${p.at}: ${p.count} cells of column “${p.column}” (from this one) are typed in the legacy encoding ${p.encoding}, e.g. “${p.before}” → “${p.after}”; they were read as Unicode text. Convert them to Unicode (Kiểm tra → Text in a legacy encoding, or dvk fix-encoding).`,
    khoiRequired: (p: At & { column: string }) => `${p.at}: ${p.column} of the Khối Dân vận is missing (required).`,
    khoiInvalid: (p: At & { value: string; column: string; expected: string }) => `${p.at}: “${p.value}” is not a valid ${p.column}; expected ${p.expected}.`,
    khoiCount: (p: At & { column: string; value: number; members: number }) => `${p.at}: ${p.column} is ${p.value}, more than the members (${p.members}).`,
    khoiEducation: (p: At & { sum: number; members: number }) =>
      `${p.at}: vocational, college and university together are ${p.sum}, more than the members (${p.members}).`,
    khoiDuplicate: (p: At & { commune: string; year: number; first: number }) =>
      `${p.at}: ${p.commune} already has a row for ${p.year} (row ${p.first}); one row per commune and year, delete one of them.`,
    khoiMembers: (p: At & { members: number }) => `${p.at}: the Khối has ${p.members} members, outside the usual 5-20; check the figure.`,
    khoiCommuneUnknown: (p: At & { commune: string }) => `${p.at}: commune “${p.commune}” is not in Danh mục; correct the name to Danh mục's.`,
    noRegistrationSheet: () => 'No registration sheet found: a sheet needs a header row (Tên mô hình, Năm, Lĩnh vực, …) within its first 20 rows.',
    noHeader: (p: { sheet: string }) => `Sheet “${p.sheet}” has no header row (Tên mô hình, Năm, Lĩnh vực, …) within its first 20 rows.`,
  },
  unreadable: {
    notXlsx: 'it is not an Excel .xlsx file',
    oldXls: 'it is an old Excel file (.xls); open it in Excel and save it as .xlsx',
    encrypted: 'it is password-protected; remove the password and save it again',
    corrupt: 'it is damaged and cannot be read',
    missing: 'it does not exist or cannot be opened',
    notFile: 'it is not a file (a folder, a device or a stream)',
    linkLoop: 'it is a link that loops back on itself',
    tooLarge: 'it is too large to read safely',
    zipBomb: 'it is compressed abnormally (it may be a malicious file)',
    tooManyParts: 'it has too many parts inside',
    tooManySheets: 'it has too many sheets',
    tooManyRows: 'it has a sheet with too many rows',
    rowOutOfRange: 'it has a row outside an Excel sheet',
    limits: {
      file: (p: { size: number; limit: number }) => `it weighs ${mb(p.size)} MB, above the limit of ${mb(p.limit)} MB for one file`,
      total: (p: { size: number; limit: number }) => `it unpacks to ${mb(p.size)} MB, over the ${mb(p.limit)} MB limit for a file`,
      part: (p: { part: string; size: number; limit: number }) => `part “${p.part}” unpacks to ${mb(p.size)} MB, over the ${mb(p.limit)} MB limit for a part`,
      zipBomb: (p: { part: string; ratio: number; limit: number }) =>
        `part “${p.part}” is compressed ${count(p.ratio)} times, over the limit of ${count(p.limit)} (it may be a “zip bomb”)`,
      parts: (p: { count: number; limit: number }) => `it has ${count(p.count)} parts inside, over the limit of ${count(p.limit)}`,
      sheets: (p: { count: number; limit: number }) => `it has ${count(p.count)} sheets, over the limit of ${count(p.limit)} sheets`,
      rowNumber: (p: { sheet: string; row: number; limit: number }) =>
        `sheet “${p.sheet}” has row number ${count(p.row)}, past Excel’s last row (${count(p.limit)}); Excel cannot open this file either`,
      rows: (p: { sheet: string; count: number; limit: number }) =>
        `sheet “${p.sheet}” has ${count(p.count)} rows, over the limit of ${count(p.limit)} rows; split it into several files`,
    },
    line: (p: { file: string; problem: string }) => `Cannot read file “${p.file}”: ${p.problem}.`,
  },
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  measures: {
    registered: 'Registered',
    eligible: 'Eligible',
    proposed: 'Proposed',
    recognized: 'Recognised',
    exemplary: 'Exemplary',
    unitsRegistered: 'Units registering',
    unitsRecognized: 'Units recognised',
  },
  dimensions: {
    year: 'Year',
    field: 'Field',
    kind: 'Kind',
    registration: 'Registration',
    bloc: 'Bloc',
    unit: 'Unit',
    commune: 'Commune',
    status: 'Status',
  },
  khoi: {
    cli: {
      heading: (p: { year: string; khoi: string; members: string }) => `Khối Dân vận cơ sở ${p.year}: ${p.khoi} Khối, ${p.members} members.`,
      measure: 'Measure',
      value: 'People / communes',
      intermediate: 'Vocational secondary',
      college: 'College',
      university: 'University or higher',
      politicalTheory: 'Political theory, intermediate or higher',
      headSecretary: 'Headed by the Secretary (communes)',
      headDeputy: 'Headed by the Deputy Secretary (communes)',
      trained: 'Members trained',
      target: 'Target',
      met: 'Met',
      missing: 'Not met',
      excluded: (p: { count: number }) => `${plural(p.count, 'Khối row')} ${p.count === 1 ? 'has an error and is' : 'have an error and are'} not counted.`,
      noSheet: 'No Khối Dân vận sheet (a header with Xã/phường, Số thành viên, …) in the files.',
    },
  },
  cli: {
    usage: [
      'dvk — the “Dân vận khéo” command line',
      '',
      'Usage:',
      '  dvk check FILE... [--json] [--lang en]         check model registration workbooks',
      '  dvk summary FILE... [--by DIM[,DIM...]] [--json]  count the measures by dimensions',
      '  dvk template -o FILE                           write a blank standard workbook',
      '  dvk report FILE... -o OUT [--year YYYY | --period YYYY-YYYY] [--force]',
      '                                                 the report: OUT .docx is the Word document, .xlsx a copy with the Biểu and Báo cáo sheets',
      '  dvk consolidate FILE|DIR... [--base BOOK.xlsx] -o OUT [--feedback DIR] [--force]',
      "                                                 consolidate the units' files, track submissions",
      '  dvk fix-encoding FILE -o OUT [--dry-run] [--force]  convert TCVN3/VNI text to Unicode into a copy',
      '  dvk khoi FILE|DIR... [--year YYYY] [--json]     Khối Dân vận cơ sở: figures and the seven targets',
      '',
      'DIM: year, field, kind, registration, bloc, unit, commune, status',
      'FILE… also takes a folder (its .xlsx files) and a quoted name pattern ("don-vi/*.xlsx"). dvk --version: the version; dvk COMMAND --help: one command’s usage.',
    ].join('\n'),
    unknownCommand: (p: { command: string }) => `Unknown command: “${p.command}”.`,
    badYear: (p: { value: string }) => `--year needs a four-digit year, e.g. 2024 (got “${p.value}”).`,
    badPeriod: (p: { value: string }) => `--period needs two years, e.g. 2021-2023, and does not go with --year (got “${p.value}”).`,
    missingFiles: 'At least one .xlsx file is needed.',
    missingOutput: 'Name the output file with -o FILE.',
    unknownOption: (p: { option: string }) => `Unknown option: “${p.option}”.`,
    unknownDimension: (p: { dimension: string }) => `Unknown dimension: “${p.dimension}”; use year, field, kind, registration, bloc, unit, commune, status.`,
    noFindings: 'No errors or warnings.',
    findingCounts: (p: { errors: number; warnings: number; infos: number }) =>
      `Total: ${plural(p.errors, 'error')}, ${plural(p.warnings, 'warning')}, ${plural(p.infos, 'note')}.`,
    excluded: (p: { count: number }) =>
      p.count === 1
        ? '1 row has an error in a counted column and is not counted.'
        : `${count(p.count)} rows have an error in a counted column and are not counted.`,
    total: 'Total',
    empty: '(empty)',
    templateWritten: (p: { file: string }) => `Template written: ${p.file}`,
    reportWritten: (p: { file: string }) => `Report written to: ${p.file}`,
    nothingToReport: 'Nothing to report: the files have no model registration sheet and no Khối Dân vận sheet; nothing written.',
    noRowsToReport: 'Nothing to report: the registration and Khối Dân vận sheets of the files hold no rows yet; nothing written.',
    sameAsInput: 'The output is the input file; choose another name so the original is not overwritten.',
    outputExists: (p: { file: string }) => `File “${p.file}” exists; add --force to overwrite it.`,
    editedByHand: (p: { sheet: string }) => `Sheet “${p.sheet}” was edited by hand since it was last written; add --force to replace it.`,
    legacyRemoved: (p: { sheet: string }) =>
      `Removed sheet “${p.sheet}”, written by the previous version: each table now prints on its own sheet (Biểu 01 … Biểu 04).`,
    legacyKept: (p: { sheet: string }) => `Sheet “${p.sheet}” was edited by hand and is left as it is; the tables are now on sheets Biểu 01 … Biểu 04.`,
    lossyCopy: (p: { parts: string }) => `The file has ${p.parts} that a copy cannot keep unchanged; the report is written to a separate new workbook.`,
    parts: {
      charts: 'charts',
      pivotTables: 'pivot tables',
      images: 'images',
      macros: 'macros',
      dataValidations: 'dropdowns over whole columns (kept only where there is data)',
      mergedCells: 'merged areas too large or too many (only the first kept)',
      definedNames: 'named ranges over too many cells',
    },
    writeFailed: (p: { file: string; reason: string }) => `Could not write “${p.file}”: ${p.reason}`,
    writeReasons: {
      EACCES: 'no permission to write in this folder',
      EPERM: 'no permission to write in this folder',
      EROFS: 'the drive is read-only',
      ENOENT: 'the folder does not exist',
      ENOTDIR: 'part of the path is a file, not a folder',
      EISDIR: 'this path is a folder',
      ENOTEMPTY: 'this path is a folder',
      EEXIST: 'this path is a file, not a folder',
      ENOSPC: 'the drive is full',
      EBUSY: 'the file is open in another program (Excel?)',
    },
    cellCut: (p: { sheet: string; cell: string; length: number }) =>
      `Cell ${p.cell} of sheet “${p.sheet}” holds ${count(p.length)} characters, over Excel’s 32,767 per cell: its beginning was written, ending with “…[cắt bớt]”.`,
    feedbackDirFailed: (p: { dir: string; reason: string }) => `Could not make the feedback folder “${p.dir}”: ${p.reason}`,
  },
  consolidate: {
    states: { missing: 'Not submitted', onTime: 'Submitted on time', late: 'Submitted late', received: 'Submitted' },
    withErrors: 'With errors',
    cli: {
      missingOutput: 'Name the consolidated file with -o FILE.xlsx.',
      sameAsInput: (p: { file: string }) => `The output is the input file “${p.file}”; choose another name so the original is not overwritten.`,
      baseUnreadable: (p: { file: string }) => `The base workbook “${p.file}” cannot be used; nothing was written.`,
      noInputs: 'No .xlsx file to consolidate.',
      repeated: 'already listed, skipped',
      base: 'base workbook',
      isBase: 'is the base workbook (--base), not consolidated as a unit file',
      unreadable: 'cannot be read, skipped',
      noRegistrations: (p: { message: string }) => `no registrations: ${p.message}`,
      units: (p: { units: string[]; more: number }) => p.units.join('; ') + (p.more > 0 ? ` and ${p.more} other units` : ''),
      noUnit: 'unit unknown',
      years: (p: { years: number[] }) => (p.years.length === 0 ? '' : `, ${p.years.join(', ')}`),
      merged: (p: { rows: number }) => `merged ${p.rows} rows`,
      replaces: (p: { rows: number; file: string }) => `replaced ${p.rows} rows of the older file “${p.file}”`,
      replacedBy: (p: { rows: number; file: string }) => `${p.rows} rows replaced by the newer file “${p.file}”`,
      supersededBy: (p: { rows: number; file: string }) => `skipped ${p.rows} rows as file “${p.file}” is newer`,
      khoiMerged: (p: { rows: number }) => `merged ${plural(p.rows, 'Khối Dân vận row')}`,
      khoiReplaces: (p: { rows: number; file: string }) => `replaces ${plural(p.rows, 'Khối row')} of the older file “${p.file}”`,
      khoiReplacedBy: (p: { rows: number; file: string }) => `${plural(p.rows, 'Khối row')} replaced by the newer file “${p.file}”`,
      khoiSupersededBy: (p: { rows: number; file: string }) => `skipped ${plural(p.rows, 'Khối row')} as file “${p.file}” is newer`,
      communesOnly: 'only a Khối Dân vận sheet',
      counts: (p: { errors: number; warnings: number }) => `${plural(p.errors, 'error')}, ${plural(p.warnings, 'warning')}`,
      line: (p: { file: string; who: string; what: string }) => `${p.file} — ${p.who}: ${p.what}`,
      bare: (p: { file: string; what: string }) => `${p.file}: ${p.what}`,
      written: (p: { file: string; rows: number; files: number }) => `Consolidated file written: ${p.file} (${p.rows} rows from ${p.files} files).`,
      tracking: (p: { parts: string }) => `Submissions: ${p.parts}.`,
      unknown: (p: { unit: string; rows: number; files: string; suggestions: string }) =>
        `Unit not in Danh mục, not counted in the submissions: “${p.unit}” (${plural(p.rows, 'row')}, file ${p.files})${p.suggestions ? `; similar: ${p.suggestions}` : ''}.`,
      count: (p: { count: number; state: string }) => `${p.count} ${p.state.toLocaleLowerCase('en')}`,
      feedbackWritten: (p: { count: number; dir: string }) => `${p.count} feedback files written to: ${p.dir}`,
      progress: (p: { done: number; total: number; file: string }) => `Reading ${p.done}/${p.total} ${p.file}`,
    },
    trackingSheet: {
      title: (p: { year: string; deadline: string }) => `Submissions of “Dân vận khéo” registration files${p.year}${p.deadline}`,
      year: (p: { year: number }) => ` for ${p.year}`,
      deadline: (p: { date: string }) => ` (deadline ${p.date})`,
      header: ['No.', 'Unit', 'Bloc', 'State', 'File', 'Submitted on', 'Models', 'Errors', 'Warnings', 'Notes'],
      notListed: 'not in Danh mục',
      unknownHeading:
        'Files of units not in Danh mục (not counted above; correct the name in the file, or add the unit to Danh mục or record the name as another name of a unit)',
      unknownRow: (p: { unit: string; rows: number; files: string; suggestions: string }) =>
        `“${p.unit}”: ${plural(p.rows, 'row')}, file ${p.files}${p.suggestions ? `; similar: ${p.suggestions}` : ''}`,
      resubmitted: (p: { count: number }) => `submitted ${p.count} times`,
      khoi: (p: { missing: number; of: number; names: string }) =>
        p.missing === 0
          ? `Khối Dân vận cơ sở: every one of the ${p.of} communes of Danh mục has its row.`
          : `Khối Dân vận cơ sở: the row of ${p.missing}/${p.of} communes is missing: ${p.names}.`,
    },
    feedbackSheet: {
      name: 'Feedback',
      title: 'Feedback on the checks of a “Dân vận khéo” registration file',
      unit: (p: { unit: string }) => `Unit: ${p.unit}`,
      files: (p: { files: string }) => `File: ${p.files}`,
      state: (p: { state: string }) => `State: ${p.state}`,
      ask: 'Please correct the points below and send the file again.',
      header: ['No.', 'File', 'Sheet', 'Cell', 'Rule', 'Severity', 'Message'],
    },
  },
  workbookError: {
    protected: 'The sheet is protected (Protect Sheet). Unprotect it and try again.',
    editing: 'Excel is in cell-edit mode. Press Enter or Esc to leave the cell, then try again.',
    tooLarge: 'The data sent to Excel is too large for one request. Try again; if it persists, split the sheet.',
    busy: 'Excel is busy. Wait a moment and try again.',
    unsupported: 'This Excel lacks a feature the software needs (an older Excel). Update Office; meanwhile, use the browser version of the app.',
    selection: 'The selection is not a range of cells (a chart or a shape may be selected). Click a cell and try again.',
    missing: 'A sheet the software needs was not found: it may just have been renamed or deleted. Check and try again.',
    unknown: (p: { detail: string }) => `Excel reported an error: ${p.detail}. Try again; if it persists, save the workbook and reopen Excel.`,
  },
  ui: uiEn,
  preview: previewEn,
  encoding: encodingEn,
  report: {
    party: 'ĐẢNG CỘNG SẢN VIỆT NAM',
    title: 'REPORT',
    subtitle: (p: { year: number | string }) => `results of the “Dân vận khéo” movement in ${p.year}`,
    periodSubtitle: (p: { span: string }) => `review of the “Dân vận khéo” movement, ${p.span}`,
    recipients: 'Recipients:',
    archive: 'Archive',
  },
};
