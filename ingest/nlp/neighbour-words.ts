// The words next to a token within its sentence, skipping whitespace tokens: what a rule means by "the word before"
// or "the word after" ("across the country", "the Kremlin-backed Wagner Group").

import type { Sentence, Token } from "./analyze-text.ts";

/** Index of the first word after token i in its sentence, or -1. */
export function wordAfter(tokens: readonly Token[], i: number, sentence: Sentence): number {
  for (let k = i + 1; k < sentence.tokenEnd; k++) if ((tokens[k] as Token).pos !== "SPACE") return k;
  return -1;
}

/** Index of the last word before token i in its sentence, or -1. */
export function wordBefore(tokens: readonly Token[], i: number, sentence: Sentence): number {
  for (let k = i - 1; k >= sentence.tokenStart; k--) if ((tokens[k] as Token).pos !== "SPACE") return k;
  return -1;
}
