/**
 * A copied package's text cut to Excel's 32,767 characters a cell (a longer one makes Excel call the
 * whole file damaged): the shared strings and the inline strings of a sheet, rewritten only where an
 * item is too long, each ended with the visible mark. The caller says which cells (from the grids).
 */
import { EXCEL_CELL_CHARS, fitText } from '../cell-limit';
import { attributeOf, textRuns, unescapeOoxml } from './xml-segments';
import { inlineText } from './sheet-grid-reader';
import { xmlText } from './xml-text';

const fitted = (text: string): string => `<t xml:space="preserve">${xmlText(fitText(text))}</t>`;

/** `xl/sharedStrings.xml` with every item too long cut. */
export function fitSharedStrings(xml: string): string {
  return xml.replace(/<si\b([^>]*?)(?:\/>|>([\s\S]*?)<\/si>)/g, (whole, attrs: string, inner: string | undefined) => {
    const runs = inner === undefined ? null : textRuns(inner);
    const text = runs === null ? '' : unescapeOoxml(runs);
    return text.length > EXCEL_CELL_CHARS ? `<si${attrs}>${fitted(text)}</si>` : whole;
  });
}

/** A worksheet part with every inline string too long cut. */
export function fitInlineStrings(xml: string): string {
  return xml.replace(/<c\b([^>]*?)>([\s\S]*?)<\/c>/g, (whole, attrs: string, content: string) => {
    if (attributeOf(attrs, 't') !== 'inlineStr') return whole;
    const text = inlineText(content);
    return text !== null && text.length > EXCEL_CELL_CHARS ? `<c${attrs}><is>${fitted(text)}</is></c>` : whole;
  });
}
