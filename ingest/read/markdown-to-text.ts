// Markdown body to plain article text: headings become plain lines, inline markup is dropped, images, code
// fences' markers, HTML comments and rules disappear; paragraphs stay separated by blank lines.

const HTML_COMMENT = /<!--[\s\S]*?-->/g;
const IMAGE = /!\[[^\]]*\]\([^)]*\)/g;
const LINK = /\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g;
const REFERENCE_LINK = /\[([^\]]+)\]\[[^\]]*\]/g;
const LINK_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s+\S+.*$/;
const EMPHASIS = /(\*\*|__|\*|_|~~)(?=\S)([^\n]*?\S)\1/g;
const INLINE_CODE = /`([^`]+)`/g;
// Thematic breaks, and the `===` underline of a setext heading (the heading line above it stays a line of its own).
const RULE = /^\s{0,3}([-*_=])(?:\s*\1){2,}\s*$/;
const FENCE = /^\s{0,3}(```|~~~)/;

function inline(line: string): string {
  return line
    .replace(IMAGE, "")
    .replace(LINK, "$1")
    .replace(REFERENCE_LINK, "$1")
    .replace(INLINE_CODE, "$1")
    .replace(EMPHASIS, "$2")
    .replace(EMPHASIS, "$2");
}

/**
 * Converts a Markdown body (front matter already removed) to plain text.
 * @example markdownToText("# Talks\n\nThe **talks** ended.") // "Talks\n\nThe talks ended."
 */
export function markdownToText(markdown: string): string {
  const out: string[] = [];
  for (const raw of markdown.replace(HTML_COMMENT, "").split(/\r?\n/)) {
    if (FENCE.test(raw) || RULE.test(raw) || LINK_DEFINITION.test(raw)) {
      out.push("");
      continue;
    }
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(raw);
    if (heading) {
      // A heading is its own paragraph whatever surrounds it.
      out.push("", inline(heading[1] as string), "");
      continue;
    }
    const line = raw
      .replace(/^\s{0,3}(?:>\s?)+/, "")
      .replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+/, "");
    out.push(inline(line));
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trim();
}
