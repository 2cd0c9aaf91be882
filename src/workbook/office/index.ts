/** The Office.js adapter: the only place where the `Excel`, `Office` and `OfficeExtension` globals appear. */
export { officeWorkbook } from './office-workbook';
export { officeHost, type OfficeHost } from './office-host';
export { officeEnvironment, type OfficeEnvironment } from './environment';
