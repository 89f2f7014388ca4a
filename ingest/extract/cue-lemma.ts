// A vocabulary-driven lemmatiser: the extractor only compares lemmas with its own cue lists, so it maps an
// inflected form to the cue lemma it can stand for ("accused" → "accuse", "met" → "meet") and leaves other words
// lower-cased. Cheaper than wink's general lemmatiser, which would cost a third of readDoc.

import { LIGHT_VERB_LEMMAS, NOUN_CUES, PHRASE_CUES, QUOTE_VERBS, VERB_CUES } from "./relation-lexicon.ts";

const IRREGULAR: Readonly<Record<string, string>> = {
  said: "say",
  says: "say",
  told: "tell",
  met: "meet",
  sent: "send",
  held: "hold",
  struck: "strike",
  fought: "fight",
  gave: "give",
  given: "give",
  made: "make",
  took: "take",
  taken: "take",
  brought: "bring",
  began: "begin",
  begun: "begin",
  wrote: "write",
  written: "write",
  spoke: "speak",
  spoken: "speak",
  was: "be",
  were: "be",
  is: "be",
  are: "be",
  am: "be",
  been: "be",
  being: "be",
  got: "get",
  gotten: "get",
  led: "lead",
  cut: "cut",
  hit: "hit",
  shot: "shoot",
  threw: "throw",
  sought: "seek",
  saw: "see",
  seen: "see",
  stood: "stand",
  withdrew: "withdraw",
  withdrawn: "withdraw",
  thought: "think",
  cast: "cast",
  set: "set",
  put: "put",
  ran: "run",
  won: "win",
  lost: "lose",
  arose: "arise",
  left: "leave",
  kept: "keep",
  meant: "mean",
  felt: "feel",
  dealt: "deal",
  rebuilt: "rebuild",
  broke: "break",
  broken: "break",
};

const KNOWN = new Set<string>([
  ...VERB_CUES.keys(),
  ...NOUN_CUES.keys(),
  ...PHRASE_CUES.flatMap(([lemmas]) => lemmas),
  ...QUOTE_VERBS,
  ...LIGHT_VERB_LEMMAS,
  "be",
  "get",
  "call",
  "see",
  "view",
  "consider",
  "tie",
  "talk",
  "troop",
  "sanction",
  "attack",
]);

const memo = new Map<string, string>();
/** Bound on memoised forms, so a long-running process does not grow without limit. */
const MAX_MEMO_SIZE = 100_000;

/** The cue lemma `lower` can stand for, else `lower` itself (only verbs, nouns and auxiliaries are inflected). */
export function cueLemma(lower: string, pos = "VERB"): string {
  if (pos !== "VERB" && pos !== "NOUN" && pos !== "AUX") return lower;
  const known = memo.get(lower);
  if (known !== undefined) return known;
  const lemma = lemmaOf(lower);
  if (memo.size < MAX_MEMO_SIZE) memo.set(lower, lemma);
  return lemma;
}

function lemmaOf(lower: string): string {
  const irregular = IRREGULAR[lower];
  if (irregular) return irregular;
  if (KNOWN.has(lower)) return lower;
  const candidates: string[] = [];
  if (lower.endsWith("ies") || lower.endsWith("ied")) candidates.push(`${lower.slice(0, -3)}y`);
  if (lower.endsWith("es")) candidates.push(lower.slice(0, -2), lower.slice(0, -1));
  else if (lower.endsWith("s")) candidates.push(lower.slice(0, -1));
  if (lower.endsWith("ed")) candidates.push(lower.slice(0, -2), lower.slice(0, -1), lower.slice(0, -3));
  if (lower.endsWith("ing")) candidates.push(lower.slice(0, -3), `${lower.slice(0, -3)}e`, lower.slice(0, -4));
  for (const candidate of candidates) if (KNOWN.has(candidate)) return candidate;
  return lower;
}
