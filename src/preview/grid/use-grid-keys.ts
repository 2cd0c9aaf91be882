import type { KeyboardEvent } from 'react';

export interface GridKeys {
  /** The active cell, 0-based; null when the sheet has none. */
  active: { row: number; col: number } | null;
  rows: number;
  cols: number;
  pageRows: number;
  move(row: number, col: number): void;
}

/** Arrow keys, PageUp/PageDown, Home and Ctrl+Home move the active cell, as in Excel. */
export function gridKeyHandler({ active, rows, cols, pageRows, move }: GridKeys): (event: KeyboardEvent) => void {
  return (event) => {
    const { row, col } = active ?? { row: 0, col: 0 };
    const ctrl = event.ctrlKey || event.metaKey;
    let next: [number, number] | null = null;
    switch (event.key) {
      case 'ArrowUp':
        next = [ctrl ? 0 : row - 1, col];
        break;
      case 'ArrowDown':
        next = [ctrl ? rows - 1 : row + 1, col];
        break;
      case 'ArrowLeft':
        next = [row, ctrl ? 0 : col - 1];
        break;
      case 'ArrowRight':
        next = [row, ctrl ? cols - 1 : col + 1];
        break;
      case 'PageUp':
        next = [row - pageRows, col];
        break;
      case 'PageDown':
        next = [row + pageRows, col];
        break;
      case 'Home':
        next = ctrl ? [0, 0] : [row, 0];
        break;
      default:
        return;
    }
    event.preventDefault();
    move(Math.max(0, Math.min(rows - 1, next[0])), Math.max(0, Math.min(cols - 1, next[1])));
  };
}
