// The store interfaces every backend implements (embedded SQLite default, Neo4j). The HTTP API, the CLI and the
// exporters talk to these, never to a backend directly.

import type { DatedStatement } from "../../ingest/respond/dated-statement.ts";
import type { HistoryRequest } from "../../ingest/respond/response-history.ts";
import type {
  ActorDetails,
  ActorGraph,
  ActorListing,
  ActorListQuery,
  ActorMatch,
  ActorRecord,
  ActorTable,
  ActorTableQuery,
  ArticleRecord,
  DayCount,
  EvidenceQuery,
  KnownActor,
  GraphQuery,
  PairQuery,
  PairSummary,
  RelationRecord,
  ResponseRecord,
  StatementFilter,
  StatementView,
  ResponseView,
  StoreStats,
  StoreTotals,
} from "../../graph-schema/index.ts";

/** An article as stored: its record plus the cleaned text the relation offsets point into. */
export interface StoredArticle extends ArticleRecord {
  text: string;
}

/** One unit of writing: everything extracted and resolved from a set of new articles. */
export interface GraphBatch {
  articles: StoredArticle[];
  /** Actors to upsert: new ones, and known ones with grown aliases, articles or roles. */
  actors: ActorRecord[];
  relations: RelationRecord[];
  /** Response links; each replaces its statement's stored outgoing link (a statement answers at most one). */
  responses: ResponseRecord[];
  /** Stored statements whose response link was computed again: their old link goes, even when none replaces it. */
  relinked?: string[];
}

export interface WriteSummary {
  articles: number;
  actors: number;
  relations: number;
  responses: number;
}

export interface ResponseQuery {
  actor: string;
  with?: string;
  since?: string;
  until?: string;
  limit?: number;
  /** Links to skip, in the answer's order (paging with `limit`). */
  offset?: number;
}

/** Read side: what the viewer's API and the analyst commands ask of a store. */
export interface GraphReader {
  stats(): Promise<StoreStats>;
  /** The four counts of `stats()` alone: cheap on a large store (ingest reads them before and after a run). */
  totals(): Promise<StoreTotals>;
  graph(query: GraphQuery): Promise<ActorGraph>;
  evidence(query: EvidenceQuery): Promise<StatementView[]>;
  actor(id: string): Promise<ActorDetails | null>;
  searchActors(text: string, limit: number): Promise<ActorMatch[]>;
  /** The actors matching a name or alias and types, most statements (or articles) first: `newsgraph actors`. */
  listActors(query: ActorListQuery): Promise<ActorListing[]>;
  /** Actor ids along a shortest undirected path, or null when none within `maxHops`. */
  shortestPath(from: string, to: string, maxHops: number): Promise<string[] | null>;
  responseThreads(query: ResponseQuery): Promise<ResponseView[]>;
  /** Actors in statements that pass the filters, with their statements in and out, sorted, one page. */
  actorTable(query: ActorTableQuery): Promise<ActorTable>;
  /** Dated statements per day under the filters, in day order (the viewer's histogram). */
  statementsPerDay(filter: StatementFilter): Promise<DayCount[]>;
  /** Statements between two actors in each direction by modality, whatever the negated/hypothetical toggles. */
  pairSummary(query: PairQuery): Promise<PairSummary>;
}

/** Streams the whole store, for sync and export; order is stable. */
export interface GraphSource {
  articles(): AsyncIterable<StoredArticle>;
  actors(): AsyncIterable<ActorRecord>;
  relations(): AsyncIterable<RelationRecord>;
  responseLinks(): AsyncIterable<ResponseRecord>;
}

/** Write side. Writing the same batch twice changes nothing (ids are stable; writes are upserts). */
export interface GraphWriter {
  /** Content hashes among `hashes` that the store already holds. */
  knownContentHashes(hashes: string[]): Promise<Set<string>>;
  /** Every actor the store holds, with its number of articles, for resolving new mentions against. */
  knownActors(): Promise<KnownActor[]>;
  write(batch: GraphBatch): Promise<WriteSummary>;
  /**
   * Folds merged-away actors into the actors they were merged into (alias file `merge`): rewrites every
   * reference, drops statements that became self-relations, deletes the old actors. Idempotent.
   */
  remapActors(remap: ReadonlyMap<string, string>): Promise<number>;
  /**
   * Stored statements for each request (about its object, by its subject or an actor affiliated to it, in its
   * day window), for linking responses to them.
   */
  statementsBetween(requests: HistoryRequest[]): Promise<DatedStatement[]>;
  /**
   * What each of the statements `ids` currently answers (the target of its stored response link), dated, by the
   * answering statement's id; statements without a link are absent. A stored link is the best answer among the
   * statements stored when it was made, and every later one that could beat it made its statement be linked
   * again, so a statement linked again needs only its current target and the new statements. Stores without
   * it make ingest read the full history of those statements.
   */
  answeredStatements?(ids: readonly string[]): Promise<ReadonlyMap<string, DatedStatement>>;
  /**
   * Stored statements said by `speakers`, and the stored statements that answer them: what may be linked
   * differently once those speakers' affiliations have changed. Stores without it leave such links as they are.
   */
  statementsBy?(speakers: readonly string[]): Promise<{ said: DatedStatement[]; answering: DatedStatement[] }>;
}

export interface GraphStore extends GraphReader, GraphSource, GraphWriter {
  /** Human-readable location (`./.newsgraph`, `neo4j://localhost:7687`). */
  readonly location: string;
  close(): Promise<void>;
}
