// Turns a cue and its subject and object mentions into a LocalRelation with offsets, cue text and confidence.

import { ploverOf, type RelationType } from "../../graph-schema/index.ts";
import type { AnalyzedText, Token } from "../nlp/analyze-text.ts";
import type { LocalRelation } from "./article-extraction.ts";
import type { SentenceView } from "./clause-arguments.ts";
import type { Mention } from "./find-mentions.ts";
import type { Quote } from "./find-quotes.ts";
import type { ArticleActor } from "./link-actors.ts";

/** Confidence by how the statement was found. */
export const CONFIDENCE = {
  active: 0.85,
  passive: 0.75,
  clause: 0.65,
  nominal: 0.6,
  quote: 0.55,
  quoteCriticism: 0.45,
  /** Multiplier when an end was resolved through a pronoun or description. */
  coreference: 0.85,
} as const;

/** Relations whose object may be a place or a thing rather than an actor. */
const PLACE_OR_THING_OBJECTS: ReadonlySet<RelationType> = new Set([
  "MEET",
  "ATTACK",
  "FIGHT",
  "COERCE",
  "MOBILIZE",
  "AID",
  "RETREAT",
  "INVESTIGATE",
  "PROTEST",
]);

export interface RelationContext {
  analyzed: AnalyzedText;
  views: readonly SentenceView[];
  actors: readonly ArticleActor[];
  quotes: readonly Quote[];
  published: string | null;
}

/** Token range of the cue words. */
export interface CueSpan {
  start: number;
  end: number;
}

export interface RelationFacts {
  type: RelationType;
  confidence: number;
  negated: boolean;
  hypothetical: boolean;
  eventDate: string | null;
  attributedTo: Mention;
}

/** A statement between two linked, distinct, strong, non-place actors; null otherwise. */
export function buildRelation(
  context: RelationContext,
  view: SentenceView,
  cue: CueSpan,
  subject: Mention,
  object: Mention,
  facts: RelationFacts,
): LocalRelation | null {
  const s = context.actors[subject.actor];
  const o = context.actors[object.actor];
  if (!s || !o || subject.actor === object.actor || !s.strong || !o.strong) return null;
  if (s.type === "LOCATION" || o.type === "LOCATION") return null;
  // A bare unknown name named once may be a place or a thing ("visited Mykolaiv", "supplied Stingers"): it is an
  // object only of relations whose object is an actor by nature (accuse, urge, sanction, ties with…).
  if (o.guessed && o.mentions < 2 && PLACE_OR_THING_OBJECTS.has(facts.type)) return null;
  const coreference = [subject, object].some((m) => m.kind === "pronoun" || m.kind === "description");
  const { tokens, text } = context.analyzed;
  const cueStart = (tokens[cue.start] as Token).start;
  const cueEnd = (tokens[cue.end - 1] as Token).end;
  const confidence = coreference ? facts.confidence * CONFIDENCE.coreference : facts.confidence;
  return {
    subject: s.localId,
    object: o.localId,
    type: facts.type,
    plover: ploverOf(facts.type),
    sentence: text.slice(view.sentence.start, view.sentence.end),
    negated: facts.negated,
    hypothetical: facts.hypothetical,
    confidence: Math.round(confidence * 100) / 100,
    attributedTo: context.actors[facts.attributedTo.actor]?.localId ?? s.localId,
    cue: text.slice(cueStart, cueEnd),
    eventDate: facts.eventDate,
    offsets: {
      sentence: [view.sentence.start, view.sentence.end],
      subject: [subject.start, subject.end],
      verb: [cueStart, cueEnd],
      object: [object.start, object.end],
    },
  };
}
