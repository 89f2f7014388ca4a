// XML escaping for the GEXF and GraphML exporters: entities for markup characters, and characters XML 1.0 cannot
// carry at all (control characters, lone surrogates, U+FFFE/U+FFFF) replaced by U+FFFD.

/* eslint-disable no-control-regex -- XML 1.0 forbids these control characters by name */
const INVALID_XML_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\n": "&#10;",
  "\r": "&#13;",
  "\t": "&#9;",
};

/**
 * Text safe inside an XML attribute value or element (line breaks kept as character references).
 *
 * @example escapeXml(`<img src=x onerror="alert(1)">`) // "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"
 */
export function escapeXml(text: string): string {
  return text.replace(INVALID_XML_CHARS, "\uFFFD").replace(/[&<>"'\n\r\t]/g, (char) => ENTITIES[char]!);
}
