// The verb-event lexicon at run time: a verb lemma with the words around it gives a relation type, by CAMEO pattern
// (the most specific pattern whose every slot is matched wins; a pattern coded "---" says "no event here"), by the
// verb's CAMEO default, or by newsgraph's own reading of the verb (newsgraph-verb-events.ts), which takes precedence
// over a default but not over a matched CAMEO pattern. Loaded once per thread.

import { readFileSync } from "node:fs";
import type { RelationType } from "../../../graph-schema/index.ts";
import { packageFile } from "../../package-files.ts";
import { relationTypeOfCameo } from "./cameo-relation-types.ts";
import type { CameoPattern, CompiledCameoVerbs } from "./compile-cameo-verbs.ts";
import { IRREGULAR_VERB_FORMS } from "./irregular-verbs.ts";
import { NEWSGRAPH_VERB_TYPES, NO_DEFAULT_VERBS } from "./newsgraph-verb-events.ts";
import { LIGHT_VERBS } from "./nominal-events.ts";

/** How a verb was typed. */
export interface VerbEvent {
  type: RelationType;
  /** The CAMEO code, when the dictionary decided. */
  cameo: string | null;
  /**
   * The prepositions of the dictionary pattern that typed the verb ("by" of "STAND BY", "at" of "FIRE AT"): the phrase
   * they open names whom the act is aimed at. Empty for a default or newsgraph's own reading.
   */
  prepositions: readonly string[];
}

export interface EventLexicon {
  /**
   * The event of `lemma` in its clause's words (`VerbContext`; none: the verb alone); null when the verb is no act
   * towards another actor in that context.
   */
  verbEvent(lemma: string, context?: VerbContext): VerbEvent | null;
  /** Whether `lemma` is a verb the lexicon knows. */
  isVerb(lemma: string): boolean;
  /**
   * The lemma of a lower-case verb form ("met" → "meet", "accused" → "accuse"), when the lexicon knows it or it is
   * one of `also` (a caller's own verbs: "trying" → "try"); else the form itself.
   */
  verbLemma(lower: string, also?: ReadonlySet<string>): string;
  /** Head nouns of things that are never actors (the dictionary's weapons and aircraft), lower-case. */
  readonly things: ReadonlySet<string>;
  /** Head nouns of armed forces (the dictionary's &MILITARY set), lower-case. */
  readonly forces: ReadonlySet<string>;
}

/** What a verb's clause says around it, for the lexicon's patterns. */
export interface VerbContext {
  /** Lower-case words and lemmas after the verb in its clause (objects, obliques, particles). */
  after: ReadonlySet<string>;
  /** Lower-case words and lemmas before it (subject, adverbs). */
  before: ReadonlySet<string>;
  /** The words after it as written (no lemmas); `after` when absent. */
  written?: ReadonlySet<string>;
  /**
   * Its particle ("out" in "called out"), or "". A particle makes another verb ("call out", "pull out", "give up"):
   * only the dictionary's patterns with that particle, or newsgraph's reading of the phrasal verb ("train up"), type
   * it, never the bare verb's reading.
   */
  particle?: string;
  /**
   * Whether it takes a clause ("wants Putin to face trial", "plans to send troops"). An intent to cooperate (CAMEO 03,
   * the default of "want", "plan", "seek", "promise"…) is then an intent to do what the clause says, which that
   * clause types; the default no longer applies.
   */
  takesClause?: boolean;
  /**
   * Lower-case words that modify the verb itself: its particle and adverbs ("in" of "gave in", "back" of "pulled
   * back"). When given, a pattern slot of such words only ("GIVE IN", "PULL BACK", "TALK OVER") is a phrasal verb
   * and matches only these, never the preposition of a phrase ("gave an interview … in New York" is no concession).
   */
  adverbs?: ReadonlySet<string>;
}

const NO_WORDS: ReadonlySet<string> = new Set();
const BARE_VERB: VerbContext = { after: NO_WORDS, before: NO_WORDS };
/** CAMEO's "express intent to cooperate" codes. */
const INTENT_CODE = /^03/;

const slotMatched = (slot: readonly string[], words: ReadonlySet<string>): boolean => slot.some((w) => words.has(w));

/** Prepositions and particles: a slot of these alone says less about the event than a noun does. */
const FUNCTION_WORDS = new Set(
  "in on with to of for against at by from over about up out off down into onto upon through under after before".split(
    " ",
  ),
);
const slotWeight = (slot: readonly string[]): number => (slot.every((w) => FUNCTION_WORDS.has(w)) ? 1 : 2);

/**
 * Prepositions a pattern may make a target of ("STAND BY", "FIRE AT", "TURN AGAINST", "CALL ON"); not those that as
 * often give place, time or company ("to", "in", "with", "for"), which the relation type alone decides.
 */
const AIMING_PREPOSITIONS = new Set(["by", "at", "against", "behind", "upon", "on", "toward", "towards"]);
/** The aiming prepositions of a pattern's slots of one preposition ("STAND BY" → "by"). */
const patternPrepositions = (pattern: CameoPattern): string[] =>
  pattern.after
    .filter((slot) => slot.length === 1 && AIMING_PREPOSITIONS.has(slot[0] as string))
    .map((slot) => slot[0] as string);

/** Words that make a phrasal verb with the verb before them; the dictionary writes "GIVE IN" as a pattern "in". */
const PARTICLES = new Set("up out off down back away in over through forward aside along around".split(" "));
const particleSlot = (slot: readonly string[]): boolean => slot.every((w) => PARTICLES.has(w));

/**
 * The matching pattern that says most: most slots, content words counting double; among equals, the first of the
 * dictionary whose words appear as written rather than only in the singular ("SANCTIONS" before "SANCTION").
 */
function bestPattern(
  patterns: readonly CameoPattern[],
  after: ReadonlySet<string>,
  before: ReadonlySet<string>,
  written: ReadonlySet<string>,
  adverbs: ReadonlySet<string> | undefined,
) {
  let best: CameoPattern | null = null;
  let bestScore = 0;
  for (const pattern of patterns) {
    if (
      !pattern.after.every((slot) => slotMatched(slot, adverbs && particleSlot(slot) ? adverbs : after)) ||
      !pattern.before.every((slot) => slotMatched(slot, before))
    )
      continue;
    const weight = [...pattern.before, ...pattern.after].reduce((sum, slot) => sum + slotWeight(slot), 0);
    const exact = pattern.after.every((slot) => slotMatched(slot, written)) ? 0.5 : 0;
    const score = weight + exact;
    if (score > bestScore) {
      best = pattern;
      bestScore = score;
    }
  }
  return best;
}

/** Builds the lexicon from compiled CAMEO verbs. */
export function createEventLexicon(cameo: CompiledCameoVerbs): EventLexicon {
  // Verbs read through their event noun ("participated in the assault") are verbs too, whether CAMEO lists them or not.
  const known = (lemma: string): boolean =>
    lemma in cameo.verbs || NEWSGRAPH_VERB_TYPES.has(lemma) || LIGHT_VERBS.has(lemma);
  return {
    things: new Set(cameo.things),
    forces: new Set(cameo.forces),
    isVerb: known,
    verbLemma(lower, also) {
      const irregular = cameo.forms[lower] ?? IRREGULAR_VERB_FORMS.get(lower);
      if (irregular !== undefined) return irregular;
      // The dictionary lists a few inflected forms as verbs of their own ("ATTACKED"): the base form comes first.
      for (const candidate of regularLemmas(lower)) if (known(candidate) || also?.has(candidate)) return candidate;
      return lower;
    },
    verbEvent(lemma, context = BARE_VERB) {
      const { after, before, particle = "", takesClause = false } = context;
      const written = context.written ?? after;
      // "pushed Russian forces back": a phrasal verb of ours whose particle the parse read as an adverb of the verb.
      if (!particle && context.adverbs) {
        for (const adverb of context.adverbs) {
          const phrasal = NEWSGRAPH_VERB_TYPES.get(`${lemma} ${adverb}`);
          if (phrasal) return { type: phrasal, cameo: null, prepositions: [] };
        }
      }
      const entry = cameo.verbs[lemma];
      const patterns = particle
        ? entry?.patterns.filter((p) => p.after.some((slot) => slot.includes(particle)))
        : entry?.patterns;
      const pattern = patterns ? bestPattern(patterns, after, before, written, context.adverbs) : null;
      const ours = NEWSGRAPH_VERB_TYPES.get(particle ? `${lemma} ${particle}` : lemma);
      // A pattern of prepositions alone ("negotiate with") says less than our reading of the verb does; and a verb
      // whose own act is no intent does not become one by a pattern ("met Putin at a G20 event", "met with the
      // opposition leaders" are meetings, not 036): an intent is the governing verb's ("plans to meet"), which
      // modality reads.
      const prepositionsOnly =
        pattern !== null && [...pattern.before, ...pattern.after].every((slot) => slotWeight(slot) === 1);
      const patternCode = pattern?.code ?? null;
      const ownCode = entry?.code ?? null;
      const intentOfAnAct =
        patternCode !== null && INTENT_CODE.test(patternCode) && ownCode !== null && !INTENT_CODE.test(ownCode);
      const telling = pattern !== null && !(prepositionsOnly && ours) && !intentOfAnAct;
      if (pattern && telling) {
        if (pattern.code === null) return null;
        const type = relationTypeOfCameo(pattern.code);
        // A pattern that codes a mere statement ("warn of disaster" as a pessimistic comment) yields to our reading.
        if (type !== null) return { type, cameo: pattern.code, prepositions: patternPrepositions(pattern) };
      }
      if (ours) return { type: ours, cameo: null, prepositions: [] };
      if (particle) return null;
      if (!entry || entry.code === null || NO_DEFAULT_VERBS.has(lemma)) return null;
      if (takesClause && INTENT_CODE.test(entry.code)) return null;
      const type = relationTypeOfCameo(entry.code);
      return type === null ? null : { type, cameo: entry.code, prepositions: [] };
    },
  };
}

/** Lemma candidates of a regular verb form, most likely first. */
function regularLemmas(lower: string): string[] {
  const out: string[] = [];
  const undouble = (stem: string): void => {
    if (stem.length > 2 && stem.at(-1) === stem.at(-2)) out.push(stem.slice(0, -1));
  };
  if (lower.endsWith("ied")) out.push(lower.slice(0, -3) + "y");
  if (lower.endsWith("ed")) {
    out.push(lower.slice(0, -1), lower.slice(0, -2));
    undouble(lower.slice(0, -2));
  }
  if (lower.endsWith("ing")) {
    const stem = lower.slice(0, -3);
    out.push(stem, stem + "e");
    undouble(stem);
  }
  if (lower.endsWith("ies")) out.push(lower.slice(0, -3) + "y");
  if (lower.endsWith("es")) out.push(lower.slice(0, -2));
  if (lower.endsWith("s")) out.push(lower.slice(0, -1));
  return out;
}

let shared: EventLexicon | null = null;

/** The thread's event lexicon, read from the package's compiled CAMEO verbs on first use. */
export function loadEventLexicon(): EventLexicon {
  shared ??= createEventLexicon(
    JSON.parse(
      readFileSync(packageFile("ingest", "extract", "lexicon", "data", "cameo-verbs.json"), "utf8"),
    ) as CompiledCameoVerbs,
  );
  return shared;
}
