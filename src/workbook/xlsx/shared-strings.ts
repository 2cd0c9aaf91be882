import { ownText, textRuns, unescapeOoxml, xmlSegments, type XmlSegments } from './xml-segments';

/**
 * The shared strings table (`xl/sharedStrings.xml`) read as it is inflated: each `<si>` as its
 * text (a rich text's runs joined, phonetic guides left out), null for an item without any text.
 */
export function sharedStringsReader(): XmlSegments & { strings: Array<string | null> } {
  const strings: Array<string | null> = [];
  const items = /<si\b[^>]*?(\/>|>([\s\S]*?)<\/si>)/g;
  const segments = xmlSegments('</si>', (text) => {
    items.lastIndex = 0;
    for (let m = items.exec(text); m; m = items.exec(text)) {
      const runs = m[2] === undefined ? null : textRuns(m[2]);
      strings.push(runs === null ? null : ownText(unescapeOoxml(runs)));
    }
  });
  return { ...segments, strings };
}
