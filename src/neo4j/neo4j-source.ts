// GraphSource and the read half of GraphWriter over Neo4j: streams articles, actors, statements and response
// links in id order, page by page (keyset pagination on the unique ids, so pages are index seeks).

import {
  type PublishedFrom,
  NewsgraphError,
  type ActorRecord,
  type KnownActor,
  type RelationRecord,
  type ResponseRecord,
} from "../../graph-schema/index.ts";
import type { DatedStatement } from "../../ingest/respond/dated-statement.ts";
import type { HistoryRequest } from "../../ingest/respond/response-history.ts";
import type { GraphSource, GraphWriter, StoredArticle } from "../store/graph-store.ts";
import type { ReadCypher } from "./neo4j-reader.ts";
import { parseRoles } from "./neo4j-reader.ts";
import { articleClaimRequests, mergeHistoryRequests } from "../store/merge-history-requests.ts";
import {
  ACTOR,
  ARTICLE,
  IN_ARTICLE,
  MENTIONED_IN,
  OBJECT,
  RESPONDS_TO,
  STATEMENT,
  SUBJECT,
  storedRange,
} from "./statement-view.ts";

/** Rows fetched per page while streaming. */
export const DEFAULT_PAGE_SIZE = 1000;

const page = (label: string, returns: string): string => `MATCH (n:${label})
WHERE $after IS NULL OR n.id > $after
WITH n ORDER BY n.id
LIMIT toInteger($pageSize)
RETURN n.id AS id, ${returns}`;

export const SOURCE_CYPHER = {
  articles: page(ARTICLE, "n {.*} AS props"),
  actors: page(ACTOR, `n {.*} AS props, [(n)-[:${MENTIONED_IN}]->(a:${ARTICLE}) | a.id] AS articles`),
  knownActors: page(ACTOR, `n {.*} AS props, size([(n)-[:${MENTIONED_IN}]->(:${ARTICLE}) | 1]) AS articleCount`),
  relations: page(STATEMENT, "n {.*} AS props"),
  responseLinks: `MATCH (n:${STATEMENT})
WHERE ($after IS NULL OR n.id > $after) AND EXISTS { (n)-[:${RESPONDS_TO}]->(:${STATEMENT}) }
WITH n ORDER BY n.id
LIMIT toInteger($pageSize)
MATCH (n)-[r:${RESPONDS_TO}]->(earlier:${STATEMENT})
RETURN n.id AS id, earlier.id AS answered, r.cue AS cue, r.lagDays AS lagDays, r.confidence AS confidence
ORDER BY id, answered`,
  statementsBetween: `UNWIND $requests AS q
MATCH (st:${STATEMENT})-[:${OBJECT}]->(:${ACTOR} {id: q.object})
WHERE st.date >= q.from AND st.date <= q.to
  AND (q.types IS NULL OR st.type IN q.types OR (st.negated AND 'DENY' IN q.types))
MATCH (st)-[:${SUBJECT}]->(speaker:${ACTOR})
WHERE speaker.id = q.subject OR speaker.affiliation = q.subject
MATCH (st)-[:${IN_ARTICLE}]->(a:${ARTICLE})
WITH DISTINCT st, a
RETURN st.id AS id, st {.*} AS props, coalesce(st.eventDate, a.published) AS date
ORDER BY id`,
  articleClaims: `UNWIND $requests AS q
MATCH (a:${ARTICLE} {id: q.article})<-[:${IN_ARTICLE}]-(st:${STATEMENT})-[:${SUBJECT}]->(speaker:${ACTOR})
WHERE speaker.id = q.subject OR speaker.affiliation = q.subject
WITH DISTINCT st, a
RETURN st.id AS id, st {.*} AS props, coalesce(st.eventDate, a.published) AS date
ORDER BY id`,
  knownContentHashes: `MATCH (a:${ARTICLE}) WHERE a.contentHash IN $hashes RETURN DISTINCT a.contentHash AS hash`,
  answeredStatements: `UNWIND $ids AS answeredBy
MATCH (:${STATEMENT} {id: answeredBy})-[:${RESPONDS_TO}]->(st:${STATEMENT})-[:${IN_ARTICLE}]->(a:${ARTICLE})
RETURN answeredBy, st.id AS id, st {.*} AS props, coalesce(st.eventDate, a.published) AS date
ORDER BY answeredBy, id`,
  saidBy: `UNWIND $speakers AS speaker
MATCH (st:${STATEMENT})-[:${SUBJECT}]->(:${ACTOR} {id: speaker})
MATCH (st)-[:${IN_ARTICLE}]->(a:${ARTICLE})
RETURN st.id AS id, st {.*} AS props, coalesce(st.eventDate, a.published) AS date
ORDER BY id`,
  answering: `UNWIND $ids AS answered
MATCH (st:${STATEMENT})-[:${RESPONDS_TO}]->(:${STATEMENT} {id: answered})
MATCH (st)-[:${IN_ARTICLE}]->(a:${ARTICLE})
WITH DISTINCT st, a
RETURN st.id AS id, st {.*} AS props, coalesce(st.eventDate, a.published) AS date
ORDER BY id`,
} as const;

/** A statement row (`props` and `date`) as the response linker reads it. */
const toDatedStatement = (row: Record<string, unknown>): DatedStatement => ({
  ...toRelationRecord(row),
  date: typeof row.date === "string" ? row.date : null,
});

const str = (value: unknown): string => (typeof value === "string" ? value : "");
const strOrNull = (value: unknown): string | null => (typeof value === "string" ? value : null);

export function toStoredArticle(row: Record<string, unknown>): StoredArticle {
  const n = row.props as Record<string, unknown>;
  return {
    id: str(n.id),
    file: str(n.file),
    title: str(n.title),
    published: strOrNull(n.published),
    source: strOrNull(n.source),
    url: strOrNull(n.url),
    contentHash: str(n.contentHash),
    language: str(n.language),
    text: str(n.text),
    ...(typeof n.publishedFrom === "string" ? { publishedFrom: n.publishedFrom as PublishedFrom } : {}),
    ...(n.titleDerived === true ? { titleDerived: true } : {}),
  };
}

export function toActorRecord(row: Record<string, unknown>): ActorRecord {
  const { id, name, type, aliases, affiliation, readRoles } = toKnownActor(row);
  const articles = [...((row.articles as string[] | null) ?? [])].sort();
  return { id, name, type, aliases, articles, roles: readRoles(), affiliation };
}

/**
 * An actor row of SOURCE_CYPHER.knownActors (or of the actors stream): the record without its article list, with
 * the list's length (`articleCount`, 0 when the row has none) and its roles parsed on demand.
 */
export function toKnownActor(row: Record<string, unknown>): KnownActor {
  const n = row.props as Record<string, unknown>;
  return {
    id: str(n.id),
    name: str(n.name),
    type: n.type as ActorRecord["type"],
    aliases: (n.aliases as string[] | null) ?? [],
    affiliation: strOrNull(n.affiliation),
    articleCount: typeof row.articleCount === "number" ? row.articleCount : 0,
    readRoles: () => {
      try {
        return parseRoles(n.rolesJson);
      } catch (error) {
        throw new NewsgraphError(
          "STORE_CORRUPT",
          `the Neo4j actor ${str(n.id)} has a rolesJson entry that is not valid JSON (${(error as Error).message})`,
          { cause: error, hint: "reload the graph into Neo4j (newsgraph sync) or fix the actor's rolesJson property" },
        );
      }
    },
  };
}

export function toRelationRecord(row: Record<string, unknown>): RelationRecord {
  const n = row.props as Record<string, unknown>;
  return {
    id: str(n.id),
    subject: str(n.subject),
    object: str(n.object),
    type: n.type as RelationRecord["type"],
    plover: n.plover as RelationRecord["plover"],
    article: str(n.article),
    sentence: str(n.sentence),
    negated: n.negated === true,
    hypothetical: n.hypothetical === true,
    confidence: typeof n.confidence === "number" ? n.confidence : 0,
    attributedTo: strOrNull(n.attributedTo),
    cue: str(n.cue),
    eventDate: strOrNull(n.eventDate),
    offsets: {
      sentence: storedRange(n, "sentence"),
      subject: storedRange(n, "subject"),
      verb: storedRange(n, "verb"),
      object: storedRange(n, "object"),
    },
  };
}

const toResponseRecord = (row: Record<string, unknown>): ResponseRecord => ({
  from: str(row.id),
  to: str(row.answered),
  cue: str(row.cue),
  lagDays: typeof row.lagDays === "number" ? row.lagDays : null,
  confidence: typeof row.confidence === "number" ? row.confidence : 0,
});

/** Pages through a query keyed on `id`, converting each row. */
async function* paged<T>(
  read: ReadCypher,
  cypher: string,
  pageSize: number,
  convert: (row: Record<string, unknown>) => T,
): AsyncGenerator<T> {
  let after: string | null = null;
  for (;;) {
    const rows = await read(cypher, { after, pageSize });
    for (const row of rows) yield convert(row);
    const last = rows.at(-1);
    // responseLinks pages return several rows per id; a short page of ids still means more may follow.
    if (!last) return;
    after = str(last.id);
    if (cypher !== SOURCE_CYPHER.responseLinks && rows.length < pageSize) return;
  }
}

/** GraphSource over Neo4j, plus the writer's read methods. */
export function createNeo4jSource(
  read: ReadCypher,
  pageSize = DEFAULT_PAGE_SIZE,
): GraphSource &
  Omit<GraphWriter, "write" | "remapActors"> &
  Required<Pick<GraphWriter, "answeredStatements" | "statementsBy">> {
  const source = {
    articles: () => paged(read, SOURCE_CYPHER.articles, pageSize, toStoredArticle),
    actors: () => paged(read, SOURCE_CYPHER.actors, pageSize, toActorRecord),
    relations: () => paged(read, SOURCE_CYPHER.relations, pageSize, toRelationRecord),
    responseLinks: () => paged(read, SOURCE_CYPHER.responseLinks, pageSize, toResponseRecord),
  };
  return {
    ...source,
    async knownContentHashes(hashes: string[]): Promise<Set<string>> {
      if (hashes.length === 0) return new Set();
      const rows = await read(SOURCE_CYPHER.knownContentHashes, { hashes });
      return new Set(rows.map((row) => str(row.hash)));
    },
    async statementsBetween(requests: HistoryRequest[]): Promise<DatedStatement[]> {
      if (requests.length === 0) return [];
      // Types as a list, or null for every type (a driver parameter cannot be undefined).
      const merged = mergeHistoryRequests(requests).map((request) => ({ ...request, types: request.types ?? null }));
      const claims = articleClaimRequests(requests);
      const rows = [
        ...(merged.length === 0 ? [] : await read(SOURCE_CYPHER.statementsBetween, { requests: merged })),
        ...(claims.length === 0 ? [] : await read(SOURCE_CYPHER.articleClaims, { requests: claims })),
      ];
      const seen = new Set<string>();
      return rows.flatMap((row) => {
        const statement = toDatedStatement(row);
        if (seen.has(statement.id)) return [];
        seen.add(statement.id);
        return [statement];
      });
    },
    async answeredStatements(ids: readonly string[]): Promise<Map<string, DatedStatement>> {
      if (ids.length === 0) return new Map();
      const rows = await read(SOURCE_CYPHER.answeredStatements, { ids: [...ids] });
      return new Map(rows.map((row) => [str(row.answeredBy), toDatedStatement(row)]));
    },
    async statementsBy(speakers: readonly string[]): Promise<{ said: DatedStatement[]; answering: DatedStatement[] }> {
      if (speakers.length === 0) return { said: [], answering: [] };
      const said = (await read(SOURCE_CYPHER.saidBy, { speakers: [...speakers] })).map(toDatedStatement);
      const ids = said.map((statement) => statement.id);
      const answering = ids.length === 0 ? [] : (await read(SOURCE_CYPHER.answering, { ids })).map(toDatedStatement);
      return { said, answering };
    },
    async knownActors(): Promise<KnownActor[]> {
      const actors: KnownActor[] = [];
      for await (const actor of paged(read, SOURCE_CYPHER.knownActors, pageSize, toKnownActor)) actors.push(actor);
      return actors;
    },
  };
}
