// Query parameters shared by the HTTP API and both stores: which part of the network to return.

import type { ActorType } from "./actor-types.ts";
import type { QuadClass } from "./plover.ts";
import type { RelationType } from "./relation-vocabulary.ts";

/** Which statements count: the filters every statement view shares (graph, evidence, tables, histogram). */
export interface StatementFilter {
  relationTypes?: RelationType[];
  quads?: QuadClass[];
  actorTypes?: ActorType[];
  /** Inclusive ISO dates on the statement's event date (else the article's publication date). */
  from?: string;
  to?: string;
  sources?: string[];
  includeNegated?: boolean;
  includeHypothetical?: boolean;
  /** Only statements the extractor gave at least this confidence (0–1). */
  minConfidence?: number;
}

export interface GraphQuery extends StatementFilter {
  /** Keep at most this many edges, strongest first. */
  limit: number;
  /** Minimum number of statements behind an edge. */
  minCount?: number;
  /** Ego network around this actor id, `hops` deep (1 or 2). */
  focus?: string;
  hops?: 1 | 2;
}

export const DEFAULT_GRAPH_LIMIT = 500;
export const MAX_GRAPH_LIMIT = 20_000;

export interface EvidenceQuery {
  subject: string;
  object: string;
  /** Include statements in both directions. */
  bothDirections?: boolean;
  relationTypes?: RelationType[];
  from?: string;
  to?: string;
  includeNegated?: boolean;
  includeHypothetical?: boolean;
  minConfidence?: number;
  limit?: number;
}

export const DEFAULT_EVIDENCE_LIMIT = 200;

/** Columns the actor table sorts by. */
export const ACTOR_TABLE_SORTS = ["name", "type", "in", "out", "articles", "first", "last"] as const;
export type ActorTableSort = (typeof ACTOR_TABLE_SORTS)[number];

/** The actor table: every actor in a statement that passes the filters, sorted, one page at a time. */
export interface ActorTableQuery extends StatementFilter {
  sort: ActorTableSort;
  descending: boolean;
  limit: number;
  offset: number;
}

export const DEFAULT_ACTOR_TABLE_LIMIT = 100;
export const MAX_ACTOR_TABLE_LIMIT = 1_000;

/** Two actors, for the statements between them in both directions. */
export interface PairQuery extends Omit<StatementFilter, "includeNegated" | "includeHypothetical" | "actorTypes"> {
  subject: string;
  object: string;
}
