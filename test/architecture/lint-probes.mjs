/**
 * Lints probe files that exist only in memory, with the repository's own ESLint configuration, in a
 * process of its own (the configuration is an ES module, which jest's module system does not load).
 * Reads [{ filePath, code }] as JSON on standard input; writes, for each, the rule ids it broke.
 * With `--typed`, the rules that need the program's types run too (probes then must be files on disk).
 */
import { ESLint } from 'eslint';
import { TYPE_AWARE_RULES } from '../../eslint.config.mjs';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const probes = JSON.parse(Buffer.concat(chunks).toString('utf8'));
// Probes are in no TypeScript project: the rules that need its types are left out (the layers' rules need none).
const untyped = Object.fromEntries(Object.keys(TYPE_AWARE_RULES).map((rule) => [rule, 'off']));
const typed = process.argv.includes('--typed');
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: typed ? [] : { files: ['**/*.{ts,tsx}'], languageOptions: { parserOptions: { projectService: false } }, rules: untyped },
});
const results = [];
for (const { filePath, code } of probes) {
  const [result] = await eslint.lintText(code, { filePath });
  results.push(result.messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message));
}
process.stdout.write(JSON.stringify(results));
