// A guard in front of wink's tokenizer. wink matches each token against abbreviation, e-mail and URL patterns,
// whose cost grows with the square of the token's length: one 100,000-character token took 7.5 s, 400,000 took
// 116 s, and a 10 MB one overflowed the stack. No word of an article is anywhere near that long, and nothing that
// long names an actor or a verb: runs of more than MAX_WINK_RUN_CHARS characters without whitespace (base64
// blobs, `a-a-a-…`, `"""…`, a token of repeated letters) are blanked to spaces of the same length before wink
// reads the text, so every offset still points into the original text. Ordinary text passes through unchanged.

/** Longest run of non-whitespace characters wink is given; longer runs are blanked. */
export const MAX_WINK_RUN_CHARS = 100;

/** Whether the UTF-16 code unit `code` is whitespace as JavaScript's \s sees it. */
function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * `text` with every run of more than `maxRun` non-whitespace characters replaced by as many spaces: same length,
 * same offsets. One pass; returns `text` itself when there is no such run.
 * @example blankLongRuns(`Talks ${"a-".repeat(60)} ended.`) // "Talks " + 120 spaces + " ended."
 */
export function blankLongRuns(text: string, maxRun: number = MAX_WINK_RUN_CHARS): string {
  let out: string[] | null = null;
  let copied = 0;
  let runStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isWhitespace(text.charCodeAt(i))) continue;
    if (i - runStart > maxRun) {
      out ??= [];
      out.push(text.slice(copied, runStart), " ".repeat(i - runStart));
      copied = i;
    }
    runStart = i + 1;
  }
  if (out === null) return text;
  out.push(text.slice(copied));
  return out.join("");
}
