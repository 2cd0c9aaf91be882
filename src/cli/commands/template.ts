import path from 'node:path';
import { standardSheets } from '../../workbook/standard-template';
import { newWorkbook, workbookBytes } from '../../workbook/xlsx/new-workbook';
import type { ParsedArgs } from '../args';
import { writeOutput } from '../atomic-write';
import type { CliIO } from '../io';
import { both, vi } from '../messages';
import { exists } from '../output-path';

/** `dvk template -o FILE`: a blank standard workbook; an existing file is kept unless `--force`. */
export async function templateCommand(args: ParsedArgs, io: CliIO): Promise<number> {
  if (!args.output) {
    io.err(both((m) => m.cli.missingOutput));
    return 2;
  }
  const target = path.resolve(io.cwd, args.output);
  if (!args.force && (await exists(target))) {
    io.err(both((m) => m.cli.outputExists({ file: args.output as string })));
    return 1;
  }
  if (!(await writeOutput(target, await workbookBytes(newWorkbook(standardSheets())), args.output, io))) return 2;
  io.out(vi.cli.templateWritten({ file: args.output }));
  return 0;
}
