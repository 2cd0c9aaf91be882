/** The drafted report: blocks a writer lays out on an A4 page. */
export interface ReportDocument {
  /** Left of the header block: the reporting body, a star, the document number line. */
  headerLeft: string[];
  /** Right of the header block: the Party line and the place and date. */
  headerRight: string[];
  title: string;
  subtitle: string;
  paragraphs: string[];
  recipients: string[];
  signerTitle: string | null;
  signer: string | null;
}

export interface ReportDate {
  day: number;
  month: number;
  year: number;
}
