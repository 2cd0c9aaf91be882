/** The command line's words: a command, files, and options (`--json`, `--force`, `--dry-run`, `--by a,b`, `-o FILE`, `--base FILE`, `--feedback DIR`). */
export interface ParsedArgs {
  command: string | null;
  files: string[];
  json: boolean;
  force: boolean;
  /** `--dry-run`: say what would change, write nothing (`dvk fix-encoding`). */
  dryRun: boolean;
  by: string[];
  output: string | null;
  /** `--base FILE`: the consolidating workbook (`dvk consolidate`). */
  base: string | null;
  /** `--feedback DIR`: where `dvk consolidate` writes one workbook per unit with findings. */
  feedback: string | null;
  /** `--year YYYY`: the year a report is about, instead of `Năm báo cáo` (`dvk report`); the text as given. */
  year: string | null;
  /** `--period YYYY-YYYY`: a period report of those years (`dvk report`); the text as given. */
  period: string | null;
  /** `--lang en`: findings worded in English (`dvk check`); Vietnamese otherwise. */
  lang: 'vi' | 'en';
  unknown: string[];
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const parsed: ParsedArgs = {
    command: null,
    files: [],
    json: false,
    force: false,
    dryRun: false,
    by: [],
    output: null,
    base: null,
    feedback: null,
    year: null,
    period: null,
    lang: 'vi',
    unknown: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, null];
    const value = (): string | null => inline ?? (i + 1 < argv.length ? argv[++i] : null);
    if (flag === '--json') parsed.json = true;
    else if (flag === '--force') parsed.force = true;
    else if (flag === '--dry-run') parsed.dryRun = true;
    else if (flag === '--by')
      parsed.by.push(
        ...(value() ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      );
    else if (flag === '-o' || flag === '--output') parsed.output = value();
    else if (flag === '--base') parsed.base = value();
    else if (flag === '--feedback') parsed.feedback = value();
    else if (flag === '--year') parsed.year = value() ?? '';
    else if (flag === '--period') parsed.period = value() ?? '';
    else if (flag === '--lang') {
      const lang = value();
      if (lang === 'vi' || lang === 'en') parsed.lang = lang;
      else parsed.unknown.push(`--lang ${lang ?? ''}`.trim());
    } else if (arg.startsWith('-') && arg !== '-') parsed.unknown.push(arg);
    else if (parsed.command === null) parsed.command = arg;
    else parsed.files.push(arg);
  }
  return parsed;
}
