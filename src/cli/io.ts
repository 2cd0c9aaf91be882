/** Where the command line writes; tests pass their own. */
export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Whether standard error is a terminal (progress is shown only there). */
  isTTY: boolean;
  /** Writes to standard error without a line break (a progress bar redrawn with `\r`); used only when `isTTY`. */
  progress?: (text: string) => void;
  /** The working directory file arguments are relative to. */
  cwd: string;
  /** Today's date, for the report's date line. */
  today: () => Date;
}
