// Relation extraction: finds cues (verbs, phrases, nouns) in each sentence, their subject and object mentions,
// voice, reported-speech attribution and modality, and yields statements between article actors.

import { ploverOf, type RelationType } from "../../graph-schema/index.ts";
import type { AnalyzedText, Token } from "../nlp/analyze-text.ts";
import type { LocalRelation } from "./article-extraction.ts";
import { findAgent, findObject, findSubject, type Argument, type SentenceView } from "./clause-arguments.ts";
import { detectModality } from "./detect-modality.ts";
import type { Mention } from "./find-mentions.ts";
import type { Quote } from "./find-quotes.ts";
import type { ArticleActor } from "./link-actors.ts";
import { NOUN_CUES, PEJORATIVE_WORDS, PHRASE_CUES, SPEECH_VERBS, VERB_CUES, type RelationCue } from "./relation-lexicon.ts";
import { resolveEventDate } from "./resolve-event-date.ts";

/** Confidence by how the statement was found. */
export const CONFIDENCE = {
  active: 0.85,
  passive: 0.75,
  clause: 0.65,
  nominal: 0.6,
  quoteCriticism: 0.45,
  /** Multiplier when an end was resolved through a pronoun or description. */
  coreference: 0.85,
} as const;

const VERBAL_CONFLICT: ReadonlySet<RelationType> = new Set(["WARN", "THREATEN", "DEMAND", "APPEAL", "ACCUSE", "CRITICIZE"]);
const MATERIAL_ACTIONS: ReadonlySet<RelationType> = new Set(["SANCTION", "ATTACK", "COERCE", "MOBILIZE"]);
const SYMMETRIC: ReadonlySet<RelationType> = new Set(["MEET", "NEGOTIATE", "AGREE"]);
const LIGHT_GAP = new Set(["DET", "ADJ", "NUM", "PRON", "ADV"]);
const FIRST_PERSON = new Set(["i", "we"]);

interface Cue {
  cue: RelationCue;
  start: number;
  end: number;
  /** Token of the verb (for voice) or noun. */
  head: number;
}

export interface RelationContext {
  analyzed: AnalyzedText;
  views: readonly SentenceView[];
  actors: readonly ArticleActor[];
  quotes: readonly Quote[];
  published: string | null;
}

/** Finds every statement in the article. */
export function findRelations(context: RelationContext): LocalRelation[] {
  const out = new Map<string, LocalRelation>();
  for (const view of context.views) {
    const quote = context.quotes.find((q) => q.start <= view.sentence.start && view.sentence.end <= q.end + 1) ?? null;
    const speaker = sentenceSpeaker(view) ?? quote?.speaker ?? null;
    const eventDate = resolveEventDate(view.tokens.slice(view.sentence.tokenStart, view.sentence.tokenEnd), context.published);
    for (const cue of findCues(view)) {
      for (const relation of relationsOf(context, view, cue, speaker, quote, eventDate)) keep(out, relation);
    }
    if (quote?.speaker) for (const relation of quoteCriticism(context, view, quote.speaker, eventDate)) keep(out, relation);
  }
  return [...out.values()];
}

function keep(out: Map<string, LocalRelation>, relation: LocalRelation): void {
  const key = `${relation.subject}|${relation.object}|${relation.type}|${relation.offsets.sentence[0]}`;
  const known = out.get(key);
  if (!known || known.confidence < relation.confidence) out.set(key, relation);
}

function insideMention(view: SentenceView, k: number): boolean {
  return view.mentions.some((m) => m.tokenStart <= k && k < m.tokenEnd);
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
    const verbCue = VERB_CUES.get(token.lemma);
    const verbLike = token.pos === "VERB" || (token.pos !== "ADP" && view.endingAt.has(k - 1) && view.startingAt.has(k + 1) && /s$|ed$/.test(token.lower));
    if (verbCue && verbLike) {
      if (!verbCue.requires || tokens.slice(k + 1, k + 5).some((t) => verbCue.requires?.includes(t.lower))) {
        cues.push({ cue: verbCue, start: k, end: k + 1, head: k });
      }
      continue;
    }
    const nounCue = NOUN_CUES.get(token.lower);
    if (nounCue && token.pos === "NOUN") cues.push({ cue: nounCue, start: k, end: k + 1, head: k });
  }
  return cues;
}

function phraseAt(view: SentenceView, k: number): Cue | null {
  const { tokens, sentence } = view;
  for (const [lemmas, cue] of PHRASE_CUES) {
    let at = k;
    let matched = 0;
    for (const lemma of lemmas) {
      let gap = 0;
      while (matched > 0 && at < sentence.tokenEnd && gap < 3 && LIGHT_GAP.has((tokens[at] as Token).pos) && (tokens[at] as Token).lemma !== lemma) {
        at++;
        gap++;
      }
      const token = tokens[at];
      if (!token || at >= sentence.tokenEnd || (token.lemma !== lemma && token.lower !== lemma)) break;
      matched++;
      at++;
    }
    if (matched === lemmas.length && (tokens[k] as Token).pos !== "NOUN") return { cue, start: k, end: at, head: k };
  }
  return null;
}

/** The speaker of a sentence's reported speech: subject of a speech verb, "said X", or "according to X". */
function sentenceSpeaker(view: SentenceView): Mention | null {
  const { tokens, sentence } = view;
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    const token = tokens[k] as Token;
    if (token.lower === "according" && tokens[k + 1]?.lower === "to") {
      const index = view.startingAt.get(k + 2) ?? view.startingAt.get(k + 3);
      if (index !== undefined && (view.mentions[index] as Mention).actor >= 0) return view.mentions[index] as Mention;
    }
    if (!SPEECH_VERBS.has(token.lemma) || token.pos !== "VERB") continue;
    const subject = findSubject(view, k);
    const mention = subject?.mentions[subject.mentions.length - 1];
    if (mention) return mention;
    const after = view.startingAt.get(k + 1);
    if (after !== undefined && (view.mentions[after] as Mention).actor >= 0) return view.mentions[after] as Mention;
  }
  return null;
}

function isPassive(view: SentenceView, cue: Cue): boolean {
  const head = view.tokens[cue.head] as Token;
  if (head.pos !== "VERB" || head.lower === head.lemma || head.lower.endsWith("ing") || head.lower.endsWith("s")) return false;
  for (let k = cue.head - 1; k >= Math.max(view.sentence.tokenStart, cue.head - 3); k--) {
    const token = view.tokens[k] as Token;
    if (token.lemma === "be" || token.lemma === "get") return true;
    if (token.pos !== "ADV" && token.pos !== "PART") return false;
  }
  return false;
}

/** Subject of a nominal cue: possessive or demonym just before it, "from X" after it, else the light verb's subject. */
function nominalSubject(view: SentenceView, cue: Cue, speaker: Mention | null): Argument | null {
  const { tokens } = view;
  let k = cue.start - 1;
  while (k > view.sentence.tokenStart && (tokens[k] as Token).pos === "ADJ" && !view.endingAt.has(k)) k--;
  if (tokens[k]?.lower === "'s" || tokens[k]?.lower === "’s") k--;
  const before = view.endingAt.get(k);
  if (before !== undefined && (view.mentions[before] as Mention).actor >= 0) return { mentions: [view.mentions[before] as Mention], indirect: false };
  if (tokens[cue.end]?.lower === "from") {
    const from = view.startingAt.get(cue.end + 1);
    if (from !== undefined) return findAgentList(view, cue.end + 1);
  }
  for (let v = cue.start - 1; v >= Math.max(view.sentence.tokenStart, cue.start - 4); v--) {
    const token = tokens[v] as Token;
    if (token.pos === "VERB") return findSubject(view, v);
    if (!LIGHT_GAP.has(token.pos)) break;
  }
  return speaker && cue.cue.type === "WARN" ? { mentions: [speaker], indirect: true } : null;
}

function findAgentList(view: SentenceView, at: number): Argument | null {
  return findAgent(view, at - 1) ?? null;
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
  if (lexeme.nominal) {
    subject = nominalSubject(view, cue, speaker);
    object = findObject(view, cue.end, lexeme.preps, false, true);
    confidence = CONFIDENCE.nominal;
  } else if (isPassive(view, cue)) {
    subject = findAgent(view, cue.end);
    object = findSubject(view, cue.start);
    confidence = CONFIDENCE.passive;
  } else {
    subject = findSubject(view, cue.start);
    object = findObject(view, cue.end, lexeme.preps, lexeme.complement, false);
    confidence = CONFIDENCE.active;
  }
  if (!subject && quote?.speaker && firstPersonBefore(view, cue.start)) subject = { mentions: [quote.speaker], indirect: false };
  if (!subject) return [];
  if (subject.indirect || object?.indirect) confidence = Math.min(confidence, CONFIDENCE.clause);
  const before = view.tokens.slice(Math.max(view.sentence.tokenStart, (subject.mentions[0]?.tokenEnd ?? cue.start)), cue.start);
  const after = view.tokens.slice(cue.end, view.sentence.tokenEnd);
  const modality = detectModality(before, after, VERBAL_CONFLICT.has(lexeme.type));
  let type = lexeme.type;
  let hypothetical = modality.hypothetical;
  const objects = object?.mentions ?? [];
  if (objects.length === 0 && SYMMETRIC.has(type) && subject.mentions.length > 1) {
    return pairwise(context, view, cue, subject.mentions, type, confidence, modality.negated, hypothetical, eventDate);
  }
  const attribution = speaker && speaker.actor >= 0 && !subject.mentions.includes(speaker) ? speaker : null;
  if (hypothetical && MATERIAL_ACTIONS.has(type) && modality.volitional && !modality.negated) {
    const promiser = subject.mentions.every((m) => attribution === null || m.actor === attribution.actor);
    if (promiser) {
      type = "THREATEN";
      hypothetical = false;
    }
  }
  const relations: LocalRelation[] = [];
  for (const s of subject.mentions) {
    for (const o of objects) {
      const relation = build(context, view, cue, s, o, type, confidence, modality.negated, hypothetical, eventDate, attribution ?? s);
      if (relation) relations.push(relation);
    }
  }
  return relations;
}

function firstPersonBefore(view: SentenceView, cueStart: number): boolean {
  for (let k = cueStart - 1; k >= Math.max(view.sentence.tokenStart, cueStart - 4); k--) {
    if (FIRST_PERSON.has((view.tokens[k] as Token).lower)) return true;
  }
  return false;
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
      const relation = build(context, view, cue, s, mentions[b] as Mention, type, confidence * 0.9, negated, hypothetical, eventDate, s);
      if (relation) relations.push(relation);
    }
  }
  return relations;
}

function build(
  context: RelationContext,
  view: SentenceView,
  cue: Cue,
  subject: Mention,
  object: Mention,
  type: RelationType,
  confidence: number,
  negated: boolean,
  hypothetical: boolean,
  eventDate: string | null,
  attributedTo: Mention,
): LocalRelation | null {
  const s = context.actors[subject.actor];
  const o = context.actors[object.actor];
  if (!s || !o || subject.actor === object.actor || !s.strong || !o.strong) return null;
  if (s.type === "LOCATION" || o.type === "LOCATION") return null;
  const coreference = [subject, object].some((m) => m.kind === "pronoun" || m.kind === "description");
  const { tokens, text } = context.analyzed;
  const cueStart = (tokens[cue.start] as Token).start;
  const cueEnd = (tokens[cue.end - 1] as Token).end;
  return {
    subject: s.localId,
    object: o.localId,
    type,
    plover: ploverOf(type),
    sentence: text.slice(view.sentence.start, view.sentence.end),
    negated,
    hypothetical,
    confidence: Math.round((coreference ? confidence * CONFIDENCE.coreference : confidence) * 100) / 100,
    attributedTo: context.actors[attributedTo.actor]?.localId ?? s.localId,
    cue: text.slice(cueStart, cueEnd),
    eventDate,
    offsets: {
      sentence: [view.sentence.start, view.sentence.end],
      subject: [subject.start, subject.end],
      verb: [cueStart, cueEnd],
      object: [object.start, object.end],
    },
  };
}

/** A quoted sentence voicing criticism ("the world monopolist: the United States") makes its speaker criticise those it names. */
function quoteCriticism(context: RelationContext, view: SentenceView, speaker: Mention, eventDate: string | null): LocalRelation[] {
  const { tokens } = view;
  let cueIndex = -1;
  for (let k = view.sentence.tokenStart; k < view.sentence.tokenEnd; k++) {
    if (PEJORATIVE_WORDS.has((tokens[k] as Token).lower) && !insideMention(view, k)) {
      cueIndex = k;
      break;
    }
  }
  if (cueIndex < 0) return [];
  const speakerActor = context.actors[speaker.actor];
  const relations: LocalRelation[] = [];
  for (const mention of view.mentions) {
    const target = context.actors[mention.actor];
    if (!target || mention.kind === "pronoun" || target.type === "LOCATION" || target.type === "MEDIA") continue;
    const governed = ["against", "on", "for", "in", "from", "of", "with"].includes(tokens[mention.tokenStart - 1]?.lower ?? "");
    if (governed || target.name === speakerActor?.affiliation || target.name === speakerActor?.name) continue;
    const cue = { cue: { type: "CRITICIZE" as RelationType, preps: [], complement: false, nominal: true }, start: cueIndex, end: cueIndex + 1, head: cueIndex };
    const relation = build(context, view, cue, speaker, mention, "CRITICIZE", CONFIDENCE.quoteCriticism, false, false, eventDate, speaker);
    if (relation) relations.push({ ...relation, offsets: { ...relation.offsets, subject: [speaker.start, speaker.end] } });
  }
  return relations;
}
