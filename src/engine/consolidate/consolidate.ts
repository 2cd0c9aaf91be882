import { analyse, analyseMerged } from '../check';
import type { Dataset } from '../dataset';
import { normText } from '../normalize';
import { mergeReportInfo, unitParticulars } from '../report-info';
import { reportYear } from '../report-scope';
import { readReference, readRows, readWorkbooks, type Reference } from '../read-workbooks';
import { isValidYear } from '../rules/row-rules';
import type { RegistrationRow, ReportInfo, WorkbookGrids } from '../types';
import { infoGrid, outputRow, registrationHeader, unitListGrid } from './output-grids';
import { trackSubmissions, vietnamDay, type Source } from './tracking';
import type { Consolidation, ConsolidationInput, ConsolidationOptions, FileReport, KhoiFileReport, RowCount, Tracking } from './types';
import { KHOI_SHEET } from '../khoi/khoi-columns';
import { khoiYear } from '../khoi/khoi-figures';
import { khoiHeader, khoiOutputRow } from '../khoi/khoi-output';
import type { KhoiRow } from '../khoi/read-khoi';
import { placeName } from '../report-scope';
import { BLOC_COMMUNE } from '../vocabulary';
import type { UnitEntry } from '../types';

/** Appends to the list under a key. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Names made unique in order: a repeated name gets ` (2)`, ` (3)`… */
function uniqueNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    let unique = name;
    for (let n = 2; used.has(unique); n++) unique = `${name} (${n})`;
    used.add(unique);
    return unique;
  });
}

/**
 * What the files are read against. With a base: its `Danh mục` when it has one (else the files'
 * lists merged), and its `Thông tin`; from the units' files only the year and the period it leaves
 * empty. Without a base: the files' lists merged, first spelling first, and no particular naming the
 * issuer (the district fills them in the consolidated workbook).
 */
function referenceFor(base: WorkbookGrids | null, files: readonly WorkbookGrids[]): Reference {
  const fromFiles = readReference(files);
  // The year and period the units agree on; files of several years (2021, 2022, 2023) give none, and the
  // report is then of the latest year present, not of the first file's.
  const each = files.map((f) => readReference([f]).info).filter((i) => i.reportYear !== null || i.period !== null);
  const agreed = <T>(pick: (i: ReportInfo) => T | null): T | null => {
    const values = new Set(each.map((i) => JSON.stringify(pick(i))));
    return values.size === 1 ? pick(each[0]) : null;
  };
  const filesInfo = unitParticulars({ ...fromFiles.info, reportYear: agreed((i) => i.reportYear), period: agreed((i) => i.period) });
  if (!base) return { ...fromFiles, info: filesInfo };
  const fromBase = readReference([base]);
  const lists = fromBase.hasUnitList ? fromBase : fromFiles;
  return { units: lists.units, hasUnitList: lists.hasUnitList, blocs: lists.blocs, info: mergeReportInfo([fromBase.info, filesInfo]) };
}

/** The units a file is from: the unit more than half of its rows name, else every unit it names. */
function unitsOf(rows: readonly RegistrationRow[], every: boolean): { units: string[]; own: string[] } {
  const counts = new Map<string, number>();
  for (const r of rows) if (r.unit !== null) counts.set(r.unit, (counts.get(r.unit) ?? 0) + 1);
  const units = [...counts.keys()];
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const major = every ? undefined : units.find((u) => (counts.get(u) ?? 0) * 2 > total);
  return { units, own: major === undefined ? units : [major] };
}

const time = (d: Date | null | undefined): number => (d ? d.getTime() : -Infinity);

/** Newer first: a file the clerk chose, then by the workbook's modified date (else the file's date), then by the file's date, then by import order. */
function newer(a: Source, b: Source): boolean {
  const ka = [Number(a.chosen), time(a.date), time(a.fileDate), a.report.index];
  const kb = [Number(b.chosen), time(b.date), time(b.fileDate), b.report.index];
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] > kb[i];
  return false;
}

function add(counts: RowCount[], file: string, rows: number): void {
  const found = counts.find((c) => c.file === file);
  if (found) found.rows += rows;
  else counts.push({ file, rows });
}

const emptyKhoiReport = (): KhoiFileReport => ({ rows: 0, merged: 0, replaces: [], replacedBy: [], supersededBy: [] });

/** The communes of `Danh mục` (its `Xã, phường` units) whose Khối row of the year is not in the set. */
function khoiSubmissions(units: readonly UnitEntry[], rows: readonly KhoiRow[], year: number | null): NonNullable<Tracking['khoi']> {
  const place = (name: string): string => normText(placeName(name));
  const communes = [
    ...new Map(units.filter((u) => u.bloc === BLOC_COMMUNE && u.commune).map((u) => [place(u.commune as string), u.commune as string])).entries(),
  ];
  const present = new Set(rows.filter((r) => r.year === year && r.commune).map((r) => place(r.commune as string)));
  return { of: communes.length, missing: communes.filter(([key]) => !present.has(key)).map(([, name]) => name) };
}

/**
 * Consolidates units' workbooks (grids in, no files): each file read and checked on its own; its
 * rows merged with their `Nguồn`; a newer file from a unit replacing that unit's rows of the same
 * year from older files (an older file never replaces a newer one: its rows are superseded); models
 * found in two files flagged; the units' submissions tracked against `Danh mục` and `Hạn nộp`.
 */
export function consolidate(inputs: readonly ConsolidationInput[], options: ConsolidationOptions = {}): Consolidation {
  const base = options.base ?? null;
  const names = uniqueNames([...(base ? [base.name] : []), ...inputs.map((i) => i.name)]);
  const baseBook: WorkbookGrids | null = base ? { ...base.grids, file: names[0] } : null;
  const books = inputs.map((input, i): WorkbookGrids => ({ ...input.grids, file: names[i + (base ? 1 : 0)] }));
  const reference = referenceFor(baseBook, books);
  const all = readRows([...(baseBook ? [baseBook] : []), ...books], reference);

  const byFile = new Map<string | undefined, RegistrationRow[]>();
  for (const row of all.rows) push(byFile, row.file, row);
  const fileDataset = (file: string): Dataset => ({
    ...all,
    rows: byFile.get(file) ?? [],
    sources: all.sources.filter((s) => s.file === file),
    readFindings: all.readFindings.filter((f) => f.file === file),
  });

  const sources: Source[] = [
    ...(base && baseBook ? [{ input: base, book: baseBook, index: -1 }] : []),
    ...inputs.map((input, i) => ({ input, book: books[i], index: i })),
  ].map(({ input, book, index }) => {
    const name = book.file as string;
    const rows = byFile.get(name) ?? [];
    const { units, own } = unitsOf(rows, index < 0);
    const date = index < 0 ? null : (input.modified ?? input.fileDate ?? null);
    const report: FileReport = {
      name,
      index,
      date,
      dateKind: index < 0 || !date ? null : input.modified ? 'modified' : 'file',
      hasRegistrations: all.sources.some((s) => s.file === name),
      units,
      ownUnits: own,
      years: [...new Set(rows.map((r) => r.year).filter(isValidYear))].sort((a, b) => a - b),
      rows: rows.length,
      merged: 0,
      replacedBy: [],
      supersededBy: [],
      replaces: [],
      khoi: null,
      findings: analyse(fileDataset(name), { thisYear: options.thisYear }).findings,
      errors: 0,
      warnings: 0,
    };
    return { report, rows, date, fileDate: index < 0 ? null : (input.fileDate ?? null), isBase: index < 0, chosen: index >= 0 && input.chosen === true };
  });

  // Slices of the rows of the units each file is from, by unit and year; the newest file keeps each.
  const slices = new Map<string, Array<{ source: Source; rows: RegistrationRow[] }>>();
  for (const source of sources) {
    const own = new Set(source.report.ownUnits);
    const mine = new Map<string, RegistrationRow[]>();
    for (const row of source.rows) {
      if (row.unit === null || !own.has(row.unit)) continue;
      const key = JSON.stringify([row.unit, row.year]);
      push(mine, key, row);
    }
    for (const [key, rows] of mine) push(slices, key, { source, rows });
  }
  const dropped = new Set<RegistrationRow>();
  for (const list of slices.values()) {
    if (list.length < 2) continue;
    const owner = list.reduce((best, s) => (newer(s.source, best.source) ? s : best));
    for (const slice of list) {
      if (slice === owner) continue;
      for (const row of slice.rows) dropped.add(row);
      const [older, newest] = [slice.source.report, owner.source.report];
      if (older.index < newest.index) {
        add(older.replacedBy, newest.name, slice.rows.length);
        add(newest.replaces, older.name, slice.rows.length);
      } else {
        add(older.supersededBy, newest.name, slice.rows.length);
      }
    }
  }

  const merged = all.rows.filter((r) => !dropped.has(r));
  const duplicates = analyseMerged(merged);
  for (const source of sources) {
    const { report } = source;
    report.merged = source.rows.filter((r) => !dropped.has(r)).length;
    report.findings.push(...duplicates.filter((f) => f.file === report.name));
    report.errors = report.findings.filter((f) => f.severity === 'error').length;
    report.warnings = report.findings.filter((f) => f.severity === 'warning').length;
  }

  const sourceText = (row: RegistrationRow): string => {
    const file = row.file ?? '';
    if (row.source === '') return file;
    return base && row.file === baseBook?.file ? row.source : `${file} › ${row.source}`;
  };
  // The communes' Khối rows: for a commune and year, the newest file's row (as for a unit's models).
  const sourceOf = new Map(sources.map((s) => [s.report.name, s]));
  const khoiByKey = new Map<string, KhoiRow[]>();
  const khoiLoose: KhoiRow[] = [];
  for (const s of all.khoiSources) {
    const report = sourceOf.get(s.file ?? '')?.report;
    if (report) report.khoi = emptyKhoiReport();
  }
  for (const row of all.khoi) {
    const own = sourceOf.get(row.file ?? '')?.report.khoi;
    if (own) own.rows++;
    if (row.commune === null || row.year === null) khoiLoose.push(row);
    else push(khoiByKey, `${row.year}\u0000${normText(placeName(row.commune))}`, row);
  }
  const khoiKept: KhoiRow[] = [];
  for (const list of khoiByKey.values()) {
    // Within one file, its first row stays (the second is its own duplicate, found in that file).
    const firsts = list.filter((row, i) => list.findIndex((other) => other.file === row.file) === i);
    const at = (row: KhoiRow): Source => sourceOf.get(row.file ?? '') as Source;
    const owner = firsts.reduce((best, row) => (newer(at(row), at(best)) ? row : best));
    khoiKept.push(owner);
    for (const row of firsts) {
      if (row === owner) continue;
      const [older, newest] = [at(row).report, at(owner).report];
      if (!older.khoi || !newest.khoi) continue;
      if (older.index < newest.index) {
        add(older.khoi.replacedBy, newest.name, 1);
        add(newest.khoi.replaces, older.name, 1);
      } else add(older.khoi.supersededBy, newest.name, 1);
    }
  }
  for (const row of [...khoiKept, ...khoiLoose]) {
    const own = sourceOf.get(row.file ?? '')?.report.khoi;
    if (own) own.merged++;
  }
  const khoiRows = [...khoiKept, ...khoiLoose];
  const workbook: WorkbookGrids = {
    file: options.output,
    sheets: [
      { name: 'Đăng ký', grid: [registrationHeader(), ...merged.map((row, i) => outputRow(row, i + 1, sourceText(row)))] },
      { name: 'Danh mục', grid: unitListGrid(reference.units) },
      { name: 'Thông tin', grid: infoGrid(reference.info) },
      ...(all.khoiSources.length > 0 ? [{ name: KHOI_SHEET, grid: [khoiHeader(), ...khoiRows.map((r) => khoiOutputRow(r, r.file ?? ''))] }] : []),
    ],
  };
  const dataset = readWorkbooks([workbook]);
  const analysis = analyse(dataset, { thisYear: options.thisYear });
  const year = reportYear(analysis.counted, dataset.info) ?? khoiYear(dataset.khoi, dataset.info);
  const tracking = trackSubmissions({
    sources: sources.filter((s) => !s.isBase),
    reference,
    merged,
    dropped,
    year,
    dayOf: options.dayOf ?? vietnamDay,
  });
  const khoiTracking = all.khoiSources.length > 0 ? khoiSubmissions(reference.units, dataset.khoi, year) : null;
  // Only against a Danh mục that lists communes.
  if (khoiTracking && khoiTracking.of > 0) tracking.khoi = khoiTracking;
  const [baseSource, ...fileSources] = base ? sources : [null, ...sources];
  return {
    base: baseSource?.report ?? null,
    files: fileSources.map((s) => (s as Source).report),
    duplicates,
    mergedRows: merged,
    mergedKhoi: khoiRows,
    workbook,
    dataset,
    analysis,
    tracking,
  };
}
