import type { ReportDocument } from '../../engine';
import { escapeHtml as esc } from './escape-html';

const FONT = "font-family:'Times New Roman',serif";
const CELL = 'border:none;vertical-align:top;padding:0';
const centred = (text: string, style = ''): string => `<p style="margin:0;text-align:center;${style}">${esc(text)}</p>`;

/**
 * The drafted report as HTML for the clipboard: pasted into Word it keeps the two-column header and
 * closing blocks (borderless tables), the bold title, justified paragraphs with a first-line indent,
 * and Times New Roman 14 pt; pasted into a plain editor, the text alone. One string, no DOM, so the
 * pane and the tests share it.
 */
export function reportHtml(doc: ReportDocument): string {
  const { header } = doc;
  const left = [...(header.superior ? [centred(header.superior)] : []), centred(header.issuer, 'font-weight:bold'), centred('*'), centred(header.number)].join(
    '',
  );
  const right = [centred(header.party, 'font-weight:bold;text-decoration:underline'), centred(header.dateLine, 'font-style:italic')].join('');
  const body = [...(doc.basis ? [doc.basis] : []), ...doc.paragraphs]
    .map((p) => `<p style="margin:0 0 6pt 0;text-align:justify;text-indent:10mm">${esc(p)}</p>`)
    .join('');
  const recipients = [
    `<p style="margin:0;font-weight:bold;font-style:italic;font-size:12pt">${esc(doc.recipientsLabel)}</p>`,
    ...doc.recipients.map((r) => `<p style="margin:0;font-size:11pt">${esc(r)}</p>`),
  ].join('');
  const signing = [
    ...(doc.authority ? [centred(doc.authority, 'font-weight:bold')] : []),
    ...(doc.signerTitle ? [centred(doc.signerTitle, 'font-weight:bold')] : []),
    '<p style="margin:0">&nbsp;</p><p style="margin:0">&nbsp;</p><p style="margin:0">&nbsp;</p>',
    ...(doc.signer ? [centred(doc.signer, 'font-weight:bold')] : []),
  ].join('');
  const twoColumns = (a: string, b: string): string =>
    `<table style="width:100%;border-collapse:collapse;border:none"><tr><td style="${CELL};width:45%">${a}</td><td style="${CELL};width:55%">${b}</td></tr></table>`;
  return (
    `<div style="${FONT};font-size:14pt;line-height:1.3">` +
    twoColumns(left, right) +
    '<p style="margin:0">&nbsp;</p>' +
    centred(doc.title, 'font-weight:bold;font-size:15pt') +
    centred(doc.subtitle, 'font-weight:bold;margin-bottom:12pt') +
    body +
    '<p style="margin:0">&nbsp;</p>' +
    twoColumns(recipients, signing) +
    '</div>'
  );
}

/** The same report as plain text, for where only text can be pasted. */
export function reportPlainText(doc: ReportDocument): string {
  const { header } = doc;
  return [
    ...(header.superior ? [header.superior] : []),
    header.issuer,
    header.number,
    header.party,
    header.dateLine,
    '',
    doc.title,
    doc.subtitle,
    '',
    ...[...(doc.basis ? [doc.basis] : []), ...doc.paragraphs].flatMap((p) => [p, '']),
    doc.recipientsLabel,
    ...doc.recipients,
    '',
    ...[doc.authority, doc.signerTitle, doc.signer].filter((x): x is string => !!x),
  ].join('\n');
}
