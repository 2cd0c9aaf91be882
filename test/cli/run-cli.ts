import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs `dvk` in-process in `cwd`, capturing what it prints. */
export async function runCli(args: string[], cwd: string, today = new Date(Date.UTC(2022, 11, 20))): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t), isTTY: false, cwd, today: () => today });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

export const tempDir = (): string => mkdtempSync(path.join(os.tmpdir(), 'dvk-test-'));
