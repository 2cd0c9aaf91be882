/**
 * Jest's transformer for our TypeScript: esbuild, file by file, without type-checking (`npm run
 * typecheck` does that). ts-jest spent a third of a cold unit run compiling, and CI always starts cold.
 * Settings follow tsconfig.json: ES2022 classes (fields defined as tsc defines them), React's automatic
 * JSX, CommonJS with `import()` made a `require()` in a promise as tsc makes it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { transformSync } from 'esbuild';

const { version } = createRequire(import.meta.url)('esbuild/package.json');
const self = readFileSync(new URL(import.meta.url), 'utf8');

const options = (filename) => ({
  loader: filename.endsWith('.tsx') ? 'tsx' : 'ts',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'external',
  sourcefile: filename,
  jsx: 'automatic',
  supported: { 'dynamic-import': false },
  tsconfigRaw: { compilerOptions: { useDefineForClassFields: true, esModuleInterop: true } },
});

export default {
  process(source, filename) {
    const { code, map } = transformSync(source, options(filename));
    return { code, map };
  },
  getCacheKey(source, filename) {
    return createHash('sha1').update(version).update(self).update(filename).update(source).digest('hex');
  },
};
