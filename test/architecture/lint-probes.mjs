/**
 * Lints probe files that exist only in memory, with the repository's own ESLint configuration, in a
 * process of its own (the configuration is an ES module, which jest's module system does not load).
 * Reads [{ filePath, code }] as JSON on standard input; writes, for each, the rule ids it broke.
 */
import { ESLint } from 'eslint';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const probes = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const eslint = new ESLint({ cwd: process.cwd() });
const results = [];
for (const { filePath, code } of probes) {
  const [result] = await eslint.lintText(code, { filePath });
  results.push(result.messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message));
}
process.stdout.write(JSON.stringify(results));
