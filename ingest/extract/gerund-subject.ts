// The subject of a verb cue in the "-ing" form after a preposition: the verb's object in "accused Kyiv of shelling"
// and "thanked Biden for supporting", nobody in "an appetite for visiting Ukraine".

import type { Token } from "../nlp/analyze-text.ts";
import type { Argument, SentenceView } from "./clause-arguments.ts";
import type { Mention } from "./find-mentions.ts";

/** Where a cue starts and its head token (the verb). */
export interface CueHead {
  start: number;
  head: number;
}

/** Prepositions after which an "-ing" verb has no subject of its own in the clause ("for visiting", "of attacking"). */
const GERUND_PREPOSITIONS = new Set(["for", "of", "about", "against", "from"]);

/**
 * The subject of a verb cue in the gerund after a preposition: "clause" when the gerund is not after one of
 * GERUND_PREPOSITIONS (the clause subject acts), the verb's object in "accused Kyiv of shelling Donetsk" or "thanked
 * Biden for supporting Ukraine", and null when the gerund has no stated subject ("an appetite for visiting Ukraine").
 */
export function gerundSubject(view: SentenceView, cue: CueHead): Argument | "clause" | null {
  const { tokens } = view;
  const preposition = tokens[cue.start - 1];
  if (!(tokens[cue.head] as Token).lower.endsWith("ing") || !preposition) return "clause";
  if (!GERUND_PREPOSITIONS.has(preposition.lower)) return "clause";
  const index = view.endingAt.get(cue.start - 2);
  const actor = index === undefined ? undefined : (view.mentions[index] as Mention);
  if (!actor || actor.actor < 0) return null;
  let governor = tokens[actor.tokenStart - 1];
  if (governor?.pos === "DET") governor = tokens[actor.tokenStart - 2];
  return governor?.pos === "VERB" ? { mentions: [actor], indirect: true } : null;
}
