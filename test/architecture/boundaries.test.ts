import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.join(__dirname, '../..');

/** Lints a snippet as if it were the given file, with the project's ESLint configuration. */
function lint(file: string, code: string): string[] {
  const run = spawnSync(process.execPath, [path.join(root, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', file, '--format', 'json'], {
    cwd: root,
    input: code,
    encoding: 'utf8',
  });
  return (JSON.parse(run.stdout)[0]?.messages ?? []).map((m: { ruleId: string }) => m.ruleId);
}

describe('layer boundaries enforced by lint', () => {
  it.each([
    ["import ExcelJS from 'exceljs';\nexport const x = ExcelJS;", 'no-restricted-imports'],
    ["import { readFileSync } from 'node:fs';\nexport const x = readFileSync;", 'no-restricted-imports'],
    ["import React from 'react';\nexport const x = React;", 'no-restricted-imports'],
    ["import { xlsxWorkbook } from '../workbook/xlsx/xlsx-workbook';\nexport const x = xlsxWorkbook;", 'import/no-restricted-paths'],
    ['export const run = () => Excel.run(async () => undefined);', 'no-restricted-globals'],
  ])('rejects in src/engine: %s', (code, rule) => {
    expect(lint('src/engine/probe.ts', code)).toContain(rule);
  });

  it('accepts pure engine code', () => {
    expect(lint('src/engine/probe.ts', "import { normText } from './normalize';\nexport const x = normText('a');\n")).toEqual([]);
  });

  it('keeps Office.js globals inside src/workbook/office', () => {
    const code = 'export const run = () => Excel.run(async () => undefined);\n';
    expect(lint('src/taskpane/probe.ts', code)).toContain('no-restricted-globals');
    expect(lint('src/cli/probe.ts', code)).toContain('no-restricted-globals');
    expect(lint('src/workbook/office/probe.ts', code)).toEqual([]);
  });
});
