// Validates the API's query-string parameters into typed store queries. Every parameter is checked; anything
// unexpected is a UsageError (HTTP 400) that names the parameter, what was expected and what was found.

import {
  ACTOR_ID_PATTERN as ACTOR_ID,
  ACTOR_TABLE_SORTS,
  ACTOR_TYPES,
  DEFAULT_ACTOR_TABLE_LIMIT,
  DEFAULT_EVIDENCE_LIMIT,
  DEFAULT_GRAPH_LIMIT,
  isIsoDate,
  MAX_ACTOR_TABLE_LIMIT,
  MAX_GRAPH_LIMIT,
  QUAD_CLASSES,
  RELATION_TYPES,
  UsageError,
  type ActorTableQuery,
  type ActorTableSort,
  type EvidenceQuery,
  type GraphQuery,
  type PairQuery,
  type StatementFilter,
} from "../../graph-schema/index.ts";
import type { ResponseQuery } from "../store/graph-store.ts";

export const MAX_EVIDENCE_LIMIT = 2_000;
export const MAX_SEARCH_LIMIT = 50;
export const MAX_PATH_HOPS = 8;
/** Furthest page start of the paged routes (/api/responses, /api/actor-table). */
export const MAX_PAGE_OFFSET = 10_000_000;

/** The statement filters `/api/graph`, `/api/actor-table` and `/api/days` share. */
const FILTER_PARAMS = ["types", "quads", "actorTypes", "from", "to", "sources", "negated", "hypothetical", "minConfidence"] as const;

/** Parameters each route accepts; anything else is rejected so typos do not silently drop a filter. */
const KNOWN_PARAMS = {
  graph: [...FILTER_PARAMS, "limit", "minCount", "focus", "hops"],
  evidence: ["subject", "object", "both", "types", "from", "to", "negated", "hypothetical", "minConfidence", "limit"],
  search: ["q", "limit"],
  path: ["from", "to", "maxHops"],
  responses: ["actor", "with", "since", "until", "limit", "offset"],
  "actor-table": [...FILTER_PARAMS, "sort", "order", "limit", "offset"],
  days: FILTER_PARAMS,
  pair: ["subject", "object", "types", "quads", "from", "to", "sources", "minConfidence"],
} as const;

export type ApiRouteName = keyof typeof KNOWN_PARAMS;

export function checkKnownParams(route: ApiRouteName, params: URLSearchParams): void {
  const allowed: readonly string[] = KNOWN_PARAMS[route];
  for (const key of params.keys()) {
    if (!allowed.includes(key)) {
      throw new UsageError(`api/${route}: unknown parameter "${key.slice(0, 40)}"; expected one of ${allowed.join(", ")}`);
    }
  }
}

function single(params: URLSearchParams, name: string): string | undefined {
  const values = params.getAll(name);
  if (values.length > 1) throw new UsageError(`parameter "${name}" was given ${values.length} times; give it once`);
  return values[0] === "" ? undefined : values[0];
}

function integer(params: URLSearchParams, name: string, min: number, max: number): number | undefined {
  const raw = single(params, name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`parameter "${name}" must be a whole number from ${min} to ${max}; found "${raw.slice(0, 40)}"`);
  }
  return value;
}

function flag(params: URLSearchParams, name: string): boolean | undefined {
  const raw = single(params, name);
  if (raw === undefined) return undefined;
  if (raw === "1" || raw === "true") return true;
  if (raw === "0" || raw === "false") return false;
  throw new UsageError(`parameter "${name}" must be 1 or 0; found "${raw.slice(0, 40)}"`);
}

/** A share from 0 to 1 (a confidence), written as a decimal. */
function share(params: URLSearchParams, name: string): number | undefined {
  const raw = single(params, name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!/^\d(\.\d{1,6})?$/.test(raw) || value < 0 || value > 1) {
    throw new UsageError(`parameter "${name}" must be a decimal from 0 to 1, like 0.6; found "${raw.slice(0, 40)}"`);
  }
  return value;
}

function date(params: URLSearchParams, name: string): string | undefined {
  const raw = single(params, name);
  if (raw === undefined) return undefined;
  if (!isIsoDate(raw)) {
    throw new UsageError(`parameter "${name}" must be a date YYYY-MM-DD; found "${raw.slice(0, 40)}"`);
  }
  return raw;
}

function actorId(params: URLSearchParams, name: string, required: true): string;
function actorId(params: URLSearchParams, name: string, required: false): string | undefined;
function actorId(params: URLSearchParams, name: string, required: boolean): string | undefined {
  const raw = single(params, name);
  if (raw === undefined) {
    if (required) throw new UsageError(`parameter "${name}" (an actor id) is required`);
    return undefined;
  }
  if (!ACTOR_ID.test(raw)) throw new UsageError(`parameter "${name}" is not an actor id; found "${raw.slice(0, 40)}"`);
  return raw;
}

function list<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): T[] | undefined {
  const raw = single(params, name);
  if (raw === undefined) return undefined;
  const items = raw.split(",").filter((item) => item !== "");
  for (const item of items) {
    if (!(allowed as readonly string[]).includes(item)) {
      throw new UsageError(`parameter "${name}" has "${item.slice(0, 40)}"; expected any of ${allowed.join(", ")}`);
    }
  }
  return items as T[];
}

function freeList(params: URLSearchParams, name: string): string[] | undefined {
  const raw = single(params, name);
  if (raw === undefined) return undefined;
  const items = raw.split(",").map((item) => item.trim()).filter((item) => item !== "");
  if (items.length > 100 || items.some((item) => item.length > 200)) {
    throw new UsageError(`parameter "${name}" is too long; give at most 100 values of at most 200 characters`);
  }
  return items;
}

function checkRange(from: string | undefined, to: string | undefined): void {
  if (from && to && from > to) throw new UsageError(`"from" (${from}) is after "to" (${to}); swap them`);
}

/** The shared statement filters (already checked against the route's known parameters). */
function parseStatementFilter(params: URLSearchParams): StatementFilter {
  const filter: StatementFilter = {};
  const relationTypes = list(params, "types", RELATION_TYPES);
  const quads = list(params, "quads", QUAD_CLASSES);
  const actorTypes = list(params, "actorTypes", ACTOR_TYPES);
  const from = date(params, "from");
  const to = date(params, "to");
  checkRange(from, to);
  const sources = freeList(params, "sources");
  const includeNegated = flag(params, "negated");
  const includeHypothetical = flag(params, "hypothetical");
  const minConfidence = share(params, "minConfidence");
  if (relationTypes) filter.relationTypes = relationTypes;
  if (quads) filter.quads = quads;
  if (actorTypes) filter.actorTypes = actorTypes;
  if (from) filter.from = from;
  if (to) filter.to = to;
  if (sources) filter.sources = sources;
  if (includeNegated !== undefined) filter.includeNegated = includeNegated;
  if (includeHypothetical !== undefined) filter.includeHypothetical = includeHypothetical;
  if (minConfidence !== undefined) filter.minConfidence = minConfidence;
  return filter;
}

/** `/api/graph` parameters → GraphQuery. */
export function parseGraphQuery(params: URLSearchParams): GraphQuery {
  checkKnownParams("graph", params);
  const query: GraphQuery = {
    limit: integer(params, "limit", 1, MAX_GRAPH_LIMIT) ?? DEFAULT_GRAPH_LIMIT,
    ...parseStatementFilter(params),
  };
  const minCount = integer(params, "minCount", 1, 1_000_000);
  const focus = actorId(params, "focus", false);
  const hops = integer(params, "hops", 1, 2);
  if (minCount !== undefined) query.minCount = minCount;
  if (focus) query.focus = focus;
  if (hops !== undefined) {
    if (!focus) throw new UsageError(`parameter "hops" needs "focus" (the actor at the centre of the ego network)`);
    query.hops = hops as 1 | 2;
  }
  return query;
}

/** `/api/actor-table` parameters → ActorTableQuery (default: most statements first). */
export function parseActorTableQuery(params: URLSearchParams): ActorTableQuery {
  checkKnownParams("actor-table", params);
  const order = single(params, "order");
  if (order !== undefined && order !== "asc" && order !== "desc") {
    throw new UsageError(`parameter "order" must be asc or desc; found "${order.slice(0, 40)}"`);
  }
  const sort = single(params, "sort") ?? "out";
  if (!(ACTOR_TABLE_SORTS as readonly string[]).includes(sort)) {
    throw new UsageError(`parameter "sort" has "${sort.slice(0, 40)}"; expected one of ${ACTOR_TABLE_SORTS.join(", ")}`);
  }
  return {
    ...parseStatementFilter(params),
    sort: sort as ActorTableSort,
    descending: (order ?? (sort === "name" || sort === "type" ? "asc" : "desc")) === "desc",
    limit: integer(params, "limit", 1, MAX_ACTOR_TABLE_LIMIT) ?? DEFAULT_ACTOR_TABLE_LIMIT,
    offset: integer(params, "offset", 0, MAX_PAGE_OFFSET) ?? 0,
  };
}

/** `/api/days` parameters → the statement filter of the histogram. */
export function parseDaysQuery(params: URLSearchParams): StatementFilter {
  checkKnownParams("days", params);
  return parseStatementFilter(params);
}

/** `/api/pair` parameters → PairQuery (both directions, every modality counted). */
export function parsePairQuery(params: URLSearchParams): PairQuery {
  checkKnownParams("pair", params);
  const { relationTypes, quads, from, to, sources, minConfidence } = parseStatementFilter(params);
  return {
    subject: actorId(params, "subject", true),
    object: actorId(params, "object", true),
    ...(relationTypes ? { relationTypes } : {}),
    ...(quads ? { quads } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(sources ? { sources } : {}),
    ...(minConfidence !== undefined ? { minConfidence } : {}),
  };
}

/** `/api/evidence` parameters → EvidenceQuery. */
export function parseEvidenceQuery(params: URLSearchParams): EvidenceQuery {
  checkKnownParams("evidence", params);
  const query: EvidenceQuery = {
    subject: actorId(params, "subject", true),
    object: actorId(params, "object", true),
    limit: integer(params, "limit", 1, MAX_EVIDENCE_LIMIT) ?? DEFAULT_EVIDENCE_LIMIT,
  };
  const both = flag(params, "both");
  const relationTypes = list(params, "types", RELATION_TYPES);
  const from = date(params, "from");
  const to = date(params, "to");
  checkRange(from, to);
  const includeNegated = flag(params, "negated");
  const includeHypothetical = flag(params, "hypothetical");
  const minConfidence = share(params, "minConfidence");
  if (minConfidence !== undefined) query.minConfidence = minConfidence;
  if (both !== undefined) query.bothDirections = both;
  if (relationTypes) query.relationTypes = relationTypes;
  if (from) query.from = from;
  if (to) query.to = to;
  if (includeNegated !== undefined) query.includeNegated = includeNegated;
  if (includeHypothetical !== undefined) query.includeHypothetical = includeHypothetical;
  return query;
}

export function parseSearchQuery(params: URLSearchParams): { text: string; limit: number } {
  checkKnownParams("search", params);
  const text = (single(params, "q") ?? "").trim();
  if (text.length > 100) throw new UsageError(`parameter "q" is longer than 100 characters; shorten the search`);
  return { text, limit: integer(params, "limit", 1, MAX_SEARCH_LIMIT) ?? 10 };
}

export function parsePathQuery(params: URLSearchParams): { from: string; to: string; maxHops: number } {
  checkKnownParams("path", params);
  return {
    from: actorId(params, "from", true),
    to: actorId(params, "to", true),
    maxHops: integer(params, "maxHops", 1, MAX_PATH_HOPS) ?? 6,
  };
}

export function parseResponseQuery(params: URLSearchParams): ResponseQuery {
  checkKnownParams("responses", params);
  const query: ResponseQuery = { actor: actorId(params, "actor", true) };
  const other = actorId(params, "with", false);
  const since = date(params, "since");
  const until = date(params, "until");
  checkRange(since, until);
  const limit = integer(params, "limit", 1, MAX_EVIDENCE_LIMIT);
  const offset = integer(params, "offset", 0, MAX_PAGE_OFFSET);
  if (other) query.with = other;
  if (since) query.since = since;
  if (until) query.until = until;
  if (limit !== undefined) query.limit = limit;
  if (offset !== undefined) query.offset = offset;
  return query;
}

export function parseActorIdSegment(segment: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch (error) {
    throw new UsageError(`actor id in the path is not valid percent-encoding`, { cause: error });
  }
  if (!ACTOR_ID.test(decoded)) throw new UsageError(`"${decoded.slice(0, 40)}" is not an actor id`);
  return decoded;
}
