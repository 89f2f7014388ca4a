// End to end through the HTTP API: articles ingested into an embedded store, then asked for over HTTP.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  ActorDetails,
  ActorGraph,
  ActorMatch,
  ActorTable,
  DayCount,
  PairSummary,
  StatementView,
  StoreStats,
} from "../../../graph-schema/index.ts";
import { createInProcessExtractor } from "../../../ingest/pipeline/batch-extractor.ts";
import { createApiServer } from "../../../src/api/create-api-server.ts";
import { ingestIntoStore } from "../../../src/ingest/ingest-into-store.ts";
import { openSqliteStore, type SqliteStore } from "../../../src/store/sqlite-store.ts";
import { writeNewsWeek } from "../../fixtures/news-week.ts";

let dir: string;
let store: SqliteStore;
let server: Server;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-api-"));
  store = openSqliteStore(join(dir, "store"), { create: true });
  const extractor = createInProcessExtractor();
  await ingestIntoStore([writeNewsWeek(join(dir, "news"))], {
    store,
    extractor,
    batchSize: 2,
    readClean: {},
    registry: {},
    responses: {},
  });
  const viewer = join(dir, "viewer");
  mkdirSync(viewer);
  writeFileSync(join(viewer, "index.html"), "<!doctype html><title>viewer</title>");
  writeFileSync(join(dir, "secret.txt"), "not for the web");
  server = createApiServer({ reader: store, viewerDir: viewer });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function get<T>(path: string): Promise<{ status: number; body: T; headers: Headers }> {
  const response = await fetch(base + path);
  const text = await response.text();
  return {
    status: response.status,
    body: (text.startsWith("{") || text.startsWith("[") ? JSON.parse(text) : text) as T,
    headers: response.headers,
  };
}

describe("HTTP API over the embedded store", () => {
  it("serves totals", async () => {
    const { status, body } = await get<StoreStats>("/api/stats");
    expect(status).toBe(200);
    expect(body.articles).toBe(3);
    expect(body.sources).toEqual(["Test Wire"]);
  });

  it("serves the network as a graphology graph whose edges all have their nodes", async () => {
    const { body } = await get<ActorGraph>("/api/graph?limit=50");
    const nodes = new Set(body.nodes.map((node) => node.key));
    expect(body.edges.length).toBeGreaterThan(0);
    for (const edge of body.edges) expect(nodes.has(edge.source) && nodes.has(edge.target)).toBe(true);
    expect(body.edges.map((edge) => edge.key)).toContain("jens-stoltenberg->russia");
  });

  it("serves the evidence behind an edge with its article", async () => {
    const { body } = await get<StatementView[]>("/api/evidence?subject=jens-stoltenberg&object=russia");
    expect(body[0]?.type).toBe("WARN");
    expect(body[0]?.article.title).toBe("NATO chief warns Russia over troop build-up");
    expect(body[0]?.sentence.slice(...body[0]!.highlight.verb)).toBe("warned");
  });

  it("searches names and aliases and describes an actor", async () => {
    const search = await get<ActorMatch[]>("/api/search?q=stolt");
    expect(search.body[0]?.id).toBe("jens-stoltenberg");
    const actor = await get<ActorDetails>("/api/actors/jens-stoltenberg");
    expect(actor.body.actor.name).toBe("Jens Stoltenberg");
    expect(actor.body.articles.length).toBeGreaterThanOrEqual(1);
  });

  it("serves the actor table, the statements per day and a pair's two directions, as the store answers them", async () => {
    const query = { sort: "name" as const, descending: false, limit: 3, offset: 1, includeNegated: true };
    const tableAnswer = await get<ActorTable>("/api/actor-table?sort=name&order=asc&limit=3&offset=1&negated=1");
    expect(tableAnswer.body).toEqual(await store.actorTable(query));
    expect(tableAnswer.body.rows).toHaveLength(3);
    const days = await get<DayCount[]>("/api/days?minConfidence=0.5");
    expect(days.body).toEqual(await store.statementsPerDay({ minConfidence: 0.5 }));
    expect(days.body.length).toBeGreaterThan(0);
    const pair = await get<PairSummary>("/api/pair?subject=russia&object=jens-stoltenberg");
    expect(pair.body).toEqual(await store.pairSummary({ subject: "russia", object: "jens-stoltenberg" }));
    expect(pair.body.backward.total).toBeGreaterThan(0);
  });

  it("keeps the earlier parameters and answers as they were, with the new counts added", async () => {
    const graph = await get<ActorGraph>("/api/graph?limit=50&negated=1");
    const edge = graph.body.edges.find((e) => e.key === "jens-stoltenberg->russia");
    expect(edge?.attributes?.asserted).toBeLessThanOrEqual(edge?.attributes?.count ?? 0);
    const filtered = await get<ActorGraph>("/api/graph?limit=50&minConfidence=1");
    expect(filtered.body.edges).toEqual([]);
    const actor = await get<ActorDetails>("/api/actors/russia");
    expect(actor.body.articleCount).toBeGreaterThanOrEqual(actor.body.articles.length);
    expect(actor.body.modality.asObject.total).toBe(actor.body.statementsAsObject);
  });

  it.each([
    { path: "/api/graph?minConfidence=2", status: 400, text: "from 0 to 1" },
    { path: "/api/graph?minConfidence=high", status: 400, text: "decimal" },
    { path: "/api/actor-table?sort=salary", status: 400, text: "expected one of" },
    { path: "/api/actor-table?order=up", status: 400, text: "asc or desc" },
    { path: "/api/actor-table?limit=5000", status: 400, text: "whole number" },
    { path: "/api/days?focus=russia", status: 400, text: "unknown parameter" },
    { path: "/api/pair?subject=russia", status: 400, text: "object" },
    { path: "/api/graph?limit=0", status: 400, text: "limit" },
    { path: "/api/graph?limit=abc", status: 400, text: "whole number" },
    { path: "/api/graph?types=WARN,EXPLODE", status: 400, text: "EXPLODE" },
    { path: "/api/graph?from=2022-13-45", status: 400, text: "YYYY-MM-DD" },
    { path: "/api/graph?from=2022-02-01&to=2022-01-01", status: 400, text: "after" },
    { path: "/api/graph?hops=2", status: 400, text: "focus" },
    { path: "/api/graph?lmit=5", status: 400, text: "unknown parameter" },
    { path: "/api/evidence?subject=russia", status: 400, text: "object" },
    { path: "/api/evidence?subject=russia&object=%3Cscript%3E", status: 400, text: "not an actor id" },
    { path: "/api/actors/nobody-at-all", status: 404, text: "no actor" },
    { path: "/api/nothing", status: 404, text: "no API route" },
    { path: "/../secret.txt", status: 404, text: "no file" },
    { path: "/%2e%2e/secret.txt", status: 404, text: "no file" },
  ])("rejects $path with $status", async ({ path, status, text }) => {
    const response = await get<{ error: { code: string; message: string } }>(path);
    expect(response.status).toBe(status);
    expect(response.body.error.message).toContain(text);
  });

  it("offers no write path and sends security headers", async () => {
    const response = await fetch(`${base}/api/graph`, { method: "POST", body: "{}" });
    expect(response.status).toBe(405);
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("refuses over-long request URLs", async () => {
    const response = await fetch(`${base}/api/search?q=${"x".repeat(9000)}`);
    expect(response.status).toBe(414);
  });
});
