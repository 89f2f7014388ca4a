// Objects of predicative cues: in "sees NATO as a threat" or "says US support for Ukraine is a threat" the object
// stands before the cue noun, and the subject is the clause's subject.

import type { Argument, SentenceView } from "./clause-arguments.ts";
import type { Mention } from "./find-mentions.ts";

/** "sees NATO as a threat", "says US support for Ukraine is a threat": the nearest ungoverned mention before the cue. */
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
    return { mentions: [mention], indirect: true };
  }
  return null;
}
