import { main } from './main';

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
