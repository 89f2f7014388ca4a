// Benchmark child: reopens a finished embedded store in a fresh process the way `newsgraph serve` does (open,
// stats, first graph query) against raw SQLite opening the same file and counting its statements, then times the
// HTTP API's graph routes against the same queries asked of the store directly. Prints one result line.
// Usage: reopen-child.ts STORE_DIR REQUESTS

import Database from "better-sqlite3";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { ActorGraph, GraphQuery } from "../graph-schema/index.ts";
import { createApiServer } from "../src/api/create-api-server.ts";
import { SQLITE_FILE_NAME } from "../src/store/sqlite/sqlite-schema.ts";
import { openSqliteStore } from "../src/store/sqlite-store.ts";
import { latencySummary, type LatencySummary } from "./latency-summary.ts";
import { peakRssMiB, reportBenchResult } from "./run-bench-child.ts";

export interface ApiLatency {
  route: string;
  http: LatencySummary;
  /** The same query asked of the store in-process (no HTTP, no JSON). */
  direct: LatencySummary;
  edges: number;
}

export interface ReopenChildResult {
  reopenMs: number;
  /** Raw better-sqlite3: open the file and count the statements. */
  rawOpenMs: number;
  rssAfterOpenMiB: number;
  peakRssMiB: number;
  hub: string | null;
  api: ApiLatency[];
}

const [storeDir, requestsArg] = process.argv.slice(2);
if (storeDir === undefined) throw new Error("usage: reopen-child.ts STORE_DIR REQUESTS");
const requests = Number(requestsArg ?? 50);
const WARM_UP_REQUESTS = 3;
/** Time spent timing one route one way before stopping early (slow routes at 100k would otherwise take hours). */
const ROUTE_BUDGET_MS = 30_000;
const MIN_TIMED_REQUESTS = 5;
const TOP_LIMIT = 500;

const rawStarted = performance.now();
const raw = new Database(join(storeDir, SQLITE_FILE_NAME), { readonly: true, fileMustExist: true });
raw.prepare("SELECT count(*) AS n FROM relations").get();
const rawOpenMs = performance.now() - rawStarted;
raw.close();

const started = performance.now();
const store = openSqliteStore(storeDir, { create: false, readonly: true });
await store.stats();
const top = await store.graph({ limit: TOP_LIMIT });
const reopenMs = performance.now() - started;
const rssAfterOpenMiB = process.memoryUsage().rss / 1024 / 1024;

/** The actor with the most edges among the strongest TOP_LIMIT: the ego queries' focus. */
function hubOf(graph: ActorGraph): string | null {
  const degree = new Map<string, number>();
  for (const edge of graph.edges) {
    for (const end of [edge.source, edge.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  }
  return [...degree.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** Up to `requests` timings after the warm-up, fewer (at least MIN_TIMED_REQUESTS) when a route is slow. */
async function time(run: () => Promise<unknown>): Promise<number[]> {
  const started = performance.now();
  for (let i = 0; i < WARM_UP_REQUESTS && (i === 0 || performance.now() - started < ROUTE_BUDGET_MS / 4); i++)
    await run();
  const times: number[] = [];
  const timed = performance.now();
  while (
    times.length < requests &&
    (times.length < MIN_TIMED_REQUESTS || performance.now() - timed < ROUTE_BUDGET_MS)
  ) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  return times;
}

const hub = hubOf(top);
const server = createApiServer({ reader: store });
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const routes: { route: string; query: GraphQuery }[] = [
  { route: `/api/graph?limit=${TOP_LIMIT}`, query: { limit: TOP_LIMIT } },
];
if (hub !== null) {
  for (const hops of [1, 2] as const) {
    routes.push({
      route: `/api/graph?focus=${encodeURIComponent(hub)}&hops=${hops}`,
      query: { limit: TOP_LIMIT, focus: hub, hops },
    });
  }
}
/** GET `route` and return its edge count; one retry when a pooled keep-alive connection was closed under us. */
async function getGraph(route: string, retried = false): Promise<number> {
  let response: Response;
  try {
    response = await fetch(base + route);
  } catch (error) {
    const code = ((error as Error).cause as { code?: string } | undefined)?.code;
    if (!retried && code === "ECONNRESET") return getGraph(route, true);
    throw error;
  }
  if (!response.ok)
    throw new Error(`bench/reopen-child: ${route} answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as ActorGraph).edges.length;
}

// Every HTTP timing first, back to back (no idle gap for the server's keep-alive timeout), then the direct ones.
const http: { route: string; times: number[]; edges: number }[] = [];
const api: ApiLatency[] = [];
try {
  for (const { route } of routes) {
    let edges = 0;
    const times = await time(async () => {
      edges = await getGraph(route);
    });
    http.push({ route, times, edges });
  }
} finally {
  await new Promise((resolve) => server.close(resolve));
}
try {
  for (const [index, { query }] of routes.entries()) {
    const measured = http[index];
    if (measured === undefined) continue;
    const direct = await time(() => store.graph(query));
    api.push({
      route: measured.route,
      http: latencySummary(measured.times),
      direct: latencySummary(direct),
      edges: measured.edges,
    });
  }
} finally {
  await store.close();
}
const result: ReopenChildResult = { reopenMs, rawOpenMs, rssAfterOpenMiB, peakRssMiB: peakRssMiB(), hub, api };
reportBenchResult(result);
