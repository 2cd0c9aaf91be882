import type { Capabilities } from '../workbook';
import type { OfficeHost } from './office-host';

/** The ExcelApi requirement set each nicety needs; the basic path (values, fonts, borders) is 1.1. */
export const API = {
  /** `getUsedRange(valuesOnly)`, `merge`, `format.columnWidth`/`rowHeight`, `autofitColumns`, `workbook.onSelectionChanged`. */
  merges: '1.2',
  valuesOnlyUsedRange: '1.2',
  sizes: '1.2',
  /** Setting `Worksheet.visibility` (reading it is 1.1). */
  hideSheets: '1.2',
  selectionEvent: '1.2',
  conditionalFormats: '1.6',
  freezePanes: '1.7',
  dataValidation: '1.8',
  pageLayout: '1.9',
  /** `Range.getSpecialCellsOrNullObject('Visible')` and `Worksheet.autoFilter`: hidden rows and filters. */
  hiddenRows: '1.9',
  charts: '1.1',
} as const;

export type Supports = (version: string) => boolean;

export const supportsOf =
  (host: OfficeHost): Supports =>
  (version) =>
    host.isSetSupported('ExcelApi', version);

export function officeCapabilities(host: OfficeHost): Capabilities {
  const supports = supportsOf(host);
  return {
    fitColumns: supports(API.sizes),
    hideSheets: supports(API.hideSheets),
    conditionalFormats: supports(API.conditionalFormats),
    freezePanes: supports(API.freezePanes),
    dropdowns: supports(API.dataValidation),
    pageSetup: supports(API.pageLayout),
    charts: supports(API.charts),
  };
}
