// Objects of predicative cues: in "sees NATO as a threat" or "says US support for Ukraine is a threat" the object
// stands before the cue noun, and the subject is the clause's subject.

import { coordinatedLeft, type Argument, type SentenceView } from "./clause-arguments.ts";
import type { Mention } from "./find-mentions.ts";

/**
 * "sees NATO as a threat", "says US support for Ukraine is a threat": the nearest ungoverned mention before the cue,
 * with the mentions coordinated before it.
 */
export function predicativeObject(view: SentenceView, cueStart: number): Argument | null {
  const { tokens } = view;
  const copula = tokens
    .slice(Math.max(view.sentence.tokenStart, cueStart - 4), cueStart)
    .some((t) => t.lemma === "be" || t.lower === "as");
  if (!copula) return null;
  for (let k = cueStart - 1; k >= Math.max(view.sentence.tokenStart, cueStart - 10); k--) {
    const index = view.startingAt.get(k);
    if (index === undefined) continue;
    const mention = view.mentions[index] as Mention;
    const before = tokens[k - 1];
    if (mention.actor < 0 || (before && (before.pos === "ADP" || before.lower === "'s"))) continue;
    // "the USA, NATO and Ukraine are not a threat": the whole list is the object, none of it the subject.
    return { mentions: coordinatedLeft(view, index), indirect: true };
  }
  return null;
}
