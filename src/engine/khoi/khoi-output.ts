import type { CellValue } from '../types';
import { KHOI_COLUMNS, type KhoiKey } from './khoi-columns';
import type { KhoiRow } from './read-khoi';

const HEAD_TEXT = { secretary: 'Bí thư', deputy: 'Phó Bí thư' } as const;

/** The consolidated `Khối Dân vận` header: the standard columns, then where each row came from. */
export const khoiHeader = (): CellValue[] => [...KHOI_COLUMNS.map((c) => c.header), 'Nguồn'];

/**
 * A Khối row as the consolidated sheet writes it: values understood in their standard form (numbers,
 * `Có`/`Không`, the rating's full words), values not understood exactly as typed (so the consolidated
 * workbook finds the same problems), and `Nguồn`.
 */
export function khoiOutputRow(row: KhoiRow, source: string): CellValue[] {
  const typed = (key: KhoiKey): string | null => row.cells[key]?.text || null;
  const value = (key: KhoiKey): CellValue => {
    if (row.invalid.includes(key)) return typed(key);
    switch (key) {
      case 'commune':
      case 'district':
        return row[key];
      case 'head':
        return row.head === 'secretary' || row.head === 'deputy' ? HEAD_TEXT[row.head] : typed('head');
      case 'complete':
      case 'regulation':
      case 'assigned':
      case 'pilot':
      case 'meetings':
      case 'plan':
        // An empty cell stays empty: the clerk did not write `Không`.
        return (row.cells[key]?.text ?? '') === '' ? null : row[key] ? 'Có' : 'Không';
      default:
        return row[key] ?? null;
    }
  };
  return [...KHOI_COLUMNS.map((c) => value(c.key)), source];
}
