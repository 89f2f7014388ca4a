// The viewer's only way to the data: typed fetches of the newsgraph HTTP API (see notes in src/api). Errors carry
// the server's message so the status line can show it.

import type {
  ActorDetails,
  ActorGraph,
  ActorMatch,
  ActorTable,
  DayCount,
  PairSummary,
  ResponseView,
  StatementView,
  StoreStats,
} from "../../graph-schema/index.ts";

/** A failed API call: the path, the status and the server's message. */
export class ApiRequestError extends Error {
  readonly status: number;
  constructor(path: string, status: number, message: string) {
    super(`viewer/api-client: ${path} answered ${status}: ${message}`);
    this.name = "ApiRequestError";
    this.status = status;
  }
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { signal, headers: { accept: "application/json" } });
  if (!response.ok) {
    let message = response.statusText;
    const body: unknown = await response.json().catch((error: unknown) => ({ error: { message: String(error) } }));
    if (typeof body === "object" && body !== null && "error" in body) {
      const error = (body as { error?: { message?: unknown } }).error;
      if (typeof error?.message === "string") message = error.message;
    }
    throw new ApiRequestError(path, response.status, message);
  }
  return (await response.json()) as T;
}

const query = (params: Record<string, string | number | boolean | null | undefined>): string => {
  const p = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === false || value === "") continue;
    p.set(name, value === true ? "1" : String(value));
  }
  return p.toString();
};

export interface EvidenceRequest {
  subject: string;
  object: string;
  both?: boolean;
  from?: string | null;
  to?: string | null;
  types?: string[];
  negated?: boolean;
  hypothetical?: boolean;
  minConfidence?: number;
  limit?: number;
}

/** The filters of the pair summary (both directions, every modality). */
export interface PairRequest {
  subject: string;
  object: string;
  from?: string | null;
  to?: string | null;
  types?: string[];
  minConfidence?: number;
}

/** Typed wrappers around the GET endpoints. */
export const api = {
  stats: (signal?: AbortSignal) => getJson<StoreStats>("/api/stats", signal),
  graph: (queryString: string, signal?: AbortSignal) => getJson<ActorGraph>(`/api/graph?${queryString}`, signal),
  evidence: (r: EvidenceRequest, signal?: AbortSignal) =>
    getJson<StatementView[]>(
      `/api/evidence?${query({
        subject: r.subject,
        object: r.object,
        both: r.both,
        types: r.types?.join(","),
        from: r.from,
        to: r.to,
        negated: r.negated,
        hypothetical: r.hypothetical,
        minConfidence: r.minConfidence || null,
        limit: r.limit,
      })}`,
      signal,
    ),
  pair: (r: PairRequest, signal?: AbortSignal) =>
    getJson<PairSummary>(
      `/api/pair?${query({
        subject: r.subject,
        object: r.object,
        types: r.types?.join(","),
        from: r.from,
        to: r.to,
        minConfidence: r.minConfidence || null,
      })}`,
      signal,
    ),
  /** `queryString`: the view's filters, sort and page (see viewer-app). */
  actorTable: (queryString: string, signal?: AbortSignal) =>
    getJson<ActorTable>(`/api/actor-table?${queryString}`, signal),
  days: (queryString: string, signal?: AbortSignal) => getJson<DayCount[]>(`/api/days?${queryString}`, signal),
  actor: (id: string, signal?: AbortSignal) => getJson<ActorDetails>(`/api/actors/${encodeURIComponent(id)}`, signal),
  search: (text: string, limit: number, signal?: AbortSignal) =>
    getJson<ActorMatch[]>(`/api/search?${query({ q: text, limit })}`, signal),
  path: (from: string, to: string, maxHops: number, signal?: AbortSignal) =>
    getJson<{ path: string[] | null }>(`/api/path?${query({ from, to, maxHops })}`, signal),
  responses: (actor: string, other: string, signal?: AbortSignal) =>
    getJson<ResponseView[]>(`/api/responses?${query({ actor, with: other })}`, signal),
};
