import { removePendingWrites } from './atomic-write';
import { main } from './main';

// Stopped mid-write (Ctrl+C, SIGTERM): the temporary file goes, the output keeps its old content.
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.once(signal, () => {
    removePendingWrites();
    process.exit(code);
  });
}

/** The `dvk` process: real streams, the working directory, today's date. */
main(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  isTTY: !!process.stderr.isTTY,
  progress: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  today: () => new Date(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`dvk: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 3;
  },
);
