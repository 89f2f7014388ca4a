// What the stores return and the HTTP API serves: the actor network as a graphology SerializedGraph and the
// views of statements, actors and articles behind it. The viewer's only input.

import type { SerializedGraph } from "graphology-types";
import type { ActorType } from "./actor-types.ts";
import type { ActorRole, CharRange, PublishedFrom } from "./extraction-contract.ts";
import type { PloverEventType, QuadClass } from "./plover.ts";
import type { RelationType } from "./relation-vocabulary.ts";

export interface ActorRef {
  id: string;
  name: string;
  type: ActorType;
}

export interface ActorNodeAttributes {
  label: string;
  actorType: ActorType;
  aliases: string[];
  /** Statements in the current view that the actor is subject or object of. */
  statements: number;
  /** Articles mentioning the actor (whole store). */
  articles: number;
}

/** One edge per ordered actor pair, aggregating the statements from subject to object in the current view. */
export interface RelationEdgeAttributes {
  count: number;
  types: Partial<Record<RelationType, number>>;
  /** The most frequent relation type of the edge (ties broken by vocabulary order). */
  dominantType: RelationType;
  plover: PloverEventType;
  quad: QuadClass;
  negated: number;
  hypothetical: number;
  /** Statements neither negated nor hypothetical (the rest are drawn dashed when shown). */
  asserted: number;
  firstDate: string | null;
  lastDate: string | null;
}

/** Graph-level attributes of a view: how many edges matched the filters and how many are shown. */
export interface ActorGraphAttributes {
  /** Edges matching the filters before the limit; null when the store cut them before counting. */
  totalEdges: number | null;
  shownEdges: number;
}

export type ActorGraph = SerializedGraph<ActorNodeAttributes, RelationEdgeAttributes, ActorGraphAttributes>;

export interface ArticleSummary {
  id: string;
  title: string;
  published: string | null;
  /** What dated the article, when known (ArticleRecord.publishedFrom): a `file-name` date is the weakest. */
  publishedFrom?: PublishedFrom;
  source: string | null;
  url: string | null;
}

export interface StatementView {
  id: string;
  subject: ActorRef;
  object: ActorRef;
  type: RelationType;
  plover: PloverEventType;
  quad: QuadClass;
  sentence: string;
  /** Ranges relative to the start of `sentence`, for highlighting. */
  highlight: { subject: CharRange; verb: CharRange; object: CharRange };
  negated: boolean;
  hypothetical: boolean;
  confidence: number;
  cue: string;
  eventDate: string | null;
  attributedTo: ActorRef | null;
  article: ArticleSummary;
}

export interface RelationCount {
  actor: ActorRef;
  type: RelationType;
  count: number;
}

/** Statements by modality; one both negated and hypothetical counts in both and in `both` (total counts it once). */
export interface ModalityCounts {
  total: number;
  asserted: number;
  negated: number;
  hypothetical: number;
  both: number;
}

export interface ActorDetails {
  actor: ActorRef & { aliases: string[]; roles: ActorRole[]; affiliation: ActorRef | null };
  /** Every statement with the actor as subject (object), whatever its modality; see `modality`. */
  statementsAsSubject: number;
  statementsAsObject: number;
  modality: { asSubject: ModalityCounts; asObject: ModalityCounts };
  /** The strongest relations of asserted statements (at most a dozen each; see `outgoingPairs`). */
  outgoing: RelationCount[];
  incoming: RelationCount[];
  /** How many (other actor, type) relations there are in all, of which `outgoing`/`incoming` list the strongest. */
  outgoingPairs: number;
  incomingPairs: number;
  /** The most recent articles (at most 50); `articleCount` says how many there are. */
  articles: ArticleSummary[];
  articleCount: number;
}

/** One row of the actor table: an actor's statements under the filters, as object (in) and subject (out). */
export interface ActorTableRow extends ActorRef {
  statementsIn: number;
  statementsOut: number;
  /** Articles naming the actor (whole store). */
  articles: number;
  firstDate: string | null;
  lastDate: string | null;
}

export interface ActorTable {
  /** Actors matching the filters, of which `rows` is one page. */
  total: number;
  rows: ActorTableRow[];
}

/** Statements dated on one day (event date, else the article's publication date). */
export interface DayCount {
  day: string;
  count: number;
}

/** The statements between two actors under the filters, by direction and modality. */
export interface PairSummary {
  /** subject → object */
  forward: ModalityCounts;
  /** object → subject */
  backward: ModalityCounts;
}

export interface ActorMatch extends ActorRef {
  /** The name or alias that matched the query. */
  matched: string;
  statements: number;
}

/** How many articles, actors, statements and response links a store holds. */
export interface StoreTotals {
  articles: number;
  actors: number;
  relations: number;
  responses: number;
}

export interface StoreStats extends StoreTotals {
  /** A short name of the store for captions: the folder's name, or the Neo4j server and database. */
  name: string;
  actorTypes: Partial<Record<ActorType, number>>;
  relationTypes: Partial<Record<RelationType, number>>;
  sources: string[];
  firstDate: string | null;
  lastDate: string | null;
  /** Articles without a publication date (their statements have no date unless the text gives one). */
  undatedArticles: number;
}

export interface ResponseView {
  from: StatementView;
  to: StatementView;
  cue: string;
  lagDays: number | null;
  confidence: number;
}
