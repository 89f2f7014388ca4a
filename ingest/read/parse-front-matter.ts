// YAML-like front matter at the top of a Markdown file (`---` lines around `key: value` pairs): flat scalar
// values only, which is all article metadata needs; no YAML library, nothing is ever evaluated.

export interface FrontMatter {
  /** Lower-cased keys to unquoted values. */
  fields: Record<string, string>;
  /** The text after the closing `---` line (the whole text when there is no front matter). */
  body: string;
}

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;
const FIELD = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/;

function unquote(value: string): string {
  if (value.length >= 2) {
    const first = value[0];
    if ((first === '"' || first === "'") && value.endsWith(first)) {
      const inner = value.slice(1, -1);
      return first === '"' ? inner.replace(/\\"/g, '"').replace(/\\\\/g, "\\") : inner.replace(/''/g, "'");
    }
  }
  // A trailing ` # comment` is YAML's comment syntax; a `#` without a space before it belongs to the value.
  return value.replace(/\s+#.*$/, "");
}

/**
 * Splits front matter from a Markdown text. Lines that are not `key: value` (lists, nested maps) are ignored.
 * @example parseFrontMatter("---\ntitle: Talks in Geneva\n---\nBody").fields.title // "Talks in Geneva"
 */
export function parseFrontMatter(text: string): FrontMatter {
  const opening = OPENING.exec(text);
  if (!opening) return { fields: {}, body: text };
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) return { fields: {}, body: text };
  const fields: Record<string, string> = {};
  for (const line of rest.slice(0, closing.index).split(/\r?\n/)) {
    const match = FIELD.exec(line);
    if (match) fields[(match[1] as string).toLowerCase()] = unquote(match[2] as string);
  }
  return { fields, body: rest.slice(closing.index + closing[0].length).replace(/^\r?\n/, "") };
}
