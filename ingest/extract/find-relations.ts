// Relation extraction: finds cues (verbs, phrases, nouns) in each sentence, their subject and object mentions,
// voice, reported-speech attribution and modality, and yields statements between article actors.

import type { RelationType } from "../../graph-schema/index.ts";
import type { Token } from "../nlp/analyze-text.ts";
import type { LocalRelation } from "./article-extraction.ts";
import {
  findAgent,
  findObject,
  findSubject,
  insideMention,
  type Argument,
  type SentenceView,
} from "./clause-arguments.ts";
import { detectModality } from "./detect-modality.ts";
import type { Mention } from "./find-mentions.ts";
import type { Quote } from "./find-quotes.ts";
import { NOUN_CUES, PHRASE_CUES, VERB_CUES, type RelationCue } from "./relation-lexicon.ts";
import { buildRelation, CONFIDENCE, type RelationContext } from "./build-relation.ts";
import { labelStatements, quoteStatements } from "./quote-statements.ts";
import { resolveEventDate } from "./resolve-event-date.ts";
import { insideReportedContent } from "./reported-content.ts";
import { movesForcesToFrontier } from "./troop-movement.ts";
import { isVerbalAttack } from "./verbal-attack.ts";
import { predicativeObject } from "./predicative-object.ts";
import { impliedReply, mayHoldImpliedReply, REPLY_TYPES } from "./implied-reply.ts";
import { gerundSubject } from "./gerund-subject.ts";
import { sentenceSpeaker } from "./sentence-speaker.ts";
import { nominalSubject } from "./nominal-subject.ts";
import { unassertedAct } from "./unasserted-act.ts";

const VERBAL_CONFLICT: ReadonlySet<RelationType> = new Set([
  "WARN",
  "THREATEN",
  "DEMAND",
  "APPEAL",
  "ACCUSE",
  "CRITICIZE",
]);
const MATERIAL_ACTIONS: ReadonlySet<RelationType> = new Set(["SANCTION", "ATTACK", "COERCE", "MOBILIZE"]);
const COOPERATIVE: ReadonlySet<RelationType> = new Set([
  "MEET",
  "NEGOTIATE",
  "AGREE",
  "SUPPORT",
  "AID",
  "COOPERATE",
  "PRAISE",
]);
const SYMMETRIC: ReadonlySet<RelationType> = new Set(["MEET", "NEGOTIATE", "AGREE"]);
const LIGHT_GAP = new Set(["DET", "ADJ", "NUM", "PRON", "ADV"]);
const FIRST_PERSON = new Set(["i", "we"]);
/** How far before a cue a first-person subject may stand ("I do not agree"). */
const FIRST_PERSON_REACH_TOKENS = 4;

/** How many tokens before a nominal cue frame its modality ("the worst-case scenario would involve Russian attacks"). */
const NOMINAL_CONTEXT_TOKENS = 10;
/** Confidence factor for pairs read off a coordinated subject ("A and B agreed"). */
const SYMMETRIC_PAIR_FACTOR = 0.9;
const QUOTE_MARKS = new Set(["“", "”", '"', "‘", "’", "'"]);
const PHRASES_BY_FIRST_LEMMA = new Map<string, Array<(typeof PHRASE_CUES)[number]>>();
for (const phrase of PHRASE_CUES) {
  const bucket = PHRASES_BY_FIRST_LEMMA.get(phrase[0][0] as string) ?? [];
  bucket.push(phrase);
  PHRASES_BY_FIRST_LEMMA.set(phrase[0][0] as string, bucket);
}
/** Sentence openers that negate the inverted clause after them ("Nowhere did…", "Never has…"). */
const NEGATIVE_OPENERS = new Set(["nowhere", "never"]);
/** How far into the sentence the inverted auxiliary may stand ("Nowhere in his speech did…"). */
const INVERSION_REACH_TOKENS = 8;
const INVERTED_AUXILIARIES = new Set([
  "did",
  "does",
  "do",
  "has",
  "have",
  "had",
  "was",
  "is",
  "were",
  "will",
  "would",
  "could",
  "can",
]);
/** How far after a verb its required word may stand ("provided more than $2 billion in humanitarian aid"). */
const REQUIRED_WORD_REACH_TOKENS = 8;

interface Cue {
  cue: RelationCue;
  start: number;
  end: number;
  /** Token of the verb (for voice) or noun. */
  head: number;
}

export type { RelationContext };

/** Finds every statement in the article. */
export function findRelations(context: RelationContext): LocalRelation[] {
  const out = new Map<string, LocalRelation>();
  for (const view of context.views) {
    if (
      view.mentions.length < 2 &&
      !context.quotes.some((q) => q.speaker && q.start < view.sentence.end && view.sentence.start < q.end) &&
      !mayHoldImpliedReply(view)
    )
      continue;
    const quote = context.quotes.find((q) => q.start < view.sentence.end && view.sentence.start < q.end) ?? null;
    const cues = findCues(view);
    const found: LocalRelation[] = [];
    if (cues.length > 0) {
      const speaker = sentenceSpeaker(view) ?? quote?.speaker ?? null;
      for (const cue of cues) {
        const direct = relationsOf(context, view, cue, speaker, quote, null);
        found.push(...direct);
        if (direct.length === 0 && REPLY_TYPES.has(cue.cue.type) && !cue.cue.nominal)
          found.push(...impliedReply(context, view, cue, cue.cue.type, [...out.values()]));
      }
    }
    if (quote?.speaker) found.push(...quoteStatements(context, view, quote, null));
    found.push(...labelStatements(context, view, null));
    if (found.length === 0) continue;
    // Dates are resolved only for sentences that state something.
    const eventDate = resolveEventDate(
      view.tokens.slice(view.sentence.tokenStart, view.sentence.tokenEnd),
      context.published,
    );
    for (const relation of found) keep(out, { ...relation, eventDate });
  }
  return [...out.values()];
}

function keep(out: Map<string, LocalRelation>, relation: LocalRelation): void {
  const key = `${relation.subject}|${relation.object}|${relation.type}|${relation.offsets.sentence[0]}`;
  const known = out.get(key);
  if (!known || known.confidence < relation.confidence) out.set(key, relation);
}

function findCues(view: SentenceView): Cue[] {
  const { tokens, sentence } = view;
  const cues: Cue[] = [];
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    const token = tokens[k] as Token;
    if (insideMention(view, k)) continue;
    const phrase = phraseAt(view, k);
    if (phrase) {
      cues.push(phrase);
      k = phrase.end - 1;
      continue;
    }
    const verbCue = verbCueOf(token);
    const previous = tokens[k - 1];
    // "are meeting in Geneva": an -ing word after a form of "be" is the progressive verb even when tagged a noun.
    const progressive = token.lower.endsWith("ing") && previous?.lemma === "be";
    const verbLike =
      token.pos === "VERB" ||
      progressive ||
      (token.pos !== "ADP" && view.endingAt.has(k - 1) && view.startingAt.has(k + 1) && /s$|ed$/.test(token.lower));
    // "Moscow-backed", "a staged attack", "Ukrainian targeting": adjectives and nouns, not the verb.
    const compound =
      previous !== undefined && (previous.text === "-" || previous.text.endsWith("-")) && previous.end === token.start;
    const nounLike =
      previous !== undefined &&
      (previous.pos === "DET" || previous.pos === "ADP" || (previous.pos === "ADJ" && token.lower.endsWith("ing")));
    if (verbCue && verbLike && !compound && !nounLike) {
      const reach = tokens.slice(k + 1, Math.min(sentence.tokenEnd, k + 1 + REQUIRED_WORD_REACH_TOKENS));
      if (!verbCue.requires || reach.some((t) => verbCue.requires?.includes(t.lower))) {
        cues.push({ cue: verbCue, start: k, end: k + 1, head: k });
      }
      continue;
    }
    const nounCue = NOUN_CUES.get(token.lower);
    if (nounCue && token.pos === "NOUN") cues.push({ cue: nounCue, start: k, end: k + 1, head: k });
  }
  return cues;
}

/**
 * The verb cue of a token. Words that are also noun cues ("meeting", "bombing", "shelling") keep their own form as
 * lemma, so their verb stem is looked up as well ("are meeting" → meet).
 */
function verbCueOf(token: Token): RelationCue | undefined {
  const cue = VERB_CUES.get(token.lemma);
  if (cue || !token.lower.endsWith("ing") || !NOUN_CUES.has(token.lower)) return cue;
  const stem = token.lower.slice(0, -3);
  return VERB_CUES.get(stem) ?? VERB_CUES.get(`${stem}e`) ?? VERB_CUES.get(stem.slice(0, -1));
}

function phraseAt(view: SentenceView, k: number): Cue | null {
  const { tokens, sentence } = view;
  const first = tokens[k] as Token;
  const previous = tokens[k - 1];
  const verbal =
    first.pos === "VERB" || (first.pos === "NOUN" && (view.endingAt.has(k - 1) || previous?.pos === "AUX"));
  if (!verbal) return null;
  for (const [lemmas, cue] of PHRASES_BY_FIRST_LEMMA.get(first.lemma) ?? []) {
    let at = k;
    let matched = 0;
    for (const lemma of lemmas) {
      let gap = 0;
      while (
        matched > 0 &&
        at < sentence.tokenEnd &&
        gap < 4 &&
        isGap(tokens[at] as Token) &&
        (tokens[at] as Token).lemma !== lemma
      ) {
        at++;
        gap++;
      }
      const token = tokens[at];
      if (!token || at >= sentence.tokenEnd || (token.lemma !== lemma && token.lower !== lemma)) break;
      matched++;
      at++;
    }
    if (matched === lemmas.length) return { cue, start: k, end: at, head: k };
  }
  return null;
}

// Nouns may stand between a phrase's words as compound modifiers ("signed a security agreement", "held peace talks").
const isGap = (token: Token): boolean =>
  LIGHT_GAP.has(token.pos) || token.pos === "NOUN" || QUOTE_MARKS.has(token.text);

function isPassive(view: SentenceView, cue: Cue): boolean {
  const head = view.tokens[cue.head] as Token;
  if (head.pos !== "VERB" || head.lower === head.lemma || head.lower.endsWith("ing") || head.lower.endsWith("s"))
    return false;
  for (let k = cue.head - 1; k >= Math.max(view.sentence.tokenStart, cue.head - 3); k--) {
    const token = view.tokens[k] as Token;
    if (token.lemma === "be" || token.lemma === "get") return true;
    if (token.pos !== "ADV" && token.pos !== "PART") return false;
  }
  return false;
}

function relationsOf(
  context: RelationContext,
  view: SentenceView,
  cue: Cue,
  speaker: Mention | null,
  quote: Quote | null,
  eventDate: string | null,
): LocalRelation[] {
  const { cue: lexeme } = cue;
  let subject: Argument | null;
  let object: Argument | null;
  let confidence: number;
  if (lexeme.predicative) {
    object = predicativeObject(view, cue.start);
    subject = object ? findSubject(view, (object.mentions[0] as Mention).tokenStart) : null;
    confidence = CONFIDENCE.clause;
  } else if (lexeme.nominal) {
    subject = nominalSubject(view, cue, speaker);
    object = findObject(view, cue.end, lexeme.preps, false, true);
    confidence = CONFIDENCE.nominal;
  } else if (isPassive(view, cue)) {
    subject = findAgent(view, cue.end);
    object = findSubject(view, cue.start);
    confidence = CONFIDENCE.passive;
  } else {
    const gerund = gerundSubject(view, cue);
    if (gerund === null) return [];
    subject = gerund === "clause" ? findSubject(view, cue.start) : gerund;
    object = findObject(view, cue.end, lexeme.preps, lexeme.complement, false);
    confidence = CONFIDENCE.active;
  }
  // "We're not attacking Russia," Biden said: the speaker is the subject, and the clause starts at the pronoun.
  let clauseStart = -1;
  if (!subject && quote?.speaker) {
    clauseStart = firstPersonBefore(view, cue.start);
    if (clauseStart >= 0) subject = { mentions: [quote.speaker], indirect: false };
  }
  if (!subject || subject.mentions.length === 0) return [];
  if (subject.indirect || object?.indirect) confidence = Math.min(confidence, CONFIDENCE.clause);
  const firstSubject = subject.mentions[0] as Mention;
  const subjectStart = Math.min(firstSubject.tokenStart, cue.start);
  const lead = view.tokens.slice(Math.max(view.sentence.tokenStart, subjectStart - 2), subjectStart);
  const before = lexeme.predicative
    ? view.tokens.slice(object?.mentions[0]?.tokenEnd ?? cue.start, cue.start)
    : lexeme.nominal
      ? view.tokens.slice(Math.max(view.sentence.tokenStart, cue.start - NOMINAL_CONTEXT_TOKENS), cue.start)
      : clauseStart >= 0
        ? view.tokens.slice(clauseStart + 1, cue.start)
        : view.tokens.slice(Math.max(view.sentence.tokenStart, Math.min(firstSubject.tokenEnd, cue.start)), cue.start);
  const after = view.tokens.slice(cue.end, view.sentence.tokenEnd);
  const modality = detectModality({
    lead: firstSubject.tokenStart < cue.start ? lead : [],
    before,
    after,
    verbalConflict: VERBAL_CONFLICT.has(lexeme.type),
    cooperative: COOPERATIVE.has(lexeme.type),
    nominal: lexeme.nominal,
  });
  const negated = modality.negated || negativeInversion(view);
  let type = lexeme.type;
  let hypothetical = modality.hypothetical || insideReportedContent(view, subjectStart) || unassertedAct(view, cue);
  const objects = object?.mentions ?? [];
  const firstObject = objects[0];
  if (
    type === "AID" &&
    firstObject &&
    movesForcesToFrontier(view, cue.end, firstObject.tokenStart, firstObject.tokenEnd)
  )
    type = "MOBILIZE";
  if (type === "ATTACK" && !lexeme.nominal && isVerbalAttack(view, cue.head)) type = "CRITICIZE";
  if (objects.length === 0 && SYMMETRIC.has(type) && subject.mentions.length > 1) {
    return pairwise(context, view, cue, subject.mentions, type, confidence, negated, hypothetical, eventDate);
  }
  const attribution =
    speaker && speaker.actor >= 0 && !subject.mentions.some((m) => m.actor === speaker.actor) ? speaker : null;
  if (hypothetical && MATERIAL_ACTIONS.has(type) && !negated) {
    const saidBySubject = speaker !== null && subject.mentions.every((m) => m.actor === speaker.actor);
    if (modality.volitional || (modality.promised && saidBySubject)) {
      type = "THREATEN";
      hypothetical = false;
    }
  }
  const relations: LocalRelation[] = [];
  for (const s of subject.mentions) {
    for (const o of objects) {
      const facts = {
        type,
        confidence,
        negated: negated,
        hypothetical,
        eventDate,
        attributedTo: attribution ?? s,
      };
      const relation = buildRelation(context, view, cue, s, o, facts);
      if (relation) relations.push(relation);
    }
  }
  return relations;
}

/** "Nowhere did Rutte criticise…", "Never has NATO threatened…": a negative opener inverts the clause it negates. */
function negativeInversion(view: SentenceView): boolean {
  const start = view.sentence.tokenStart;
  if (!NEGATIVE_OPENERS.has((view.tokens[start] as Token).lower)) return false;
  for (let k = start + 1; k < Math.min(view.sentence.tokenEnd, start + INVERSION_REACH_TOKENS); k++) {
    if (INVERTED_AUXILIARIES.has((view.tokens[k] as Token).lower) && view.startingAt.has(k + 1)) return true;
  }
  return false;
}

/** Index of a first-person subject pronoun a few tokens before the cue ("we're not attacking"), else -1. */
function firstPersonBefore(view: SentenceView, cueStart: number): number {
  for (let k = cueStart - 1; k >= Math.max(view.sentence.tokenStart, cueStart - FIRST_PERSON_REACH_TOKENS); k--) {
    if (FIRST_PERSON.has((view.tokens[k] as Token).lower)) return k;
  }
  return -1;
}

function pairwise(
  context: RelationContext,
  view: SentenceView,
  cue: Cue,
  mentions: Mention[],
  type: RelationType,
  confidence: number,
  negated: boolean,
  hypothetical: boolean,
  eventDate: string | null,
): LocalRelation[] {
  const relations: LocalRelation[] = [];
  for (let a = 0; a < mentions.length; a++) {
    for (let b = a + 1; b < mentions.length; b++) {
      const s = mentions[a] as Mention;
      const facts = {
        type,
        confidence: confidence * SYMMETRIC_PAIR_FACTOR,
        negated,
        hypothetical,
        eventDate,
        attributedTo: s,
      };
      const relation = buildRelation(context, view, cue, s, mentions[b] as Mention, facts);
      if (relation) relations.push(relation);
    }
  }
  return relations;
}
