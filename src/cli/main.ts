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
import { VERSION } from './version';

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
/** A command's own lines of the usage: its synopsis and what follows it, indented. */
function commandHelp(command: string): string | null {
  const lines = vi.cli.usage.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`  dvk ${command} `));
  if (start < 0) return null;
  let end = start + 1;
  while (end < lines.length && /^ {10,}/.test(lines[end])) end++;
  const extra = command === 'summary' ? ['', lines.find((l) => l.startsWith('DIM:')) ?? ''] : [];
  return [lines[0], '', ...lines.slice(start, end).map((l) => l.trimEnd()), ...extra].join('\n');
}

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv);
  if (argv.includes('--version') || argv.includes('-v')) {
    io.out(`dvk ${VERSION}`);
    return 0;
  }
  const wantsHelp = argv.includes('--help') || argv.includes('-h');
  if (wantsHelp && args.command !== null && args.command in COMMANDS) {
    io.out(commandHelp(args.command) ?? vi.cli.usage);
    return 0;
  }
  if (args.command === null || args.command === 'help' || wantsHelp) {
    io.out(vi.cli.usage);
    return args.command === null && !wantsHelp ? 2 : 0;
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
