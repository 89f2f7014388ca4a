// Raw article text to paragraphs: blank lines separate paragraphs; a block of hard-wrapped lines is joined back
// into one paragraph; otherwise each line is its own paragraph (headlines, captions, list items) unless the next
// line plainly continues it. Whitespace inside a paragraph is normalised and invisible characters removed.

/** A block is hard-wrapped when at least this share of its lines (all but the last) have wrap-like lengths. */
export const HARD_WRAP_LINE_SHARE = 0.7;
const WRAP_MIN_CHARS = 40;
/** A line ending in one of these ends its clause: the next line starts a paragraph of its own. */
const CLAUSE_END: ReadonlySet<string> = new Set([".", "!", "?", ":", ";", '"', "”", "’", "'", ")", "]"]);
const WRAP_MAX_CHARS = 110;

// Zero-width and formatting characters, soft hyphen, BOM; they break word matching and offsets alike.
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

/** Collapses every run of whitespace (including NBSP and line separators) to one space and trims. */
export function normaliseWhitespace(text: string): string {
  return text.replace(INVISIBLE, "").replace(/[\s\u00a0\u2028\u2029]+/g, " ").trim();
}

function isHardWrapped(lines: readonly string[]): boolean {
  if (lines.length < 3) return false;
  const body = lines.slice(0, -1);
  const wrapped = body.filter((line) => line.length >= WRAP_MIN_CHARS && line.length <= WRAP_MAX_CHARS).length;
  return wrapped / body.length >= HARD_WRAP_LINE_SHARE;
}

/**
 * Splits text into normalised, non-empty paragraphs.
 * @example splitParagraphs("Headline\nFirst line of the body\n\nSecond paragraph.") // ["Headline", "First line of the body", "Second paragraph."]
 */
export function splitParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  for (const block of text.replace(/\r\n?/g, "\n").split(/\n[ \t\u00a0]*\n/)) {
    const lines = block.split("\n").map((line) => line.trim()).filter((line) => line !== "");
    if (lines.length === 0) continue;
    if (isHardWrapped(lines)) {
      paragraphs.push(normaliseWhitespace(lines.join(" ")));
      continue;
    }
    // The lines of the paragraph being built, joined once it ends: testing and growing one string per line cost
    // the square of the paragraph's length (300,000 short lines: minutes).
    let current: string[] = [lines[0] as string];
    for (const line of lines.slice(1)) {
      // A line that breaks off mid-sentence and a next line starting in lower case are one paragraph.
      if (!CLAUSE_END.has((current[current.length - 1] as string).slice(-1)) && /^[\p{Ll}]/u.test(line)) {
        current.push(line);
      } else {
        paragraphs.push(normaliseWhitespace(current.join(" ")));
        current = [line];
      }
    }
    paragraphs.push(normaliseWhitespace(current.join(" ")));
  }
  return paragraphs.filter((paragraph) => paragraph !== "");
}
