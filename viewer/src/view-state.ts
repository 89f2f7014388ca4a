// The viewer's whole state as plain data (filters, mode, selection, display choices) and its round trip through
// the URL query string, so that a copied address restores the same view.

import {
  ACTOR_TABLE_SORTS,
  ACTOR_TYPES,
  DEFAULT_GRAPH_LIMIT,
  MAX_GRAPH_LIMIT,
  QUAD_CLASSES,
  RELATION_TYPES,
  type ActorTableSort,
  type ActorType,
  type QuadClass,
  type RelationType,
} from "../../graph-schema/index.ts";

export const VIEW_MODES = ["network", "ego", "path"] as const;
export type ViewMode = (typeof VIEW_MODES)[number];

export const NODE_SIZE_METRICS = ["degree", "weighted", "pagerank"] as const;
export type NodeSizeMetric = (typeof NODE_SIZE_METRICS)[number];

export const NODE_COLOR_SCHEMES = ["type", "community"] as const;
export type NodeColorScheme = (typeof NODE_COLOR_SCHEMES)[number];

/** Label density: 1 names only the most important actors, 4 every actor there is room for. */
export const LABEL_LEVELS = [1, 2, 3, 4] as const;
export type LabelLevel = (typeof LABEL_LEVELS)[number];

/** Minimum statement confidence choices (0: every statement). */
export const STATEMENT_CONFIDENCE_CHOICES = [0, 0.5, 0.6, 0.7, 0.8] as const;
/** Minimum response-link confidence choices; links below LOW_LINK_CONFIDENCE are marked when shown. */
export const LINK_CONFIDENCE_CHOICES = [0, 0.5, 0.7, 0.8] as const;
export const LOW_LINK_CONFIDENCE = 0.5;

export interface ViewState {
  mode: ViewMode;
  /** Edges asked of the API (top-N by statements); clamped to the API's maximum. */
  limit: number;
  relationTypes: RelationType[];
  quads: QuadClass[];
  actorTypes: ActorType[];
  from: string | null;
  to: string | null;
  minCount: number;
  sources: string[];
  includeNegated: boolean;
  includeHypothetical: boolean;
  /** Ego centre in `ego` mode. */
  focus: string | null;
  hops: 1 | 2;
  pathFrom: string | null;
  pathTo: string | null;
  /** Selected actor (actor panel open). */
  actor: string | null;
  /** Selected edge key `subject->object` (evidence panel open). */
  edge: string | null;
  /** Actor pair whose response thread is open. */
  thread: [string, string] | null;
  size: NodeSizeMetric;
  color: NodeColorScheme;
  labels: LabelLevel;
  /** Statements below this extractor confidence are left out (0: none). */
  minConfidence: number;
  /** Response links below this confidence are hidden (default LOW_LINK_CONFIDENCE; 0 shows every link). */
  linkConfidence: number;
  /** The actor table is open, sorted by `tableSort`. */
  table: boolean;
  tableSort: ActorTableSort;
  tableDescending: boolean;
}

export const DEFAULT_VIEW_STATE: Readonly<ViewState> = {
  mode: "network",
  limit: DEFAULT_GRAPH_LIMIT,
  relationTypes: [],
  quads: [],
  actorTypes: [],
  from: null,
  to: null,
  minCount: 1,
  sources: [],
  includeNegated: false,
  includeHypothetical: false,
  focus: null,
  hops: 1,
  pathFrom: null,
  pathTo: null,
  actor: null,
  edge: null,
  thread: null,
  size: "degree",
  color: "type",
  labels: 2,
  minConfidence: 0,
  linkConfidence: LOW_LINK_CONFIDENCE,
  table: false,
  tableSort: "out",
  tableDescending: true,
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function pickList<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  if (!value) return [];
  const wanted = new Set(value.split(","));
  return allowed.filter((item) => wanted.has(item));
}

function pickOne<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return (allowed as readonly string[]).includes(value ?? "") ? (value as T) : fallback;
}

function pickInt(value: string | null, min: number, max: number, fallback: number): number {
  const n = value === null ? Number.NaN : Number(value);
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

function pickChoice(value: string | null, choices: readonly number[], fallback: number): number {
  const n = value === null ? Number.NaN : Number(value);
  return choices.includes(n) ? n : fallback;
}

const pickDate = (value: string | null): string | null => (value && ISO_DATE.test(value) ? value : null);
const pickText = (value: string | null): string | null => (value ? value : null);

/** Reads a view state from a query string; unknown or malformed values fall back to the defaults. */
export function parseViewState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const thread = p.get("thread")?.split(",") ?? [];
  return {
    mode: pickOne(p.get("mode"), VIEW_MODES, DEFAULT_VIEW_STATE.mode),
    limit: pickInt(p.get("limit"), 1, MAX_GRAPH_LIMIT, DEFAULT_VIEW_STATE.limit),
    relationTypes: pickList(p.get("types"), RELATION_TYPES),
    quads: pickList(p.get("quads"), QUAD_CLASSES),
    actorTypes: pickList(p.get("actorTypes"), ACTOR_TYPES),
    from: pickDate(p.get("from")),
    to: pickDate(p.get("to")),
    minCount: pickInt(p.get("minCount"), 1, 1_000_000, DEFAULT_VIEW_STATE.minCount),
    sources: (p.get("sources") ?? "").split(",").filter((s) => s !== ""),
    includeNegated: p.get("negated") === "1",
    includeHypothetical: p.get("hypothetical") === "1",
    focus: pickText(p.get("focus")),
    hops: p.get("hops") === "2" ? 2 : 1,
    pathFrom: pickText(p.get("pathFrom")),
    pathTo: pickText(p.get("pathTo")),
    actor: pickText(p.get("actor")),
    edge: pickText(p.get("edge")),
    thread: thread.length === 2 && thread[0] && thread[1] ? [thread[0], thread[1]] : null,
    size: pickOne(p.get("size"), NODE_SIZE_METRICS, DEFAULT_VIEW_STATE.size),
    color: pickOne(p.get("color"), NODE_COLOR_SCHEMES, DEFAULT_VIEW_STATE.color),
    labels: pickChoice(p.get("labels"), LABEL_LEVELS, DEFAULT_VIEW_STATE.labels) as LabelLevel,
    minConfidence: pickChoice(p.get("minConfidence"), STATEMENT_CONFIDENCE_CHOICES, DEFAULT_VIEW_STATE.minConfidence),
    linkConfidence: pickChoice(p.get("linkConfidence"), LINK_CONFIDENCE_CHOICES, DEFAULT_VIEW_STATE.linkConfidence),
    table: p.get("table") === "1",
    tableSort: pickOne(p.get("tableSort"), ACTOR_TABLE_SORTS, DEFAULT_VIEW_STATE.tableSort),
    tableDescending: p.has("tableOrder") ? p.get("tableOrder") !== "asc" : DEFAULT_VIEW_STATE.tableDescending,
  };
}

/** Writes a view state as a query string holding only the values that differ from the defaults. */
export function formatViewState(state: ViewState): string {
  const p = new URLSearchParams();
  const d = DEFAULT_VIEW_STATE;
  if (state.mode !== d.mode) p.set("mode", state.mode);
  if (state.limit !== d.limit) p.set("limit", String(state.limit));
  if (state.relationTypes.length > 0) p.set("types", state.relationTypes.join(","));
  if (state.quads.length > 0) p.set("quads", state.quads.join(","));
  if (state.actorTypes.length > 0) p.set("actorTypes", state.actorTypes.join(","));
  if (state.from) p.set("from", state.from);
  if (state.to) p.set("to", state.to);
  if (state.minCount !== d.minCount) p.set("minCount", String(state.minCount));
  if (state.sources.length > 0) p.set("sources", state.sources.join(","));
  if (state.includeNegated) p.set("negated", "1");
  if (state.includeHypothetical) p.set("hypothetical", "1");
  if (state.focus) p.set("focus", state.focus);
  if (state.hops !== d.hops) p.set("hops", String(state.hops));
  if (state.pathFrom) p.set("pathFrom", state.pathFrom);
  if (state.pathTo) p.set("pathTo", state.pathTo);
  if (state.actor) p.set("actor", state.actor);
  if (state.edge) p.set("edge", state.edge);
  if (state.thread) p.set("thread", state.thread.join(","));
  if (state.size !== d.size) p.set("size", state.size);
  if (state.color !== d.color) p.set("color", state.color);
  if (state.labels !== d.labels) p.set("labels", String(state.labels));
  if (state.minConfidence !== d.minConfidence) p.set("minConfidence", String(state.minConfidence));
  if (state.linkConfidence !== d.linkConfidence) p.set("linkConfidence", String(state.linkConfidence));
  if (state.table) p.set("table", "1");
  if (state.tableSort !== d.tableSort) p.set("tableSort", state.tableSort);
  if (state.tableDescending !== d.tableDescending) p.set("tableOrder", state.tableDescending ? "desc" : "asc");
  return p.toString();
}

/** The statement filters of a state as API parameters (graph, actor table, histogram). */
export function filterParams(state: ViewState, p = new URLSearchParams()): URLSearchParams {
  if (state.relationTypes.length > 0) p.set("types", state.relationTypes.join(","));
  if (state.quads.length > 0) p.set("quads", state.quads.join(","));
  if (state.actorTypes.length > 0) p.set("actorTypes", state.actorTypes.join(","));
  if (state.from) p.set("from", state.from);
  if (state.to) p.set("to", state.to);
  if (state.sources.length > 0) p.set("sources", state.sources.join(","));
  if (state.includeNegated) p.set("negated", "1");
  if (state.includeHypothetical) p.set("hypothetical", "1");
  if (state.minConfidence > 0) p.set("minConfidence", String(state.minConfidence));
  return p;
}

/**
 * The `/api/graph` query string for a state: the filters, and `focus`/`hops` in ego mode.
 * Selection and display choices are not sent: they do not change which edges the server returns.
 */
export function graphQueryString(state: ViewState): string {
  const p = new URLSearchParams();
  p.set("limit", String(Math.min(state.limit, MAX_GRAPH_LIMIT)));
  filterParams(state, p);
  if (state.minCount > 1) p.set("minCount", String(state.minCount));
  if (state.mode === "ego" && state.focus) {
    p.set("focus", state.focus);
    p.set("hops", String(state.hops));
  }
  return p.toString();
}
