import { parseArgs } from './args';
import { checkCommand } from './commands/check';
import { consolidateCommand } from './commands/consolidate';
import { fixEncodingCommand } from './commands/fix-encoding';
import { khoiCommand } from './commands/khoi';
import { reportCommand } from './commands/report';
import { summaryCommand } from './commands/summary';
import { templateCommand } from './commands/template';
import type { CliIO } from './io';
import { both, vi } from './messages';

const COMMANDS = {
  check: checkCommand,
  summary: summaryCommand,
  template: templateCommand,
  report: reportCommand,
  consolidate: consolidateCommand,
  'fix-encoding': fixEncodingCommand,
  khoi: khoiCommand,
} as const;
const NEEDS_FILES = new Set(['check', 'summary', 'report', 'consolidate', 'fix-encoding', 'khoi']);

/** Runs `dvk` and returns its exit status. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv);
  if (args.command === null || args.command === 'help' || argv.includes('--help') || argv.includes('-h')) {
    io.out(vi.cli.usage);
    return args.command === null && !argv.includes('--help') ? 2 : 0;
  }
  const command = COMMANDS[args.command as keyof typeof COMMANDS];
  if (!command) {
    io.err(both((m) => m.cli.unknownCommand({ command: args.command as string })));
    io.err(vi.cli.usage);
    return 2;
  }
  if (args.unknown.length > 0) {
    io.err(both((m) => m.cli.unknownOption({ option: args.unknown[0] })));
    return 2;
  }
  if (NEEDS_FILES.has(args.command) && args.files.length === 0) {
    io.err(both((m) => m.cli.missingFiles));
    return 2;
  }
  return command(args, io);
}
