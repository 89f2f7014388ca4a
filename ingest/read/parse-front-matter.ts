// YAML-like front matter at the top of a Markdown file (`---` lines around `key: value` pairs): flat scalar
// values, single-line or block scalars (`title: |` or `title: >` with indented lines below), which is all article
// metadata needs; no YAML library, nothing is ever evaluated.

export interface FrontMatter {
  /** Lower-cased keys to unquoted values. */
  fields: Record<string, string>;
  /** The text after the closing `---` line (the whole text when there is no front matter). */
  body: string;
}

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;
const FIELD = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/;

/** A YAML block scalar's header: `|` (lines kept) or `>` (lines folded), with an optional chomping indicator. */
const BLOCK_SCALAR = /^([|>])([+-]?)\d?[ \t]*(?:#.*)?$/;

/** The value of a block scalar from its (trimmed) lines: kept or folded into one line, trailing blanks dropped. */
function blockScalar(lines: string[], folded: boolean, keepTrailing: boolean): string {
  const text = folded
    ? lines.reduce((out, line) => (line === "" ? `${out}\n` : out === "" || out.endsWith("\n") ? `${out}${line}` : `${out} ${line}`), "")
    : lines.join("\n");
  return keepTrailing ? text : text.replace(/\s+$/, "");
}

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
  const lines = rest.slice(0, closing.index).split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const match = FIELD.exec(lines[i] as string);
    if (!match) continue;
    const value = match[2] as string;
    const block = BLOCK_SCALAR.exec(value);
    if (!block) {
      fields[(match[1] as string).toLowerCase()] = unquote(value);
      continue;
    }
    // `title: |` or `title: >`: the value is the indented lines that follow.
    const body: string[] = [];
    while (i + 1 < lines.length && (/^[ \t]/.test(lines[i + 1] as string) || (lines[i + 1] as string).trim() === "")) {
      body.push((lines[++i] as string).trim());
    }
    fields[(match[1] as string).toLowerCase()] = blockScalar(body, block[1] === ">", block[2] === "+");
  }
  return { fields, body: rest.slice(closing.index + closing[0].length).replace(/^\r?\n/, "") };
}
