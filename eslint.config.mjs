import tseslint from 'typescript-eslint';
import importPlugin from 'eslint-plugin-import';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * Layers, as allow-lists: each folder of src/ says which folders of src/ and which packages it may
 * import; anything else fails the lint (test/architecture proves each with a probe). The engine is
 * pure; Office.js lives only in the Office adapter; Node only in the command line and the Node part
 * of the xlsx adapter; the UI talks to the engine and the workbook interface.
 */
export const LAYERS = {
  engine: { folders: ['engine', 'i18n'], packages: [] },
  i18n: { folders: ['i18n'], packages: [] },
  workbook: { folders: ['workbook', 'engine', 'i18n'], packages: ['exceljs', 'exceljs/lib/xlsx/xml/theme1', 'fflate', 'docx'] },
  taskpane: { folders: ['taskpane', 'workbook', 'engine', 'i18n'], packages: ['react', 'react-dom/client', '@fluentui/react-components'] },
  preview: { folders: ['preview', 'taskpane', 'workbook', 'engine', 'i18n'], packages: ['react', 'react-dom/client', '@fluentui/react-components'] },
  cli: { folders: ['cli', 'engine', 'workbook', 'i18n'], packages: ['exceljs', /^node:/] },
};

/** Folders inside an allowed layer that a layer may still not reach: Node code from the browser, browser code from the CLI. */
const FORBIDDEN = {
  taskpane: [{ from: './src/workbook/xlsx/node', message: 'The task pane runs in a browser.' }],
  preview: [{ from: './src/workbook/xlsx/node', message: 'The browser version runs in a browser.' }],
  workbook: [
    {
      target: ['./src/workbook/*.ts', './src/workbook/docx/**', './src/workbook/html/**', './src/workbook/office/**', './src/workbook/preview/**', './src/workbook/xlsx/*.ts'],
      from: './src/workbook/xlsx/node',
      message: 'Only the command line uses the Node part of the xlsx adapter.',
    },
  ],
  cli: [{ from: ['./src/workbook/office', './src/workbook/preview', './src/workbook/html'], message: 'The command line has no Excel and no page.' }],
};

const OFFICE_GLOBALS = [
  { name: 'Excel', message: 'Office.js belongs in src/workbook/office only.' },
  { name: 'Office', message: 'Office.js belongs in src/workbook/office only.' },
  { name: 'OfficeExtension', message: 'Office.js belongs in src/workbook/office only.' },
];

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** A specifier that is neither relative nor one of the allowed packages. */
const notAllowed = (packages) => `^(?!\\.${packages.map((p) => `|${typeof p === 'string' ? `${escape(p)}$` : p.source.slice(1)}`).join('')})`;

const layerConfigs = Object.entries(LAYERS).map(([layer, { folders, packages }]) => ({
  files: [`src/${layer}/**/*.{ts,tsx}`],
  rules: {
    'import/no-restricted-paths': [
      'error',
      {
        zones: [
          {
            target: `./src/${layer}`,
            from: './src',
            except: folders.map((f) => `./${f}`),
            message: `src/${layer} may import only from ${folders.map((f) => `src/${f}`).join(', ')}.`,
          },
          ...(FORBIDDEN[layer] ?? []).map((zone) => ({ target: `./src/${layer}`, ...zone })),
        ],
      },
    ],
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: notAllowed(packages),
            message: `src/${layer} may import only ${packages.length > 0 ? packages.map(String).join(', ') : 'its own layers (no package)'}.`,
          },
        ],
      },
    ],
  },
}));

/** Rules that need the program's types (slower: lint takes about 18 s instead of 7). */
export const TYPE_AWARE_RULES = {
  '@typescript-eslint/no-floating-promises': 'error',
  '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
  '@typescript-eslint/await-thenable': 'error',
  '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
  '@typescript-eslint/no-unnecessary-type-assertion': 'error',
};

export default tseslint.config(
  { ignores: ['dist/**', 'dist-cli/**', 'node_modules/**', 'coverage/**', 'build/**'] },
  ...tseslint.configs.recommended,
  {
    // The build's and the tools' own scripts are CommonJS run by Node.
    files: ['scripts/**/*.js', 'bin/**/*.js', '*.config.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    plugins: { import: importPlugin },
    settings: { 'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  ...layerConfigs,
  {
    // Type-aware rules for mistakes that are silent at run time: a promise nobody awaits (an Excel write
    // whose failure is lost), a promise where a callback's void was expected, awaiting what is no promise,
    // a switch over a union that forgets a case, an assertion the types already make.
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: TYPE_AWARE_RULES,
  },
  {
    // Hooks called in the same order every render, and effects and callbacks that list what they read.
    files: ['src/taskpane/**/*.{ts,tsx}', 'src/preview/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // The Node part of the xlsx adapter is for the command line: Node's own modules are its business.
    files: ['src/workbook/xlsx/node/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: notAllowed([...LAYERS.workbook.packages, /^node:/]), message: 'src/workbook/xlsx/node may import Node and the xlsx packages only.' }] }],
    },
  },
  {
    files: ['src/engine/**/*.ts', 'src/i18n/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...OFFICE_GLOBALS, { name: 'window', message: 'The engine is pure.' }, { name: 'document', message: 'The engine is pure.' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/workbook/office/**', 'src/taskpane/index.tsx', 'src/engine/**', 'src/i18n/**'],
    rules: { 'no-restricted-globals': ['error', ...OFFICE_GLOBALS] },
  },
);
