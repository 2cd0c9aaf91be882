/**
 * The drafted report as the Party's layout rules describe it (header block, title, `Căn cứ`, body,
 * closing block), one description that the `Báo cáo` sheet and the Word document both render. Text
 * only: what is bold, italic or underlined is fixed by the part a line belongs to.
 */
export interface ReportDocument {
  header: {
    /** `Cơ quan cấp trên`, upper case (left column, first line); null when not given. */
    superior: string | null;
    /** `Cơ quan báo cáo`, upper case and bold; empty when not given. */
    issuer: string;
    /** `Số 125-BC/TU`, or `Số` and room to write the number by hand. */
    number: string;
    /** "ĐẢNG CỘNG SẢN VIỆT NAM" (right column, bold, underlined). */
    party: string;
    /** `<Địa danh>, ngày dd tháng mm năm yyyy` in italics; blanks where `Thông tin` gives no place or date. */
    dateLine: string;
  };
  title: string;
  subtitle: string;
  /** `Căn cứ`, the first paragraph, when given. */
  basis: string | null;
  paragraphs: string[];
  /** "Nơi nhận:" (bold italic) and its lines, each starting with `- `. */
  recipientsLabel: string;
  recipients: string[];
  /** The signing block: `T/M BAN THƯỜNG VỤ`, `PHÓ BÍ THƯ` (upper case, bold), room to sign, the signer (bold). */
  authority: string | null;
  signerTitle: string | null;
  signer: string | null;
}

export interface ReportDate {
  day: number;
  month: number;
  year: number;
}
