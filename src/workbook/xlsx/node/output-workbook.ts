import theme from 'exceljs/lib/xlsx/xml/theme1';
import type { Grid } from '../../../engine';
import type { SheetContent } from '../../sheet-content';
import type { SheetStore } from '../../workbook';
import { xlsxParts } from '../xlsx-package';
import { zipParts } from './zip-parts';

/**
 * The bytes of a new .xlsx holding the described sheets, in order, written straight from the
 * descriptions: the cells, styles, merges, widths, heights, frozen rows, dropdowns, page set-up and
 * visibility renderSheet gives exceljs, without building tens of thousands of exceljs cells first.
 */
export function outputBytes(contents: readonly SheetContent[], now = new Date()): Promise<Uint8Array> {
  return zipParts(xlsxParts(contents, { creator: 'Dân vận khéo', now, theme }), now);
}

/**
 * A new workbook kept as sheet descriptions (the `SheetStore` the owned-sheet record is written
 * through) until its bytes are asked for.
 */
export function outputWorkbook(initial: readonly SheetContent[]): SheetStore & { bytes(): Promise<Uint8Array> } {
  const contents = [...initial];
  return {
    sheetNames: async () => contents.map((c) => c.name),
    readSheet: async (name): Promise<Grid> => contents.find((c) => c.name === name)?.values ?? [],
    writeSheet: async (content) => {
      const at = contents.findIndex((c) => c.name === content.name);
      // Replacing a sheet keeps its place among the tabs.
      if (at >= 0) contents[at] = content;
      else contents.push(content);
    },
    deleteSheet: async (name) => {
      const at = contents.findIndex((c) => c.name === name);
      if (at >= 0) contents.splice(at, 1);
    },
    bytes: () => outputBytes(contents),
  };
}
