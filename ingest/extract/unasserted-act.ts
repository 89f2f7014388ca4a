// Acts a sentence mentions without asserting them: asked in a question, alleged in an accusation ("accused Kyiv of
// shelling"), or requested of someone ("urged Russia to withdraw").

import type { Token } from "../nlp/analyze-text.ts";
import type { SentenceView } from "./clause-arguments.ts";
import type { Mention } from "./find-mentions.ts";
import type { CueHead } from "./gerund-subject.ts";

const QUOTE_MARKS = new Set(["“", "”", '"', "‘", "’", "'"]);
/** Verbs that ask their object to act ("urged Kyiv to negotiate"): the act is requested, not done. */
const REQUEST_LEMMAS = new Set([
  "urge",
  "ask",
  "asked",
  "press",
  "pressed",
  "tell",
  "warn",
  "encourage",
  "encouraged",
  "demand",
  "invite",
  "invited",
  "persuade",
  "implore",
  "want",
  "wants",
  "wanted",
  "expect",
  "expected",
  "advise",
  "advised",
  "push",
  "pushed",
  "order",
  "ordered",
  "appeal",
]);
/** Verbs whose "of"/"for" gerund is the accused's alleged act ("accused Kyiv of shelling Donetsk"). */
const ACCUSING_LEMMAS = new Set([
  "accuse",
  "blame",
  "suspect",
  "suspected",
  "charge",
  "charged",
  "condemn",
  "criticise",
  "criticize",
  "convict",
  "convicted",
]);
/** How far back (tokens) from "of"/"for" the accusing verb may stand ("accused the Russian army of shelling"). */
const ACCUSED_REACH_TOKENS = 8;

/** True when the act of the cue is asked, alleged or requested rather than asserted. */
export function unassertedAct(view: SentenceView, cue: CueHead): boolean {
  return isQuestion(view) || accusedOfDoing(view, cue) || requestedOfObject(view, cue);
}

/** "urged Russia to withdraw", "called on Moscow to pull back": the object is asked to act, it has not acted. */
function requestedOfObject(view: SentenceView, cue: CueHead): boolean {
  const { tokens } = view;
  if (tokens[cue.start - 1]?.lower !== "to") return false;
  const index = view.endingAt.get(cue.start - 2);
  if (index === undefined) return false;
  let governor = tokens[(view.mentions[index] as Mention).tokenStart - 1];
  if (governor?.pos === "DET") governor = tokens[(view.mentions[index] as Mention).tokenStart - 2];
  return (
    governor !== undefined &&
    (governor.lower === "on" ||
      governor.lower === "upon" ||
      REQUEST_LEMMAS.has(governor.lemma) ||
      REQUEST_LEMMAS.has(governor.lower))
  );
}

/** A question asserts nothing ("Is Russia preparing to invade Ukraine?"). */
function isQuestion(view: SentenceView): boolean {
  for (let k = view.sentence.tokenEnd - 1; k >= view.sentence.tokenStart; k--) {
    const text = (view.tokens[k] as Token).text;
    if (!QUOTE_MARKS.has(text) && text !== ")") return text === "?";
  }
  return false;
}

/** "accused Kyiv of shelling", "blamed Moscow for attacking": the act is the content of an accusation. */
function accusedOfDoing(view: SentenceView, cue: CueHead): boolean {
  const preposition = view.tokens[cue.start - 1]?.lower;
  if (preposition !== "of" && preposition !== "for") return false;
  for (let k = cue.start - 2; k >= Math.max(view.sentence.tokenStart, cue.start - ACCUSED_REACH_TOKENS); k--) {
    const token = view.tokens[k] as Token;
    if (token.pos === "VERB") return ACCUSING_LEMMAS.has(token.lemma) || ACCUSING_LEMMAS.has(token.lower);
  }
  return false;
}
