// Row shapes of the embedded store and their mapping to the model's records and views.

import {
  NewsgraphError,
  quadClassOf,
  type ActorRecord,
  type ActorRef,
  type ActorType,
  type ArticleSummary,
  type CharRange,
  type KnownActor,
  type PloverEventType,
  type RelationOffsets,
  type RelationRecord,
  type PublishedFrom,
  type RelationType,
  type StatementView,
} from "../../../graph-schema/index.ts";
import type { StoredArticle } from "../graph-store.ts";

export interface ArticleRow {
  id: string;
  file: string;
  title: string;
  published: string | null;
  source: string | null;
  url: string | null;
  content_hash: string;
  language: string;
  text: string;
  published_from?: PublishedFrom | null;
  title_derived?: number;
}

export interface ActorRow {
  id: string;
  name: string;
  type: ActorType;
  affiliation: string | null;
  aliases: string;
  roles: string;
  statements: number;
  article_count: number;
}

export interface RelationRow {
  id: string;
  subject: string;
  object: string;
  type: RelationType;
  plover: PloverEventType;
  article: string;
  sentence: string;
  negated: number;
  hypothetical: number;
  confidence: number;
  attributed_to: string | null;
  cue: string;
  event_date: string | null;
  day: string | null;
  offsets: string;
}

export function toStoredArticle(row: ArticleRow): StoredArticle {
  return {
    id: row.id,
    file: row.file,
    title: row.title,
    published: row.published,
    source: row.source,
    url: row.url,
    contentHash: row.content_hash,
    language: row.language,
    text: row.text,
    ...(row.published_from ? { publishedFrom: row.published_from } : {}),
    ...(row.title_derived ? { titleDerived: true } : {}),
  };
}

export function toArticleSummary(
  row: Pick<ArticleRow, "id" | "title" | "published" | "source" | "url" | "published_from">,
): ArticleSummary {
  const from = row.published_from ? { publishedFrom: row.published_from } : {};
  return { id: row.id, title: row.title, published: row.published, ...from, source: row.source, url: row.url };
}

export function toActorRecord(row: ActorRow, articles: string[]): ActorRecord {
  const { id, name, type, aliases, affiliation, readRoles } = toKnownActor(row, () => row.roles);
  return { id, name, type, aliases, articles, roles: readRoles(), affiliation };
}

/** A JSON column of an actor row, parsed; STORE_CORRUPT (naming the actor and column) when it is not JSON. */
function parseActorColumn<T>(row: Pick<ActorRow, "id">, column: "aliases" | "roles", text: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new NewsgraphError(
      "STORE_CORRUPT",
      `the store's actor ${row.id} has ${column} that are not valid JSON (${(error as Error).message})`,
      { cause: error, hint: "restore the store from a backup or re-ingest into a new --store" },
    );
  }
}

/** An actor row without its roles (`KNOWN_ACTOR_COLUMNS`): resolution reads them for the actors it touches. */
export type KnownActorRow = Omit<ActorRow, "roles">;

/** The columns of a KnownActorRow. */
export const KNOWN_ACTOR_COLUMNS = "id, name, type, affiliation, aliases, statements, article_count";

/**
 * An actor row as resolution reads it: no article list, its length (`article_count`, kept by the writer), and its
 * roles parsed when `readRoles` is called (most actors of a large store are not touched by a batch), from the
 * text `rolesText` gives for the actor then.
 */
export function toKnownActor(row: KnownActorRow, rolesText: (id: string) => string): KnownActor {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    aliases: parseActorColumn<string[]>(row, "aliases", row.aliases),
    affiliation: row.affiliation,
    articleCount: row.article_count,
    readRoles: () => parseActorColumn<ActorRecord["roles"]>(row, "roles", rolesText(row.id)),
  };
}

export function toActorRef(row: Pick<ActorRow, "id" | "name" | "type">): ActorRef {
  return { id: row.id, name: row.name, type: row.type };
}

export function toRelationRecord(row: RelationRow): RelationRecord {
  return {
    id: row.id,
    subject: row.subject,
    object: row.object,
    type: row.type,
    plover: row.plover,
    article: row.article,
    sentence: row.sentence,
    negated: row.negated === 1,
    hypothetical: row.hypothetical === 1,
    confidence: row.confidence,
    attributedTo: row.attributed_to,
    cue: row.cue,
    eventDate: row.event_date,
    offsets: JSON.parse(row.offsets) as RelationOffsets,
  };
}

function relativeTo(range: CharRange, start: number, length: number): CharRange {
  const from = Math.max(0, Math.min(length, range[0] - start));
  const to = Math.max(from, Math.min(length, range[1] - start));
  return [from, to];
}

/** A relation row joined with its actors and article, as the evidence panel shows it. */
export function toStatementView(
  row: RelationRow,
  actors: (id: string | null) => ActorRef | null,
  article: ArticleSummary,
): StatementView {
  const offsets = JSON.parse(row.offsets) as RelationOffsets;
  const start = offsets.sentence[0];
  const length = row.sentence.length;
  const unknown = (id: string): ActorRef => ({ id, name: id, type: "ORGANIZATION" });
  return {
    id: row.id,
    subject: actors(row.subject) ?? unknown(row.subject),
    object: actors(row.object) ?? unknown(row.object),
    type: row.type,
    plover: row.plover,
    quad: quadClassOf(row.type),
    sentence: row.sentence,
    highlight: {
      subject: relativeTo(offsets.subject, start, length),
      verb: relativeTo(offsets.verb, start, length),
      object: relativeTo(offsets.object, start, length),
    },
    negated: row.negated === 1,
    hypothetical: row.hypothetical === 1,
    confidence: row.confidence,
    cue: row.cue,
    eventDate: row.event_date ?? row.day,
    attributedTo: actors(row.attributed_to),
    article,
  };
}
