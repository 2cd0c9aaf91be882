/** A plain-text table for the terminal: columns padded to their widest cell, numbers right-aligned. */
export function textTable(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const cells = [header, ...rows].map((row) => row.map((c) => String(c)));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => [...(row[i] ?? '')].length)));
  const line = (row: string[], r: number): string =>
    row
      .map((c, i) => {
        const pad = ' '.repeat(widths[i] - [...c].length);
        return r > 0 && typeof rows[r - 1][i] === 'number' ? pad + c : c + pad;
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(cells[0], 0), rule, ...cells.slice(1).map((row, r) => line(row, r + 1))].join('\n');
}
