import { cellText, formatDecimal, type CellValue } from '../../engine';
import type { CellStyle } from '../../workbook/sheet-content';

export interface CellDisplay {
  text: string;
  align: 'left' | 'center' | 'right' | 'justify';
}

function numberText(value: number, format: string | undefined): string {
  if (format?.includes('%')) {
    const digits = /\.(0+)%/.exec(format)?.[1].length ?? 0;
    return `${formatDecimal(value * 100, digits)}%`;
  }
  if (format?.includes('#,##0')) return formatDecimal(value, 0);
  return String(value);
}

/**
 * A value as the grid shows it, roughly as Excel would: text exactly as stored (a leading = is
 * text, never a formula), numbers right-aligned, dates as dd/mm/yyyy.
 */
export function cellDisplay(value: CellValue, style: CellStyle | undefined): CellDisplay {
  let text: string;
  let align: CellDisplay['align'] = 'left';
  if (value === null || value === undefined) text = '';
  else if (typeof value === 'number') {
    text = numberText(value, style?.numberFormat);
    align = 'right';
  } else if (typeof value === 'boolean') {
    text = value ? 'TRUE' : 'FALSE';
    align = 'center';
  } else if (value instanceof Date) {
    text = cellText(value);
    align = 'right';
  } else text = value;
  return { text, align: style?.horizontal ?? align };
}
