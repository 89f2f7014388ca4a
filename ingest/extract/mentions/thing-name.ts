// Names of things written like proper names ("Storm Shadow missiles", "Patriot systems", "Taurus"): a capitalised
// chunk whose phrase ends in a thing noun of the CAMEO dictionary's weapon and aircraft sets, after at most two
// lower-case modifiers ("Storm Shadow cruise missiles"), is no actor; nor is the same name later without its noun.

import type { AnalyzedText, Token } from "../../nlp/analyze-text.ts";
import { nounLemma } from "../clauses/find-clauses.ts";
import { loadEventLexicon } from "../lexicon/event-lexicon.ts";
import type { MentionContext } from "./mention-parts.ts";

/** How many lower-case modifiers may stand between a thing's name and its noun. */
const MAX_MODIFIERS = 2;

/** A thing noun at j, after at most MAX_MODIFIERS lower-case words ("missiles", "cruise missiles"). */
function thingNounAt(tokens: readonly Token[], j: number): boolean {
  const things = loadEventLexicon().things;
  for (let k = j; k <= j + MAX_MODIFIERS; k++) {
    const token = tokens[k];
    if (!token || token.capitalised || (token.pos !== "NOUN" && token.pos !== "ADJ" && token.pos !== "PUNCT"))
      return false;
    if (token.pos === "NOUN" && things.has(nounLemma(token.lower))) return true;
  }
  return false;
}

const THING_NAMES = new WeakMap<AnalyzedText, Set<string>>();

/**
 * The chunk from..to names a thing: a thing noun follows it, or followed it earlier in the article. Names are
 * remembered in reading order, per article.
 */
export function thingNameAt(context: MentionContext, from: number, to: number): boolean {
  const { tokens, text } = context.analyzed;
  const known = THING_NAMES.get(context.analyzed);
  const thing = thingNounAt(tokens, to);
  if (!thing && known === undefined) return false;
  const name = text.slice((tokens[from] as Token).start, (tokens[to - 1] as Token).end);
  if (!thing) return known?.has(name) === true;
  if (known) known.add(name);
  else THING_NAMES.set(context.analyzed, new Set([name]));
  return true;
}
