// Clues to a cue's subject beyond the nearest mention: a pronoun or common noun that is the clause's own subject
// ("how we assist Ukraine", "the Soviet army captured"), and the owner of an infinitive after a noun.

import type { Token } from "../nlp/analyze-text.ts";
import type { Argument, SentenceView } from "./clause-arguments.ts";
import type { Mention } from "./find-mentions.ts";
import { SPEECH_VERBS } from "./relation-lexicon.ts";

const ARTICLES = new Set(["the", "a", "an"]);
/** Personal pronouns that are a clause's own subject ("how we assist Ukraine"); he/she are mentions instead. */
const SUBJECT_PRONOUNS = new Set(["i", "we", "you", "they", "it"]);
/** Verbs besides SPEECH_VERBS whose "that"-clause pronoun is their own subject ("denies that it would attack"). */
const PRONOUN_REPORTING_VERBS = new Set(["warn", "deny", "threaten", "vow", "promise", "pledge", "insist", "signal"]);
/** How far back (tokens) from a subject pronoun its speech verb may stand ("warned that in the event of aggression they"). */
const SPEAKER_PRONOUN_REACH_TOKENS = 10;
/** Nouns whose infinitive is their owner's own act ("Moscow's plan to invade", "has made a bid to join"). */
const INTENT_NOUNS = new Set([
  "plan",
  "plans",
  "decision",
  "bid",
  "move",
  "attempt",
  "attempts",
  "effort",
  "efforts",
  "intention",
  "readiness",
  "threat",
  "threats",
  "pledge",
  "promise",
  "refusal",
  "failure",
]);
/** Nouns after a demonym that make the demonym's country the actor ("the Soviet army captured…"). */
const FORCE_NOUNS = new Set([
  "army",
  "armies",
  "forces",
  "troops",
  "military",
  "soldiers",
  "navy",
  "government",
  "authorities",
  "officials",
  "diplomats",
  "jets",
  "warplanes",
  "missiles",
  "drones",
  "artillery",
]);

const covered = (view: SentenceView, k: number): boolean => view.covered[k - view.sentence.tokenStart] === 1;

/**
 * True when token `k` is a personal pronoun that is its clause's own subject ("how we assist Ukraine"); false when
 * it follows a speech verb and stands for the speaker ("Russia says it may…"), whom the caller then finds.
 */
export function pronounSubjectAt(view: SentenceView, k: number): boolean {
  const token = view.tokens[k] as Token;
  if (token.pos !== "PRON" || !SUBJECT_PRONOUNS.has(token.lower) || covered(view, k)) return false;
  return !reportsSpeaker(view.tokens, k, view.sentence.tokenStart);
}

/**
 * Who acts in an infinitive cue after a common noun ("commitments to punish Russia"): the noun's possessor, else
 * nobody; "clause" when the cue is no such infinitive or the noun is the clause subject's own intent ("plans to").
 */
export function infinitiveOwner(view: SentenceView, cueStart: number): Argument | null | "clause" {
  const { tokens, sentence } = view;
  const noun = tokens[cueStart - 2];
  if (tokens[cueStart - 1]?.lower !== "to" || noun?.pos !== "NOUN" || cueStart - 2 < sentence.tokenStart)
    return "clause";
  if (covered(view, cueStart - 2) || INTENT_NOUNS.has(noun.lower)) return "clause";
  return possessorOf(view, cueStart - 2);
}

/**
 * For a demonym walked over while looking for a subject: "modifier" when it only modifies something else, the
 * demonym itself when it heads the clause's subject as forces or government ("the Soviet army captured"), null when it
 * heads a subject that is no actor ("Russian fans cheered").
 */
export function demonymForces(view: SentenceView, mention: Mention, cueStart: number): Mention | null | "modifier" {
  const head = view.tokens[mention.tokenEnd];
  if (!head || mention.tokenEnd >= cueStart || !nextIsVerbAt(view.tokens, mention.tokenEnd + 1, cueStart))
    return "modifier";
  return FORCE_NOUNS.has(head.lower) ? mention : null;
}

/**
 * True when the pronoun at `k` opens the content of a speech verb and stands for its speaker ("Russia says it may…",
 * "NATO warned that, in the event of aggression, they would…"); false for any other verb ("how we assist").
 */
function reportsSpeaker(tokens: readonly Token[], k: number, sentenceStart: number): boolean {
  // Right after a verb ("Ethiopia indicated it…", "denies that it…") the pronoun opens that verb's clause.
  const previous = tokens[k - 1]?.lower === "that" ? tokens[k - 2] : tokens[k - 1];
  if (previous?.pos === "VERB") return true;
  for (let v = k - 1; v >= Math.max(sentenceStart, k - SPEAKER_PRONOUN_REACH_TOKENS); v--) {
    const token = tokens[v] as Token;
    if (token.pos === "VERB") return SPEECH_VERBS.has(token.lemma) || PRONOUN_REPORTING_VERBS.has(token.lemma);
  }
  return false;
}

/**
 * True when a common noun phrase that names no actor stands right before the cue ("which saw the Soviet army
 * capture…", "the pontiff condemned…"): that phrase is the subject, so no actor further left is.
 */
export function commonNounSubject(view: SentenceView, cueStart: number): boolean {
  const { tokens, sentence } = view;
  let k = cueStart - 1;
  while (
    k > sentence.tokenStart &&
    ["ADV", "AUX", "PART"].includes((tokens[k] as Token).pos) &&
    tokens[k]?.lower !== "to"
  )
    k--;
  const noun = tokens[k];
  if (!noun || noun.pos !== "NOUN" || noun.inDate || covered(view, k)) return false;
  // "the army fighting with Russia": a participle right after a noun is a reduced relative on that noun.
  if (k === cueStart - 1 && (tokens[cueStart] as Token).lower.endsWith("ing")) return true;
  k--;
  while (k > sentence.tokenStart && ((tokens[k] as Token).pos === "ADJ" || (tokens[k] as Token).pos === "NOUN")) k--;
  const determiner = tokens[k]?.lower ?? "";
  // "…half of the global economy, imposed": a noun phrase after a preposition is that preposition's object.
  const governor = tokens[k - 1];
  const prepositional = governor !== undefined && k - 1 >= sentence.tokenStart && governor.pos === "ADP";
  return k >= sentence.tokenStart && ARTICLES.has(determiner) && !covered(view, k + 1) && !prepositional;
}

/** True when the tokens from `from` up to `cueStart` are only auxiliaries, adverbs and particles before the cue. */
function nextIsVerbAt(tokens: readonly Token[], from: number, cueStart: number): boolean {
  for (let k = from; k < cueStart; k++) {
    const pos = (tokens[k] as Token).pos;
    if (pos !== "AUX" && pos !== "ADV" && pos !== "PART") return false;
  }
  return true;
}

/** The possessor of the noun at `noun` ("Moscow's decision", "the EU's commitments"), else null. */
function possessorOf(view: SentenceView, noun: number): Argument | null {
  let k = noun - 1;
  while (
    k > view.sentence.tokenStart &&
    ((view.tokens[k] as Token).pos === "ADJ" || (view.tokens[k] as Token).pos === "NOUN")
  )
    k--;
  const mark = view.tokens[k]?.lower;
  if (mark === "'s" || mark === "’s") k--;
  const index = view.endingAt.get(k);
  if (index === undefined) return null;
  const mention = view.mentions[index] as Mention;
  const possessive = mark === "'s" || mark === "’s" || mention.kind === "pronoun" || mention.kind === "demonym";
  return possessive && mention.actor >= 0 ? { mentions: [mention], indirect: true } : null;
}
