import tseslint from 'typescript-eslint';
import importPlugin from 'eslint-plugin-import';

/** Layers: the engine is pure; Office.js lives only in the Office adapter; the UI talks to the engine and the workbook interface. */
const OFFICE_GLOBALS = [
  { name: 'Excel', message: 'Office.js belongs in src/workbook/office only.' },
  { name: 'Office', message: 'Office.js belongs in src/workbook/office only.' },
  { name: 'OfficeExtension', message: 'Office.js belongs in src/workbook/office only.' },
];
const NODE_MODULES = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'path', 'node:path', 'os', 'node:os', 'child_process', 'node:child_process'];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-cli/**', 'node_modules/**', 'coverage/**', 'build/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    plugins: { import: importPlugin },
    settings: { 'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/engine',
              from: ['./src/workbook', './src/taskpane', './src/cli'],
              message: 'The engine is pure: grids in, results out.',
            },
            { target: './src/workbook', from: ['./src/taskpane', './src/cli'], message: 'Adapters do not know their callers.' },
            { target: './src/taskpane', from: ['./src/cli', './src/workbook/xlsx/node'], message: 'The task pane runs in a browser.' },
            { target: './src/i18n', from: ['./src/engine', './src/workbook', './src/taskpane', './src/cli'] },
          ],
        },
      ],
    },
  },
  {
    files: ['src/engine/**/*.ts', 'src/i18n/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...OFFICE_GLOBALS, { name: 'window', message: 'The engine is pure.' }, { name: 'document', message: 'The engine is pure.' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...NODE_MODULES.map((name) => ({ name, message: 'The engine has no file system: it takes grids.' })),
            { name: 'exceljs', message: 'The engine takes grids; exceljs belongs in src/workbook/xlsx.' },
            { name: 'jszip', message: 'The engine takes grids.' },
            { name: 'react', message: 'The engine has no UI.' },
            { name: 'react-dom', message: 'The engine has no UI.' },
          ],
          patterns: [
            { group: ['@fluentui/*', '@microsoft/office-js*', 'office-addin-*'], message: 'The engine is pure.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/workbook/office/**', 'src/taskpane/index.tsx'],
    rules: { 'no-restricted-globals': ['error', ...OFFICE_GLOBALS] },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'exceljs', message: 'Use the workbook interface; exceljs is loaded by the xlsx adapter on demand.' }, ...NODE_MODULES.map((name) => ({ name, message: 'The task pane runs in a browser.' }))] },
      ],
    },
  },
);
