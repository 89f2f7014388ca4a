// Modality of a statement from the words around its cue: negated ("denies plans to attack", "did not meet") or
// hypothetical ("if Russia invades", "would", "worst-case scenario", "pretext to invade").

import type { Token } from "../nlp/analyze-text.ts";

export interface Modality {
  negated: boolean;
  hypothetical: boolean;
  /** The cue is the subject's own readiness or conditional promise ("ready to punish", "would consider"). */
  volitional: boolean;
}

const NEGATORS = new Set(["not", "n't", "never", "no", "neither", "nor", "without", "refused", "refuses", "refuse", "declined", "declines", "decline"]);
const DENIALS = new Set(["deny", "denies", "denied", "denying", "reject", "rejects", "rejected", "dismissed", "dismisses"]);
const HYPOTHETICALS = new Set([
  "would", "could", "might", "may", "if", "unless", "whether", "scenario", "pretext", "plan", "plans", "planning",
  "planned", "risk", "risks", "fear", "fears", "feared", "possible", "possibly", "potential", "likely", "prepare",
  "prepares", "preparing", "ready", "willing", "threat", "consider", "considering", "expect", "expected", "predicted",
  "imminent", "looming", "any", "intend", "intends", "intention", "seek", "seeks", "want", "wants", "aim", "aims",
  "try", "tries", "attempt", "choose", "chooses", "avoid", "prevent", "deter", "should", "hypothetical", "case",
]);
const VOLITIONAL = new Set(["ready", "prepared", "willing", "vowed", "vows", "pledged", "would", "consider", "considering"]);
const CONDITIONS = new Set(["if", "unless", "should"]);

/**
 * Reads modality from `before` (tokens from the subject to the cue) and `after` (tokens of the rest of the clause).
 * Verbal-conflict cues (warn, threaten) are about possible futures by nature, so hypothetical words do not void them.
 */
export function detectModality(before: readonly Token[], after: readonly Token[], verbalConflict: boolean): Modality {
  let negated = false;
  let hypothetical = false;
  let volitional = false;
  for (const token of before) {
    const word = token.lower;
    if (NEGATORS.has(word) || DENIALS.has(word)) negated = true;
    if (HYPOTHETICALS.has(word)) hypothetical = true;
    if (VOLITIONAL.has(word)) volitional = true;
  }
  if (!verbalConflict) {
    for (const token of after) {
      if (CONDITIONS.has(token.lower)) hypothetical = true;
      if (token.text === ".") break;
    }
  } else {
    hypothetical = before.some((token) => CONDITIONS.has(token.lower));
  }
  return { negated, hypothetical, volitional };
}
