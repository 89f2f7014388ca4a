// The verbs the extractor's lexicon knows as cues (speech, quotes, relations, light verbs, the first word of a
// phrase cue): after an unknown capitalised word opening a sentence, one of them confirms that word as a name.

import type { Token } from "../nlp/analyze-text.ts";
import { SPEECH_LEMMAS } from "./mention-lexicon.ts";
import { LIGHT_VERB_LEMMAS, PHRASE_CUES, QUOTE_VERBS, VERB_CUES } from "./relation-lexicon.ts";

const CUE_VERB_LEMMAS: ReadonlySet<string> = new Set([
  ...SPEECH_LEMMAS,
  ...QUOTE_VERBS,
  ...VERB_CUES.keys(),
  ...LIGHT_VERB_LEMMAS,
  ...PHRASE_CUES.map(([lemmas]) => lemmas[0] ?? ""),
]);

/**
 * True for an auxiliary ("Halvorsen has denied…") or a verb of the cue lexicon ("Arnor signed…"); false for other
 * verbs ("Sterling slipped…"), after which a capitalised sentence opener is as likely a common word as a name.
 */
export function isCueVerb(token: Token | undefined): boolean {
  if (token === undefined) return false;
  return token.pos === "AUX" || (token.pos === "VERB" && CUE_VERB_LEMMAS.has(token.lemma));
}
