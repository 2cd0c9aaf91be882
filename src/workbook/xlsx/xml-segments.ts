import { decodeXmlText } from './workbook-parts';

/**
 * A part's text as it is inflated, decoded as UTF-8 across chunk boundaries (a Vietnamese letter's
 * bytes split between two chunks stay one letter), handed on in pieces that each end right after an
 * element's closing tag (`</row>`, `</si>`), so no element is ever cut; what follows the last one
 * comes with `end()`. Browser-safe (TextDecoder).
 */
export interface XmlSegments {
  push(chunk: Uint8Array): void;
  end(): void;
}

export function xmlSegments(closing: string, onText: (text: string) => void): XmlSegments {
  const decoder = new TextDecoder('utf-8');
  let carry = '';
  return {
    push(chunk) {
      const text = carry + decoder.decode(chunk, { stream: true });
      const cut = text.lastIndexOf(closing);
      if (cut < 0) {
        carry = text;
        return;
      }
      const end = cut + closing.length;
      carry = text.slice(end);
      onText(text.slice(0, end));
    },
    end() {
      const text = carry + decoder.decode();
      carry = '';
      onText(text);
    },
  };
}

/** Element text as an XML parser gives it: line ends made `\n` (XML 1.0, 2.11), then entities and character references. */
export function xmlContent(raw: string): string {
  const text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  return text.includes('&') ? decodeXmlText(text) : text;
}

/** `_x000D_` and the like: how SpreadsheetML writes characters XML cannot hold, in shared strings and rich text runs. */
export const unescapeOoxml = (text: string): string =>
  text.includes('_x') ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;

/** An attribute's raw value in a start tag's attribute text, or undefined. */
export function attributeOf(attributes: string, name: string): string | undefined {
  const at = attributes.indexOf(` ${name}="`);
  const start = at < 0 ? attributes.search(new RegExp(`\\s${name}="`)) : at;
  if (start < 0) return undefined;
  const from = attributes.indexOf('"', start) + 1;
  const to = attributes.indexOf('"', from);
  return to < 0 ? undefined : attributes.slice(from, to);
}

/** The texts of the `<t>` elements in `xml`, runs' phonetic guides (`<rPh>`) left out, as one string; null without any. */
export function textRuns(xml: string): string | null {
  const body = xml.includes('<rPh') ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : xml;
  let text: string | null = null;
  const runs = /<t\b([^>]*?)(\/>|>([\s\S]*?)<\/t>)/g;
  for (let m = runs.exec(body); m; m = runs.exec(body)) text = (text ?? '') + (m[3] === undefined ? '' : xmlContent(m[3]));
  return text;
}

/**
 * The text as a string of its own. A substring of a segment may be kept as a view into it (V8 does so
 * from 13 characters), and one such cell value would keep the whole segment, up to megabytes, alive.
 */
export const ownText = (text: string): string => (text.length < 13 ? text : (' ' + text).slice(1));
