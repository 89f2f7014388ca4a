// The extraction contract: what `newsgraph extract --format json` prints and what every store ingests.
// Stable: field names and meanings only ever grow. ../shared/eval/README.md shows the same shape.

import type { ActorType } from "./actor-types.ts";
import type { PloverEventType } from "./plover.ts";
import type { RelationType } from "./relation-vocabulary.ts";

/** Half-open character range `[start, end)` into the article's cleaned text. */
export type CharRange = readonly [start: number, end: number];

/** What gave an article its publication date (most trusted first). */
export const PUBLISHED_FROM = ["input", "sidecar", "text", "file-name"] as const;
export type PublishedFrom = (typeof PUBLISHED_FROM)[number];

export interface ArticleRecord {
  /** Given by the input record, else derived from the content hash. Stable across runs. */
  id: string;
  /** The input path as given on the command line (`-` for stdin); JSONL records add `:LINE`. */
  file: string;
  title: string;
  /** True when the input gave no title and none of its lines reads as a headline: the title is the first sentence, shortened. */
  titleDerived?: boolean;
  /** ISO date (`2022-01-25`) or date-time; null when neither the input, a sidecar, the text nor the file name gives one. */
  published: string | null;
  /**
   * What dated the article: the input itself (record field, front matter, page metadata), a metadata sidecar, a
   * date line in the text, or a timestamp in the file name. Absent when undated, and from records made before it.
   */
  publishedFrom?: PublishedFrom;
  source: string | null;
  url: string | null;
  /**
   * sha256 of the cleaned text before paragraphs repeated across the run's articles were dropped, hex; equal hashes
   * mean the same article, whatever else was ingested with it.
   */
  contentHash: string;
  /** ISO 639-1 code of the detected language. */
  language: string;
}

export interface ActorRole {
  /** The role as written, normalised: "Secretary of State", "spokesman". */
  title: string;
  /** Actor id of the organisation or country the role belongs to, when known. */
  affiliation: string | null;
  /** Article where the role was seen, and its publication date (a role holds at a time). */
  article: string;
  date: string | null;
}

export interface ActorRecord {
  /** Stable id derived from the canonical name (`vladimir-putin`, `nato`). */
  id: string;
  name: string;
  type: ActorType;
  /** Other names seen for this actor (surnames, spellings, acronyms, descriptions). */
  aliases: string[];
  /** Ids of the articles that mention the actor. */
  articles: string[];
  roles: ActorRole[];
  /** Actor id of the country or organisation the actor belongs to, when known. */
  affiliation: string | null;
}

/**
 * An actor as a store hands it to resolution: the record without its article list, with the list's length
 * instead (how much its names and affiliation weigh), so opening a registry over a large store reads one row
 * per actor, not one per mention; and its roles read on demand, as resolution needs them only for the actors a
 * batch touches (at 100k articles, parsing every actor's roles was a fifth of opening the registry).
 */
export type KnownActor = Omit<ActorRecord, "articles" | "roles"> & {
  articleCount: number;
  /** The actor's roles, a new array on every call. */
  readRoles(): ActorRole[];
};

/** `actor` as a KnownActor. */
export function knownActorOf(actor: ActorRecord): KnownActor {
  const { articles, roles, ...rest } = actor;
  return { ...rest, articleCount: articles.length, readRoles: () => roles.map((role) => ({ ...role })) };
}

/** A KnownActor with its roles read, as plain data (for comparing and printing). */
export function knownActorData(actor: KnownActor): Omit<ActorRecord, "articles"> & { articleCount: number } {
  const { readRoles, ...rest } = actor;
  return { ...rest, roles: readRoles() };
}

export interface RelationOffsets {
  sentence: CharRange;
  subject: CharRange;
  verb: CharRange;
  object: CharRange;
}

export interface RelationRecord {
  /** Stable id: same article, sentence, actors and type give the same id. */
  id: string;
  subject: string;
  object: string;
  type: RelationType;
  plover: PloverEventType;
  article: string;
  sentence: string;
  negated: boolean;
  hypothetical: boolean;
  /** 0..1: how the statement was found (direct active clause high, distant or inferred lower). */
  confidence: number;
  /** Actor id of who reported the statement (the speaker in reported speech), else the subject, or null. */
  attributedTo: string | null;
  /** The word(s) that carried the relation, as written: "warned", "slammed the accusations". */
  cue: string;
  /** ISO date of the event when the text or publication date gives it, else null. */
  eventDate: string | null;
  offsets: RelationOffsets;
}

/** A later statement answering an earlier one (see "who responded to whom"). */
export interface ResponseRecord {
  /** Statement id of the response. */
  from: string;
  /** Statement id of the earlier statement answered. */
  to: string;
  cue: string;
  lagDays: number | null;
  confidence: number;
}

export interface ExtractionResult {
  articles: ArticleRecord[];
  actors: ActorRecord[];
  relations: RelationRecord[];
  responses: ResponseRecord[];
}
