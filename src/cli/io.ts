/** Where the command line writes; tests pass their own. */
export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Whether standard error is a terminal (progress is shown only there). */
  isTTY: boolean;
  /** The working directory file arguments are relative to. */
  cwd: string;
  /** Today's date, for the report's date line. */
  today: () => Date;
}
