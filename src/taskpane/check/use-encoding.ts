import { useCallback, useMemo, useState } from 'react';
import { planEncodingFix, type EncodingFix, type EncodingPlan, type LegacyEncoding } from '../../engine';
import type { CellWrite, WorkbookPort } from '../../workbook/workbook';
import { usePane } from '../pane-context';
import type { Snapshot } from '../snapshot';
import type { Action } from '../status/use-action';

/** The font converted cells take; undo gives the legacy text a font that shows it. */
const UNICODE_FONT = 'Times New Roman';
const LEGACY_FONTS: Record<LegacyEncoding, string> = { tcvn3: '.VnTime', vni: 'VNI-Times' };

export interface EncodingFixing {
  plan: EncodingPlan | null;
  /** The cells the last conversion changed, until undone. */
  converted: readonly EncodingFix[] | null;
  convert: () => Promise<boolean>;
  undo: () => Promise<boolean>;
}

/** Writes cells sheet by sheet (one `writeCells` per sheet and font). */
async function writeBySheet(workbook: WorkbookPort, groups: Map<string, { sheet: string; font: string; cells: CellWrite[] }>): Promise<void> {
  for (const { sheet, font, cells } of groups.values()) await workbook.writeCells(sheet, cells, { font });
}

function group(fixes: readonly EncodingFix[], value: (f: EncodingFix) => string, font: (f: EncodingFix) => string) {
  const groups = new Map<string, { sheet: string; font: string; cells: CellWrite[] }>();
  for (const fix of fixes) {
    const key = `${fix.sheet}\u0000${font(fix)}`;
    let entry = groups.get(key);
    if (!entry) groups.set(key, (entry = { sheet: fix.sheet, font: font(fix), cells: [] }));
    entry.cells.push({ row: fix.row, col: fix.col, value: value(fix) });
  }
  return groups;
}

/**
 * Converting the legacy-encoded cells the check found, and undoing it. Undo restores only cells that
 * still hold the converted text: a cell the clerk edited since is kept as it is, and said so.
 * `recheck` reads the workbook again after each change.
 */
export function useEncoding(snapshot: Snapshot | null, action: Action, recheck: () => Promise<boolean>): EncodingFixing {
  const { workbook, m, num } = usePane();
  const { run, announce } = action;
  const [converted, setConverted] = useState<readonly EncodingFix[] | null>(null);
  const plan = useMemo(() => (snapshot ? planEncodingFix(snapshot.sheets) : null), [snapshot]);

  const convert = useCallback(async () => {
    if (!plan || plan.fixes.length === 0) return false;
    const fixes = plan.fixes;
    const done = await run(m.encoding.converting, async () => {
      await writeBySheet(
        workbook,
        group(
          fixes,
          (f) => f.after,
          () => UNICODE_FONT,
        ),
      );
      setConverted(fixes);
    });
    if (!done) return false;
    await recheck();
    announce(m.encoding.converted({ count: num(fixes.length) }));
    return true;
  }, [plan, run, recheck, announce, workbook, m, num]);

  const undo = useCallback(async () => {
    if (!converted) return false;
    let restored: EncodingFix[] = [];
    const done = await run(m.encoding.undoing, async () => {
      const sheets = new Map((await workbook.readWorkbook()).map((s) => [s.name, s.grid]));
      restored = converted.filter((f) => sheets.get(f.sheet)?.[f.row - 1]?.[f.col] === f.after);
      await writeBySheet(
        workbook,
        group(
          restored,
          (f) => f.before,
          (f) => LEGACY_FONTS[f.encoding],
        ),
      );
      setConverted(null);
    });
    if (!done) return false;
    await recheck();
    const kept = converted.length - restored.length;
    announce([m.encoding.undone({ count: num(restored.length) }), kept > 0 ? m.encoding.undoKept({ count: num(kept) }) : null].filter(Boolean).join(' '));
    return true;
  }, [converted, run, recheck, announce, workbook, m, num]);

  return { plan, converted, convert, undo };
}
