// Troop movements: "sent 100,000 troops to the Ukrainian border" is a build-up against a country (MOBILIZE),
// not aid to it; aid is weapons, money or supplies given to someone.

import type { Token } from "../nlp/analyze-text.ts";
import type { SentenceView } from "./clause-arguments.ts";

const FORCE_NOUNS = new Set(["troops", "forces", "soldiers", "servicemen", "battalions", "units", "tanks", "troop"]);
const FRONTIER_WORDS = new Set(["border", "borders", "frontier", "frontiers", "toward", "towards", "near", "along"]);

/**
 * True when the tokens from the cue to the object name armed forces and a border or an approach ("toward", "near"):
 * a movement of forces, not a delivery of aid.
 */
export function movesForcesToFrontier(
  view: SentenceView,
  cueEnd: number,
  objectStart: number,
  objectEnd: number,
): boolean {
  const { tokens, sentence } = view;
  let forces = false;
  let frontier = false;
  const end = Math.min(sentence.tokenEnd, objectEnd + 2);
  for (let k = cueEnd; k < end; k++) {
    const word = (tokens[k] as Token).lower;
    if (k < objectStart && FORCE_NOUNS.has(word)) forces = true;
    if (FRONTIER_WORDS.has(word)) frontier = true;
  }
  return forces && frontier;
}
