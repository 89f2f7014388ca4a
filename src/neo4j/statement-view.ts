// The Cypher shared by the store's statement queries: the statement filter of GraphQuery/EvidenceQuery (constant
// text, every value a parameter) and the projection of a (:Statement) into a StatementView.

import {
  quadClassOf,
  type ActorRef,
  type ArticleSummary,
  type CharRange,
  type ModalityCounts,
  type PublishedFrom,
  type RelationType,
  type StatementFilter,
  type StatementView,
} from "../../graph-schema/index.ts";
import { LINK_TYPES, NODE_LABELS } from "../../graph-schema/neo4j-model.ts";
import { modelLabel, modelRelationshipType } from "./cypher-identifier.ts";

export const ACTOR = modelLabel(NODE_LABELS.ACTOR);
export const ARTICLE = modelLabel(NODE_LABELS.ARTICLE);
export const STATEMENT = modelLabel(NODE_LABELS.STATEMENT);
export const SUBJECT = modelRelationshipType(LINK_TYPES.SUBJECT);
export const OBJECT = modelRelationshipType(LINK_TYPES.OBJECT);
export const IN_ARTICLE = modelRelationshipType(LINK_TYPES.IN_ARTICLE);
export const MENTIONED_IN = modelRelationshipType(LINK_TYPES.MENTIONED_IN);
export const RESPONDS_TO = modelRelationshipType(LINK_TYPES.RESPONDS_TO);

/** Filter on a statement `st`; pair it with statementFilterParams. */
export const STATEMENT_FILTER = `($types IS NULL OR st.type IN $types)
  AND ($quads IS NULL OR st.quad IN $quads)
  AND ($from IS NULL OR st.date >= $from)
  AND ($to IS NULL OR st.date <= $to)
  AND ($sources IS NULL OR st.source IN $sources)
  AND ($includeNegated OR NOT st.negated)
  AND ($includeHypothetical OR NOT st.hypothetical)
  AND ($minConfidence IS NULL OR st.confidence >= $minConfidence)`;

/** Parameters of STATEMENT_FILTER; an absent or empty list means no filter. */
export function statementFilterParams(query: StatementFilter): Record<string, unknown> {
  const list = (values: readonly string[] | undefined): readonly string[] | null =>
    values && values.length > 0 ? values : null;
  return {
    types: list(query.relationTypes),
    quads: list(query.quads),
    from: query.from ?? null,
    to: query.to ?? null,
    sources: list(query.sources),
    includeNegated: query.includeNegated ?? false,
    includeHypothetical: query.includeHypothetical ?? false,
    minConfidence: query.minConfidence !== undefined && query.minConfidence > 0 ? query.minConfidence : null,
  };
}

const actorRef = (v: string, link: string): string =>
  `head([(${v})-[:${modelRelationshipType(link)}]->(x:${ACTOR}) | x {.id, .name, .type}])`;

/** A map expression for statement variable `v`: its properties plus its actors and article. */
export function statementViewProjection(v: string): string {
  return `${v} {.*, subjectRef: ${actorRef(v, LINK_TYPES.SUBJECT)}, objectRef: ${actorRef(v, LINK_TYPES.OBJECT)},
  attributedRef: ${actorRef(v, LINK_TYPES.ATTRIBUTED_TO)},
  articleRef: head([(${v})-[:${modelRelationshipType(LINK_TYPES.IN_ARTICLE)}]->(x:${ARTICLE}) | x {.id, .title, .published, .publishedFrom, .source, .url}])}`;
}

const text = (value: unknown): string => (typeof value === "string" ? value : "");
const textOrNull = (value: unknown): string | null => (typeof value === "string" ? value : null);
const num = (value: unknown): number => (typeof value === "number" ? value : 0);

/** A row of total/asserted/negated/hypothetical counts (absent: none) as ModalityCounts. */
export function toModalityCounts(row: Record<string, unknown> | undefined): ModalityCounts {
  return {
    total: (row?.total as number | undefined) ?? 0,
    asserted: (row?.asserted as number | undefined) ?? 0,
    negated: (row?.negated as number | undefined) ?? 0,
    hypothetical: (row?.hypothetical as number | undefined) ?? 0,
    both: (row?.both as number | undefined) ?? 0,
  };
}

export function toActorRef(value: unknown): ActorRef {
  const v = (value ?? {}) as Record<string, unknown>;
  return { id: text(v.id), name: text(v.name), type: v.type as ActorRef["type"] };
}

export function toArticleSummary(value: unknown): ArticleSummary {
  const v = (value ?? {}) as Record<string, unknown>;
  return {
    id: text(v.id),
    title: text(v.title),
    published: textOrNull(v.published),
    ...(typeof v.publishedFrom === "string" ? { publishedFrom: v.publishedFrom as PublishedFrom } : {}),
    source: textOrNull(v.source),
    url: textOrNull(v.url),
  };
}

/** The statement's offsets `[start, end)` of `part`, as stored. */
export function storedRange(v: Record<string, unknown>, part: "sentence" | "subject" | "verb" | "object"): CharRange {
  return [num(v[`${part}Start`]), num(v[`${part}End`])];
}

/** A projected statement (already plain: no driver Integers) as a StatementView. */
export function toStatementView(value: unknown): StatementView {
  const v = value as Record<string, unknown>;
  const type = v.type as RelationType;
  const [sentenceStart] = storedRange(v, "sentence");
  const relative = (part: "subject" | "verb" | "object"): CharRange => {
    const [start, end] = storedRange(v, part);
    return [start - sentenceStart, end - sentenceStart];
  };
  return {
    id: text(v.id),
    subject: toActorRef(v.subjectRef),
    object: toActorRef(v.objectRef),
    type,
    plover: v.plover as StatementView["plover"],
    quad: quadClassOf(type),
    sentence: text(v.sentence),
    highlight: { subject: relative("subject"), verb: relative("verb"), object: relative("object") },
    negated: v.negated === true,
    hypothetical: v.hypothetical === true,
    confidence: num(v.confidence),
    cue: text(v.cue),
    eventDate: textOrNull(v.eventDate),
    attributedTo: v.attributedRef ? toActorRef(v.attributedRef) : null,
    article: toArticleSummary(v.articleRef),
  };
}
