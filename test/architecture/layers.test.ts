/**
 * The layers hold: each folder of src/ may import only the folders and packages its layer allows
 * (eslint.config.mjs), and each layer compiles without what it must not use (tsconfig.engine.json,
 * tsconfig.browser.json, tsconfig.cli.json). Every boundary is proven by a probe that must fail, next
 * to one that must pass; the probes exist only in memory.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '../..');
const SRC = path.join(ROOT, 'src');

/** What each folder of src/ may import from src/ (the layers of ARCHITECTURE.md). */
const ALLOWED: Record<string, readonly string[]> = {
  engine: ['engine', 'i18n'],
  i18n: ['i18n'],
  workbook: ['workbook', 'engine', 'i18n'],
  taskpane: ['taskpane', 'workbook', 'engine', 'i18n'],
  preview: ['preview', 'taskpane', 'workbook', 'engine', 'i18n'],
  cli: ['cli', 'engine', 'workbook', 'i18n'],
};
const LAYERS = Object.keys(ALLOWED);

/** The packages each may import (besides its own folders). */
const PACKAGES: Record<string, readonly string[]> = {
  engine: [],
  i18n: [],
  workbook: ['exceljs', 'fflate', 'docx'],
  taskpane: ['react', '@fluentui/react-components'],
  preview: ['react', '@fluentui/react-components'],
  cli: ['exceljs', 'node:zlib'],
};
const PROBED_PACKAGES = ['node:zlib', 'node:fs/promises', 'fs', 'react', '@fluentui/react-components', 'exceljs', 'fflate', 'jszip', 'docx', 'left-pad'];

/** A real module of a folder, to import in a probe: the first .ts file found. */
function moduleOf(folder: string): string {
  const dir = path.join(SRC, folder);
  const file = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
    .sort()[0];
  return path.join(dir, file).replace(/\.tsx?$/, '');
}

interface Probe {
  filePath: string;
  code: string;
}

/** The rule ids each probe breaks, linted with the repository's configuration. */
function lint(probes: readonly Probe[], typed = false): string[][] {
  const args = [path.join(__dirname, 'lint-probes.mjs'), ...(typed ? ['--typed'] : [])];
  const out = execFileSync(process.execPath, args, { cwd: ROOT, input: JSON.stringify(probes), encoding: 'utf8' });
  return JSON.parse(out) as string[][];
}

const probeIn = (folder: string, imports: string): Probe => ({
  filePath: path.join(SRC, folder, 'architecture-probe.ts'),
  code: `import * as probed from '${imports}';\nexport const probe = probed;\n`,
});
const relative = (from: string, to: string): string => {
  const spec = path.relative(path.join(SRC, from), to).split(path.sep).join('/');
  return spec.startsWith('.') ? spec : `./${spec}`;
};

describe('lint: each layer imports only what its allow-list names', () => {
  it('every folder of src/ has a layer', () => {
    const folders = readdirSync(SRC, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(folders).toEqual([...LAYERS].sort());
  });

  it('folders: a probe in each layer importing each other folder fails exactly where the layer does not allow it', () => {
    const pairs = LAYERS.flatMap((layer) => LAYERS.map((other) => ({ layer, other })));
    const results = lint(pairs.map(({ layer, other }) => probeIn(layer, relative(layer, moduleOf(other)))));
    const refused = pairs.map(({ layer, other }, i) => ({ layer, other, refused: results[i].includes('import/no-restricted-paths') }));
    expect(refused).toEqual(pairs.map(({ layer, other }) => ({ layer, other, refused: !ALLOWED[layer].includes(other) })));
  });

  it('inside allowed folders: the Node part of the xlsx adapter only from the command line, Excel and the page never from it', () => {
    const node = path.join(SRC, 'workbook/xlsx/node/zlib-inflate');
    const cases: Array<[string, string, boolean]> = [
      ['taskpane', node, true],
      ['preview', node, true],
      ['workbook/preview', node, true],
      ['workbook/xlsx', node, true],
      ['cli', node, false],
      ['cli', path.join(SRC, 'workbook/office/office-workbook'), true],
      ['cli', path.join(SRC, 'workbook/preview/memory-workbook'), true],
      ['cli', path.join(SRC, 'workbook/xlsx/load-xlsx'), false],
    ];
    const results = lint(cases.map(([folder, target]) => probeIn(folder, relative(folder, target))));
    expect(cases.map(([folder, target], i) => [folder, path.relative(SRC, target), results[i].includes('import/no-restricted-paths')])).toEqual(
      cases.map(([folder, target, refused]) => [folder, path.relative(SRC, target), refused]),
    );
  });

  it('packages: each layer imports only its own (Node only in the command line and the xlsx adapter’s Node part)', () => {
    const folders = [...LAYERS, 'workbook/xlsx/node'];
    const allowed = (folder: string, pkg: string): boolean =>
      folder === 'workbook/xlsx/node'
        ? pkg.startsWith('node:') || PACKAGES.workbook.includes(pkg)
        : PACKAGES[folder].includes(pkg) || (folder === 'cli' && pkg.startsWith('node:'));
    const pairs = folders.flatMap((folder) => PROBED_PACKAGES.map((pkg) => ({ folder, pkg })));
    const results = lint(pairs.map(({ folder, pkg }) => probeIn(folder, pkg)));
    expect(pairs.map(({ folder, pkg }, i) => ({ folder, pkg, refused: results[i].includes('no-restricted-imports') }))).toEqual(
      pairs.map(({ folder, pkg }) => ({ folder, pkg, refused: !allowed(folder, pkg) })),
    );
  });
});

describe('lint: Office.js only in its adapter, no page in the engine', () => {
  it('refuses Excel’s globals outside src/workbook/office, and window or document in the engine', () => {
    const excel = 'export const probe = () => Excel.run(async () => undefined);\n';
    const cases: Array<[string, string, boolean]> = [
      ['engine', excel, true],
      ['taskpane', excel, true],
      ['preview', excel, true],
      ['cli', excel, true],
      ['workbook/xlsx', excel, true],
      ['workbook/office', excel, false],
      ['engine', 'export const probe = document.title;\n', true],
      ['engine', 'export const probe = window.name;\n', true],
      ['engine', "import { normText } from './normalize';\nexport const probe = normText('a');\n", false],
    ];
    const results = lint(cases.map(([folder, code]) => ({ filePath: path.join(SRC, folder, 'architecture-probe.ts'), code })));
    expect(cases.map(([folder, code], i) => [folder, code, results[i].length > 0])).toEqual(cases.map(([folder, code, refused]) => [folder, code, refused]));
    expect(results[0]).toEqual(['no-restricted-globals']);
  });
});

/** The compiler's errors for a probe file (in memory) compiled under a layer's configuration. */
/** Declaration files parsed once for every probe (lib.dom.d.ts alone takes a second to parse). */
const parsedFiles = new Map<string, ts.SourceFile | undefined>();

function compile(config: string, folder: string, code: string): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, config), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!parsed) throw new Error(`cannot read ${config}`);
  const probe = path.join(SRC, folder, 'architecture-probe.ts');
  const host = ts.createCompilerHost(parsed.options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, language, ...rest) => {
    if (path.resolve(name) === probe) return ts.createSourceFile(name, code, language);
    const key = `${name}\u0000${JSON.stringify(language)}`;
    if (!parsedFiles.has(key)) parsedFiles.set(key, getSourceFile.call(host, name, language, ...rest));
    return parsedFiles.get(key);
  };
  host.fileExists = (name) => path.resolve(name) === probe || fileExists.call(host, name);
  host.readFile = (name) => (path.resolve(name) === probe ? code : readFile.call(host, name));
  const program = ts.createProgram({ rootNames: [probe], options: { ...parsed.options, noEmit: true }, host });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('lint: the rules that need types', () => {
  it('refuses a promise nobody awaits and a switch that forgets a case, and passes their corrected twins', () => {
    const dir = mkdtempSync(path.join(__dirname, 'typed-probe-'));
    try {
      const probes = [
        ['floating', 'export async function save(write: () => Promise<void>): Promise<void> {\n  write();\n}\n'],
        ['awaited', 'export async function save(write: () => Promise<void>): Promise<void> {\n  await write();\n}\n'],
        ['forgotten', "export function name(k: 'a' | 'b'): string {\n  switch (k) {\n    case 'a':\n      return 'A';\n  }\n  return '';\n}\n"],
        [
          'complete',
          "export function name(k: 'a' | 'b'): string {\n  switch (k) {\n    case 'a':\n      return 'A';\n    case 'b':\n      return 'B';\n  }\n}\n",
        ],
      ].map(([name, code]) => {
        const filePath = path.join(dir, `${name}.ts`);
        writeFileSync(filePath, code);
        return { filePath, code };
      });
      expect(lint(probes, true)).toEqual([['@typescript-eslint/no-floating-promises'], [], ['@typescript-eslint/switch-exhaustiveness-check'], []]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('compiler: each layer builds on its own, without what it must not use', () => {
  const clean = 'export const probe: number = [1, 2].length;\n';

  it('the engine: no Node, no DOM', () => {
    expect(compile('tsconfig.engine.json', 'engine', clean)).toEqual([]);
    expect(compile('tsconfig.engine.json', 'engine', "import { inflateSync } from 'node:zlib';\nexport const probe = inflateSync;\n")).toEqual([
      expect.stringMatching(/Cannot find module 'node:zlib'/),
    ]);
    expect(compile('tsconfig.engine.json', 'engine', 'export const probe = document.title;\n')).toEqual([expect.stringMatching(/Cannot find name 'document'/)]);
    expect(compile('tsconfig.engine.json', 'engine', 'export const probe = Excel.run;\n')).toEqual([expect.stringMatching(/Cannot find name 'Excel'/)]);
  });

  it('the browser code: DOM and Office.js, no Node', () => {
    expect(compile('tsconfig.browser.json', 'taskpane', 'export const probe = [document.title, Office.HostType.Excel];\n')).toEqual([]);
    expect(compile('tsconfig.browser.json', 'taskpane', "import { readFile } from 'node:fs/promises';\nexport const probe = readFile;\n")).toEqual([
      expect.stringMatching(/Cannot find module 'node:fs\/promises'/),
    ]);
    expect(compile('tsconfig.browser.json', 'preview', 'export const probe = process.cwd();\n')).toEqual([expect.stringMatching(/Cannot find name 'process'/)]);
  });

  it('the command line: Node, no DOM, no Office.js', () => {
    expect(compile('tsconfig.cli.json', 'cli', "import { readFile } from 'node:fs/promises';\nexport const probe = readFile;\n")).toEqual([]);
    expect(compile('tsconfig.cli.json', 'cli', 'export const probe = document.title;\n')).toEqual([expect.stringMatching(/Cannot find name 'document'/)]);
    expect(compile('tsconfig.cli.json', 'cli', 'export const probe = Office.context;\n')).toEqual([expect.stringMatching(/Cannot find name 'Office'/)]);
  });
});
