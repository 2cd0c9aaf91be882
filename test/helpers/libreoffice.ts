/**
 * LibreOffice and poppler as a person's eyes on what we write (Debian's libreoffice-writer,
 * libreoffice-calc and poppler-utils; `npm test` installs them): a file converted to PDF, its pages'
 * sizes, text and the height of its words.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** Converts a .docx or .xlsx to PDF beside it (its own LibreOffice profile in `dir`); returns the PDF's path. */
export function toPdf(file: string, dir: string): string {
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--convert-to', 'pdf', '--outdir', dir, file], {
    stdio: 'ignore',
    timeout: 120_000,
  });
  return path.join(dir, `${path.basename(file, path.extname(file))}.pdf`);
}

export interface PdfPage {
  width: number;
  height: number;
  text: string;
  /** The text in the order it is drawn (a wrapped cell's lines together), runs of white space as one space. */
  raw: string;
  /** Heights (pt) of the page's words as drawn: the printed size of the text. */
  wordHeights: number[];
}

/** Every page: size in points, text with runs of white space as one space, word heights. */
export function pdfPages(pdf: string): PdfPage[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', pdf], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({ width: Number(m[2]), height: Number(m[3]) }));
  return sizes.map((size, i) => {
    const page = String(i + 1);
    const text = execFileSync('pdftotext', ['-f', page, '-l', page, '-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const raw = execFileSync('pdftotext', ['-f', page, '-l', page, '-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const bbox = execFileSync('pdftotext', ['-f', page, '-l', page, '-bbox', pdf, '-'], { encoding: 'utf8' });
    const wordHeights = [...bbox.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">/g)].map((m) => Number(m[2]) - Number(m[1]));
    return { ...size, text, raw, wordHeights };
  });
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
