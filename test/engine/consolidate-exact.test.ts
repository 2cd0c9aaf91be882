/** Exactness: the seed 004 rows split into one file per unit consolidate to exactly the summary, tables and text of the single file. */
import { consolidate, DIMENSIONS, readWorkbooks, analyse, reportDocument, reportTables, summarize, type Dimension } from '../../src/engine';
import { SEED004_FIGURES as F } from '../fixtures/seed004';
import { toGrids } from '../helpers/grids';
import { splitByUnit } from './consolidate-split';

const pairs: Dimension[][] = [...DIMENSIONS.map((d) => [d]), ...DIMENSIONS.flatMap((a, i) => DIMENSIONS.slice(i + 1).map((b) => [a, b]))];

describe('consolidation is exact', () => {
  const { sheets, files, base } = splitByUnit();
  const single = readWorkbooks([toGrids(sheets, 'seed.xlsx')]);
  const singleAnalysis = analyse(single);
  const c = consolidate(
    files.map((f) => ({ name: f.name, grids: toGrids(f.sheets, f.name), fileDate: new Date('2022-11-14T03:00:00Z') })),
    { base: { name: 'thanh-uy.xlsx', grids: toGrids(base, 'thanh-uy.xlsx') } },
  );

  it('reads 34 unit files, each from its one unit, all rows merged', () => {
    expect(files).toHaveLength(F.registeringUnits);
    expect(c.files.every((f) => f.ownUnits.length === 1 && f.merged === f.rows && f.errors === 0)).toBe(true);
    expect(c.dataset.rows).toHaveLength(191);
    expect(c.duplicates).toEqual([]);
  });

  it.each(pairs.map((p) => [p.join(',') || 'total', p]))('gives the single file’s summary by %s', (_, dims) => {
    const expected = summarize(singleAnalysis.counted, dims, { excluded: singleAnalysis.excluded, blocs: single.blocs });
    expect(summarize(c.analysis.counted, dims, { excluded: c.analysis.excluded, blocs: c.dataset.blocs })).toEqual(expected);
  });

  it('gives the single file’s Biểu 01-04 and report text', () => {
    expect(reportTables(c.dataset, c.analysis.counted)).toEqual(reportTables(single, singleAnalysis.counted));
    expect(reportDocument(c.dataset, c.analysis.counted)).toEqual(reportDocument(single, singleAnalysis.counted));
    expect(c.analysis.counted).toHaveLength(191);
  });

  it('tracks the 37 units of Danh mục: 34 on time, 3 not submitted', () => {
    const states = c.tracking.units.map((u) => u.state);
    expect(states).toHaveLength(F.listedUnits);
    expect(states.filter((s) => s === 'onTime')).toHaveLength(34);
    expect(states.filter((s) => s === 'missing')).toHaveLength(F.unitsWithoutRegistration);
  });
});
