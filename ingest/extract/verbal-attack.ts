// Verbal attacks: "slandering and attacking China", "attacked the chancellor in a speech" are criticism (CRITICIZE),
// not the use of force (ATTACK).

import type { Token } from "../nlp/analyze-text.ts";
import type { SentenceView } from "./clause-arguments.ts";

/** Stems of disparaging verbs that make a coordinated "attack" verbal ("slandered and attacked", "attacked and smeared"). */
const DISPARAGING_STEMS = [
  "slander",
  "smear",
  "insult",
  "vilif",
  "malign",
  "discredit",
  "critici",
  "condemn",
  "denounc",
  "lambast",
  "mock",
  "ridicul",
  "defam",
] as const;
/** Media of words: "attacked him in a speech". */
const SPEECH_MEDIA = new Set([
  "speech",
  "interview",
  "statement",
  "tweet",
  "post",
  "op-ed",
  "article",
  "remarks",
  "column",
  "editorial",
]);
/** How far (tokens) a coordinated disparaging verb or "in a speech" may stand from the cue. */
const COORDINATION_REACH_TOKENS = 4;
const SPEECH_MEDIUM_REACH_TOKENS = 8;

/** True when the verb "attack" at `head` is verbal: coordinated with a disparaging verb or done in a speech medium. */
export function isVerbalAttack(view: SentenceView, head: number): boolean {
  const { tokens, sentence } = view;
  const from = Math.max(sentence.tokenStart, head - COORDINATION_REACH_TOKENS);
  const to = Math.min(sentence.tokenEnd, head + COORDINATION_REACH_TOKENS + 1);
  for (let k = from; k < to; k++) {
    const token = tokens[k] as Token;
    if (k !== head && token.pos === "VERB" && DISPARAGING_STEMS.some((stem) => token.lower.startsWith(stem)))
      return true;
  }
  const end = Math.min(sentence.tokenEnd, head + SPEECH_MEDIUM_REACH_TOKENS);
  for (let k = head + 1; k < end; k++) {
    const token = tokens[k] as Token;
    if (SPEECH_MEDIA.has(token.lower) && tokens.slice(Math.max(head + 1, k - 3), k).some((t) => t.lower === "in"))
      return true;
  }
  return false;
}
