import { fileOutcome } from '../../src/engine/consolidate/file-outcome';
import type { FileReport } from '../../src/engine';

const report = (over: Partial<FileReport>): FileReport => ({
  name: 'a.xlsx',
  index: 0,
  date: null,
  dateKind: null,
  hasRegistrations: true,
  units: [],
  ownUnits: [],
  years: [],
  rows: 0,
  merged: 0,
  replacedBy: [],
  supersededBy: [],
  replaces: [],
  khoi: null,
  findings: [],
  errors: 0,
  warnings: 0,
  ...over,
});

describe('what a file’s import does, part by part (one order for the pane and the command line)', () => {
  it('the registrations, then the Khối rows: merged, replaces (the base’s own rows marked), replaced by, superseded by', () => {
    const r = report({
      rows: 4,
      merged: 3,
      replaces: [
        { file: 'Sổ đang mở', rows: 1 },
        { file: 'cu.xlsx', rows: 2 },
      ],
      supersededBy: [{ file: 'moi.xlsx', rows: 1 }],
      khoi: { rows: 1, merged: 0, replaces: [], replacedBy: [{ file: 'moi.xlsx', rows: 1 }], supersededBy: [] },
    });
    expect(fileOutcome(r, 'Sổ đang mở')).toEqual([
      { part: 'models', kind: 'merged', rows: 3 },
      { part: 'models', kind: 'replaces', rows: 1, file: 'Sổ đang mở', own: true },
      { part: 'models', kind: 'replaces', rows: 2, file: 'cu.xlsx', own: false },
      { part: 'models', kind: 'supersededBy', rows: 1, file: 'moi.xlsx' },
      { part: 'khoi', kind: 'merged', rows: 0 },
      { part: 'khoi', kind: 'replacedBy', rows: 1, file: 'moi.xlsx' },
    ]);
  });

  it('a commune’s file with only the Khối sheet says nothing of registrations', () => {
    const r = report({ hasRegistrations: false, khoi: { rows: 1, merged: 1, replaces: [], replacedBy: [], supersededBy: [] } });
    expect(fileOutcome(r)).toEqual([{ part: 'khoi', kind: 'merged', rows: 1 }]);
  });
});
