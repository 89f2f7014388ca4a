// The subject of a nominal cue ("Russia's invasion", "the Russian attack", "the broadside from Blinken", "gathered
// … for talks"): a possessive or demonym before it, "from X" after it, else the subject of the light verb governing it.

import type { Token } from "../nlp/analyze-text.ts";
import { findAgent, findSubject, type Argument, type SentenceView } from "./clause-arguments.ts";
import type { Mention } from "./find-mentions.ts";
import type { CueHead } from "./gerund-subject.ts";
import { LIGHT_VERB_LEMMAS, type RelationCue } from "./relation-lexicon.ts";

const LIGHT_GAP = new Set(["DET", "ADJ", "NUM", "PRON", "ADV"]);
const QUOTE_MARKS = new Set(["“", "”", '"', "‘", "’", "'"]);
/** How far back (tokens) a nominal cue looks for the light verb whose subject it takes ("gathered … for talks"). */
const LIGHT_VERB_REACH_TOKENS = 8;
/** Prepositions that put an event noun outside a light verb's reach ("made public before a possible invasion"). */
const LIGHT_VERB_SEPARATORS = new Set([
  "before",
  "after",
  "during",
  "since",
  "until",
  "despite",
  "amid",
  "without",
  "like",
  "than",
]);

/** A nominal cue: its token range and lexicon entry. */
export interface NominalCue extends CueHead {
  end: number;
  cue: RelationCue;
}

/** Subject of a nominal cue: possessive or demonym just before it, "from X" after it, else the light verb's subject. */
export function nominalSubject(view: SentenceView, cue: NominalCue, speaker: Mention | null): Argument | null {
  const { tokens } = view;
  let k = cue.start - 1;
  const skipModifiers = (): void => {
    while (k > view.sentence.tokenStart && isNounModifier(tokens[k] as Token) && !view.endingAt.has(k)) k--;
  };
  skipModifiers();
  // "Russia's continued aggression and assault on Ukraine": a coordinated event noun shares the possessor.
  if (
    (tokens[k]?.lower === "and" || tokens[k]?.lower === "or") &&
    tokens[k - 1]?.pos === "NOUN" &&
    !view.endingAt.has(k - 1)
  ) {
    k -= 2;
    skipModifiers();
  }
  if (tokens[k]?.lower === "'s" || tokens[k]?.lower === "’s") k--;
  const before = view.endingAt.get(k);
  if (before !== undefined && (view.mentions[before] as Mention).actor >= 0)
    return { mentions: [view.mentions[before] as Mention], indirect: false };
  if (tokens[cue.end]?.lower === "from") {
    const from = findAgent(view, cue.end, "from");
    if (from) return from;
  }
  for (let v = cue.start - 1; v >= Math.max(view.sentence.tokenStart, cue.start - LIGHT_VERB_REACH_TOKENS); v--) {
    const token = tokens[v] as Token;
    if (token.pos === "VERB") return LIGHT_VERB_LEMMAS.has(token.lemma) ? findSubject(view, v) : null;
    // "made public before a possible invasion": a time or contrast preposition separates the noun from the verb.
    if (token.pos === "ADP" && LIGHT_VERB_SEPARATORS.has(token.lower)) return null;
    const inside = view.mentions.find((m) => m.tokenStart <= v && v < m.tokenEnd);
    if (inside) {
      if (inside.type !== "LOCATION") break;
      v = inside.tokenStart;
      continue;
    }
    if (
      !LIGHT_GAP.has(token.pos) &&
      token.pos !== "ADP" &&
      token.pos !== "NOUN" &&
      token.pos !== "CCONJ" &&
      token.pos !== "SYM" &&
      !token.inDate &&
      !QUOTE_MARKS.has(token.text)
    )
      break;
  }
  return speaker && cue.cue.type === "WARN" ? { mentions: [speaker], indirect: true } : null;
}

/** Adjectives and participles before an event noun ("full-scale", "continued", "unprovoked"). */
const isNounModifier = (token: Token): boolean =>
  token.pos === "ADJ" || (token.pos === "VERB" && token.lower.endsWith("ed"));
