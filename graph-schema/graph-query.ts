// Query parameters shared by the HTTP API and both stores: which part of the network to return.

import type { ActorType } from "./actor-types.ts";
import type { QuadClass } from "./plover.ts";
import type { RelationType } from "./relation-vocabulary.ts";

export interface GraphQuery {
  /** Keep at most this many edges, strongest first. */
  limit: number;
  relationTypes?: RelationType[];
  quads?: QuadClass[];
  actorTypes?: ActorType[];
  /** Inclusive ISO dates on the statement's event date (else the article's publication date). */
  from?: string;
  to?: string;
  /** Minimum number of statements behind an edge. */
  minCount?: number;
  sources?: string[];
  includeNegated?: boolean;
  includeHypothetical?: boolean;
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
  limit?: number;
}

export const DEFAULT_EVIDENCE_LIMIT = 200;
