/** The engine's public face: grids in; rows, findings, counts, report tables and report text out. */
export type * from './types';
export type { Dataset, RegistrationSource } from './dataset';
export type { ReportTable, TableCell, RowKind, ColumnFormat, HeaderMerge } from './report-table';
export type { ReportDocument, ReportDate } from './report-document';
export { readWorkbooks, findRegistrationSheet } from './read-workbooks';
export { analyse, type Analysis } from './check';
export { RULES } from './rules';
export { summarize, measure, DIMENSIONS, MEASURES, type Dimension, type Measures, type Summary, type Group } from './count';
export { reportTables } from './report-tables';
export { reportDocument } from './report-text';
export { REGISTRATION_COLUMNS, UNIT_LIST_COLUMNS, COLUMN_BY_KEY } from './columns';
export { FIELDS, STANDARD_BLOCS, STATUSES, STATUS_LABELS, KIND_LABELS, REGISTRATION_LABELS } from './vocabulary';
export { INFO_LABELS } from './report-info';
export { normText, normLoose, compareVi, cleanText } from './normalize';
export { formatCount, formatDecimal, formatPercent } from './format-number';
export { cellAddress, columnLetters, cellText } from './cell-text';
export { fingerprint } from './fingerprint';
