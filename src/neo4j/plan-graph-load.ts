// Turns a GraphBatch into load steps: one parameterised `UNWIND $rows` Cypher statement per kind of row, with
// statements grouped by relation type and roles by role relationship, so each label and type is a model constant.

import {
  ACTOR_TYPES,
  RELATION_TYPES,
  quadClassOf,
  type ActorRecord,
  type RelationRecord,
  type ResponseRecord,
} from "../../graph-schema/index.ts";
import {
  ACTOR_TYPE_LABEL_LIST,
  LINK_TYPES,
  NODE_LABELS,
  actorTypeLabel,
  roleRelationshipType,
  statementRelationshipType,
  type RoleRelationshipType,
} from "../../graph-schema/neo4j-model.ts";
import type { GraphBatch, StoredArticle } from "../store/graph-store.ts";
import { modelLabel, modelRelationshipType } from "./cypher-identifier.ts";

export const LOAD_STEP_KINDS = ["articles", "actors", "affiliations", "roles", "statements", "responses"] as const;
export type LoadStepKind = (typeof LOAD_STEP_KINDS)[number];

/** One Cypher statement and the rows it unwinds (`$rows`), all values plain JSON. */
export interface LoadStep {
  kind: LoadStepKind;
  /** Actor type, relation type or role relationship of the group, for progress lines. */
  group: string | null;
  cypher: string;
  rows: Record<string, unknown>[];
}

const ACTOR = modelLabel(NODE_LABELS.ACTOR);
const ARTICLE = modelLabel(NODE_LABELS.ARTICLE);
const STATEMENT = modelLabel(NODE_LABELS.STATEMENT);
const rel = (type: string): string => modelRelationshipType(type);

export const ARTICLE_LOAD_CYPHER = `UNWIND $rows AS row
MERGE (n:${ARTICLE} {id: row.id})
SET n += row.props`;

/** Upserts actors of one type: the type label is replaced, so a re-typed actor keeps one type label. */
export function actorLoadCypher(typeLabel: string): string {
  const others = ACTOR_TYPE_LABEL_LIST.map(modelLabel).join(":");
  return `UNWIND $rows AS row
MERGE (n:${ACTOR} {id: row.id})
REMOVE n:${others}
SET n:${modelLabel(typeLabel)}, n += row.props
WITH n, row
UNWIND row.articles AS articleId
MATCH (a:${ARTICLE} {id: articleId})
MERGE (n)-[:${rel(LINK_TYPES.MENTIONED_IN)}]->(a)`;
}

export const AFFILIATION_LOAD_CYPHER = `UNWIND $rows AS row
MATCH (n:${ACTOR} {id: row.id})
OPTIONAL MATCH (n)-[old:${rel(LINK_TYPES.AFFILIATED_WITH)}]->(previous:${ACTOR})
WHERE previous.id <> row.affiliation
DELETE old
WITH DISTINCT n, row
MATCH (b:${ACTOR} {id: row.affiliation})
MERGE (n)-[:${rel(LINK_TYPES.AFFILIATED_WITH)}]->(b)`;

/** Upserts roles of one relationship type; `since` keeps the earliest date seen, with its article. */
export function roleLoadCypher(type: RoleRelationshipType): string {
  return `UNWIND $rows AS row
MATCH (n:${ACTOR} {id: row.actor})
MATCH (b:${ACTOR} {id: row.affiliation})
MERGE (n)-[r:${rel(type)} {title: row.title}]->(b)
WITH r, row, (r.article IS NULL OR row.since < r.since) AS earlier
SET r.since = CASE WHEN earlier THEN row.since ELSE r.since END,
    r.article = CASE WHEN earlier THEN row.article ELSE r.article END`;
}

/** Upserts statements of one relation type: the Statement node, its links, and the actor-to-actor relationship. */
export function statementLoadCypher(relationshipType: string): string {
  return `UNWIND $rows AS row
MATCH (s:${ACTOR} {id: row.props.subject})
MATCH (o:${ACTOR} {id: row.props.object})
MATCH (a:${ARTICLE} {id: row.props.article})
MERGE (st:${STATEMENT} {id: row.props.id})
SET st += row.props,
    st.date = coalesce(row.props.eventDate, left(a.published, 10)),
    st.source = a.source,
    st.sentenceStart = toInteger(row.offsets[0]), st.sentenceEnd = toInteger(row.offsets[1]),
    st.subjectStart = toInteger(row.offsets[2]), st.subjectEnd = toInteger(row.offsets[3]),
    st.verbStart = toInteger(row.offsets[4]), st.verbEnd = toInteger(row.offsets[5]),
    st.objectStart = toInteger(row.offsets[6]), st.objectEnd = toInteger(row.offsets[7])
MERGE (st)-[:${rel(LINK_TYPES.SUBJECT)}]->(s)
MERGE (st)-[:${rel(LINK_TYPES.OBJECT)}]->(o)
MERGE (st)-[:${rel(LINK_TYPES.IN_ARTICLE)}]->(a)
MERGE (s)-[r:${rel(relationshipType)} {statementId: st.id}]->(o)
SET r.articleId = st.article, r.type = st.type, r.plover = st.plover, r.quad = st.quad,
    r.sentence = st.sentence, r.eventDate = st.eventDate, r.date = st.date, r.source = st.source,
    r.negated = st.negated, r.hypothetical = st.hypothetical, r.confidence = st.confidence, r.cue = st.cue
WITH st, row
OPTIONAL MATCH (speaker:${ACTOR} {id: row.props.attributedTo})
FOREACH (ignored IN CASE WHEN speaker IS NULL THEN [] ELSE [1] END | MERGE (st)-[:${rel(LINK_TYPES.ATTRIBUTED_TO)}]->(speaker))`;
}

/** Drops the outgoing response links of statements whose link was computed again (GraphBatch.relinked). */
export const RESPONSE_UNLINK_CYPHER = `UNWIND $rows AS row
MATCH (:${STATEMENT} {id: row.id})-[old:${rel(LINK_TYPES.RESPONDS_TO)}]->(:${STATEMENT})
DELETE old`;

/** Writes response links; each replaces its statement's other outgoing link (a statement answers at most one). */
export const RESPONSE_LOAD_CYPHER = `UNWIND $rows AS row
MATCH (later:${STATEMENT} {id: row.from})
MATCH (earlier:${STATEMENT} {id: row.to})
CALL (later, earlier) {
  MATCH (later)-[old:${rel(LINK_TYPES.RESPONDS_TO)}]->(other:${STATEMENT})
  WHERE other <> earlier
  DELETE old
}
MERGE (later)-[r:${rel(LINK_TYPES.RESPONDS_TO)}]->(earlier)
SET r.cue = row.cue, r.lagDays = toInteger(row.lagDays), r.confidence = row.confidence`;

function articleRow(article: StoredArticle): Record<string, unknown> {
  const { id, file, title, published, source, url, contentHash, language, text } = article;
  const provenance = { publishedFrom: article.publishedFrom ?? null, titleDerived: article.titleDerived ?? false };
  return { id, props: { file, title, published, source, url, contentHash, language, text, ...provenance } };
}

function actorRow(actor: ActorRecord): Record<string, unknown> {
  return {
    id: actor.id,
    articles: actor.articles,
    props: {
      name: actor.name,
      type: actor.type,
      aliases: actor.aliases,
      aliasText: actor.aliases.join(" | "),
      affiliation: actor.affiliation,
      rolesJson: actor.roles.map((role) => JSON.stringify(role)),
    },
  };
}

function statementRow(relation: RelationRecord): Record<string, unknown> {
  const { offsets } = relation;
  return {
    props: {
      id: relation.id,
      subject: relation.subject,
      object: relation.object,
      type: relation.type,
      plover: relation.plover,
      quad: quadClassOf(relation.type),
      article: relation.article,
      sentence: relation.sentence,
      negated: relation.negated,
      hypothetical: relation.hypothetical,
      confidence: relation.confidence,
      attributedTo: relation.attributedTo,
      cue: relation.cue,
      eventDate: relation.eventDate,
    },
    offsets: [...offsets.sentence, ...offsets.subject, ...offsets.verb, ...offsets.object],
  };
}

function responseRow(response: ResponseRecord): Record<string, unknown> {
  return {
    from: response.from,
    to: response.to,
    cue: response.cue,
    lagDays: response.lagDays,
    confidence: response.confidence,
  };
}

/** Role rows per relationship type; one row per (actor, affiliation, title) with the earliest date. */
function roleSteps(actors: ActorRecord[]): LoadStep[] {
  const byType = new Map<RoleRelationshipType, Map<string, Record<string, unknown>>>();
  for (const actor of actors) {
    for (const role of actor.roles) {
      if (role.affiliation === null || role.affiliation === actor.id) continue;
      const type = roleRelationshipType(role.title);
      const rows = byType.get(type) ?? new Map<string, Record<string, unknown>>();
      byType.set(type, rows);
      const key = JSON.stringify([actor.id, role.affiliation, role.title]);
      const previous = rows.get(key);
      if (previous && !(role.date !== null && (previous.since === null || role.date < String(previous.since))))
        continue;
      rows.set(key, {
        actor: actor.id,
        affiliation: role.affiliation,
        title: role.title,
        since: role.date,
        article: role.article,
      });
    }
  }
  return [...byType].map(([type, rows]) => ({
    kind: "roles",
    group: type,
    cypher: roleLoadCypher(type),
    rows: [...rows.values()],
  }));
}

/**
 * The load steps for a batch, in dependency order: articles, actors (by type), affiliations, roles (by role
 * relationship), statements (by relation type, vocabulary order), responses. Empty steps are left out.
 */
export function planGraphLoad(batch: GraphBatch): LoadStep[] {
  const steps: LoadStep[] = [
    { kind: "articles", group: null, cypher: ARTICLE_LOAD_CYPHER, rows: batch.articles.map(articleRow) },
  ];
  for (const type of ACTOR_TYPES) {
    const actors = batch.actors.filter((actor) => actor.type === type);
    steps.push({
      kind: "actors",
      group: type,
      cypher: actorLoadCypher(actorTypeLabel(type)),
      rows: actors.map(actorRow),
    });
  }
  const affiliated = batch.actors.filter((actor) => actor.affiliation !== null && actor.affiliation !== actor.id);
  steps.push({
    kind: "affiliations",
    group: null,
    cypher: AFFILIATION_LOAD_CYPHER,
    rows: affiliated.map((actor) => ({ id: actor.id, affiliation: actor.affiliation })),
  });
  steps.push(...roleSteps(batch.actors));
  for (const type of RELATION_TYPES) {
    const relations = batch.relations.filter((relation) => relation.type === type);
    steps.push({
      kind: "statements",
      group: type,
      cypher: statementLoadCypher(statementRelationshipType(type)),
      rows: relations.map(statementRow),
    });
  }
  const linked = new Set(batch.responses.map((response) => response.from));
  steps.push({
    kind: "responses",
    group: "unlink",
    cypher: RESPONSE_UNLINK_CYPHER,
    rows: [...new Set(batch.relinked ?? [])].filter((id) => !linked.has(id)).map((id) => ({ id })),
  });
  steps.push({ kind: "responses", group: null, cypher: RESPONSE_LOAD_CYPHER, rows: batch.responses.map(responseRow) });
  return steps.filter((step) => step.rows.length > 0);
}
