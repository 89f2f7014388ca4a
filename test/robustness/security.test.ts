// Security: hostile strings travel ingest → store → API as data, verbatim; HTML ingest never runs scripts or
// fetches anything; the server listens on 127.0.0.1, is read-only and validates and caps what it is asked;
// no secrets are committed.

import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActorDetails, ActorGraph, ActorMatch, StatementView } from "../../graph-schema/index.ts";
import { validateExtraction } from "../../graph-schema/validate-extraction.ts";
import { createApiServer } from "../../src/api/create-api-server.ts";
import { openSqliteStore, type SqliteStore } from "../../src/store/sqlite-store.ts";
import { HOSTILE_STRINGS, type HostileKey } from "../fixtures/hostile/hostile-strings.ts";
import { runCliCaptured } from "../support/run-cli-captured.ts";
import { spawnCli } from "./support/spawn-cli.ts";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const HOSTILE = Object.entries(HOSTILE_STRINGS) as Array<[HostileKey, string]>;
const STOLTENBERG_NAME = `Jens ${HOSTILE_STRINGS.cypherBacktick} ${HOSTILE_STRINGS.imgOnerror}`;
const RUSSIA_NAME = `${HOSTILE_STRINGS.script} ${HOSTILE_STRINGS.quotes} ${HOSTILE_STRINGS.nul} ${HOSTILE_STRINGS.rtlOverride} ${HOSTILE_STRINGS.long}`;

let dir: string;
let store: SqliteStore;
let api: Server;
let base: string;

const sentenceOf = (value: string) =>
  `NATO Secretary General Jens Stoltenberg warned Russia on Monday about the ${value} message.`;

async function getJson<T>(
  path: string,
): Promise<{ status: number; body: T; type: string | null; nosniff: string | null }> {
  const response = await fetch(`${base}${path}`);
  return {
    status: response.status,
    body: (await response.json()) as T,
    type: response.headers.get("content-type"),
    nosniff: response.headers.get("x-content-type-options"),
  };
}

/** A raw request, so methods and URL lengths are sent exactly as written. */
function rawRequest(method: string, path: string): Promise<number> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, method, path }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
    req.end();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-security-"));
  const feed = HOSTILE.map(([key, value]) =>
    JSON.stringify({
      id: `hostile-${key}`,
      title: `Stoltenberg warns Russia ${value}`,
      source: value.slice(0, 200),
      text: sentenceOf(value),
    }),
  );
  writeFileSync(join(dir, "feed.jsonl"), feed.join("\n"));
  writeFileSync(
    join(dir, "aliases.json"),
    JSON.stringify({
      rename: [
        { actor: "jens-stoltenberg", name: STOLTENBERG_NAME },
        { actor: "russia", name: RUSSIA_NAME },
      ],
    }),
  );
  const run = await runCliCaptured([
    "ingest",
    join(dir, "feed.jsonl"),
    "--store",
    join(dir, "store"),
    "--aliases",
    join(dir, "aliases.json"),
    "--workers",
    "1",
  ]);
  expect(run.code).toBe(0);
  store = openSqliteStore(join(dir, "store"), { readonly: true });
  api = createApiServer({ reader: store });
  await new Promise<void>((resolve) => api.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
}, 60_000);
afterAll(async () => {
  await new Promise<void>((resolve) => api.close(() => resolve()));
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("hostile strings through ingest, store and API", () => {
  it.each(HOSTILE)("returns %s verbatim in titles, sources and sentences", async (key, value) => {
    const { status, body, type, nosniff } = await getJson<StatementView[]>(
      `/api/evidence?subject=jens-stoltenberg&object=russia&limit=2000`,
    );
    expect(status).toBe(200);
    expect(type).toBe("application/json; charset=utf-8");
    expect(nosniff).toBe("nosniff");
    const mine = body.filter((statement) => statement.article.id === `hostile-${key}`);
    expect(mine.length).toBeGreaterThan(0);
    // Cleaning drops invisible bidi controls (U+202A–U+202E) from article text and titles, on purpose: they could
    // make a title read differently from what it holds. Everything else is kept as written.
    const cleaned = value.replace(/[\u202a-\u202e]/g, "");
    expect(mine.map((statement) => statement.article.title)).toContain(`Stoltenberg warns Russia ${cleaned}`);
    expect(mine.map((statement) => statement.article.source)).toContain(value.slice(0, 200));
    // The RTL override's "txt." ends a sentence; every other string stays inside its sentence.
    if (key !== "rtlOverride") expect(mine.map((statement) => statement.sentence)).toContain(sentenceOf(value));
  });

  it("returns hostile actor names verbatim from actors, search and graph", async () => {
    const stoltenberg = await getJson<ActorDetails>(`/api/actors/jens-stoltenberg`);
    expect(stoltenberg.body.actor.name).toBe(STOLTENBERG_NAME);
    const russia = await getJson<ActorDetails>(`/api/actors/russia`);
    expect(russia.body.actor.name).toBe(RUSSIA_NAME);
    const search = await getJson<ActorMatch[]>(`/api/search?q=${encodeURIComponent("Jens x`]->()")}`);
    expect(search.body.map((match) => match.name)).toContain(STOLTENBERG_NAME);
    const graph = await getJson<ActorGraph>(`/api/graph`);
    expect(graph.body.nodes.map((node) => node.attributes?.label).sort()).toEqual(
      expect.arrayContaining([STOLTENBERG_NAME, RUSSIA_NAME]),
    );
  });

  it("keeps every table: the SQL and Cypher fragments were stored as text", async () => {
    const tables = store.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all();
    expect(tables).toEqual(["actor_articles", "actor_names", "actors", "articles", "meta", "pair_counts", "relations", "responses"]);
    expect(store.db.pragma("integrity_check", { simple: true })).toBe("ok");
    expect((await store.stats()).articles).toBe(HOSTILE.length);
  });
});

describe("HTML ingest", () => {
  it("never runs scripts or fetches remote resources", async () => {
    let hits = 0;
    const spy = createServer((_, response) => {
      hits++;
      response.end("alert(1)");
    });
    await new Promise<void>((resolve) => spy.listen(0, "127.0.0.1", resolve));
    const remote = `http://127.0.0.1:${(spy.address() as AddressInfo).port}`;
    const page = `<!doctype html><html><head><title>Scholz visits Kyiv</title>
<link rel="stylesheet" href="${remote}/style.css"><link rel="preload" href="${remote}/font.woff2" as="font">
<script src="${remote}/app.js"></script><script>fetch("${remote}/inline");document.write("INJECTED")</script>
<meta http-equiv="refresh" content="0; url=${remote}/refresh"><base href="${remote}/">
<style>@import url("${remote}/import.css"); body { background: url(${remote}/bg.png) }</style></head>
<body onload="fetch('${remote}/onload')"><article><h1>Scholz visits Kyiv</h1>
<p>German Chancellor Olaf Scholz met Ukrainian President Volodymyr Zelensky in Kyiv on Monday.<img src="${remote}/photo.jpg" srcset="${remote}/photo-2x.jpg 2x" onerror="fetch('${remote}/onerror')"></p>
<iframe src="${remote}/frame"></iframe><video poster="${remote}/poster.jpg"><source src="${remote}/clip.mp4"></video>
<object data="${remote}/object.swf"></object><embed src="${remote}/embed.swf"><svg><image href="${remote}/svg.png"/></svg>
<p>Scholz said Germany would support Ukraine for as long as needed.</p></article></body></html>`;
    writeFileSync(join(dir, "page.html"), page);
    const run = await runCliCaptured(["extract", join(dir, "page.html"), "--workers", "1"]).finally(
      () => new Promise<void>((resolve) => setTimeout(resolve, 300)),
    );
    await new Promise<void>((resolve) => spy.close(() => resolve()));
    expect(hits).toBe(0);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain("INJECTED");
    expect(run.stdout).not.toContain("alert(1)");
    const result = JSON.parse(run.stdout) as { relations: Array<{ sentence: string }> };
    expect(validateExtraction(result)).toEqual([]);
    expect(result.relations.map((relation) => relation.sentence)).toContain(
      "German Chancellor Olaf Scholz met Ukrainian President Volodymyr Zelensky in Kyiv on Monday.",
    );
  });
});

describe("the HTTP API", () => {
  it.each(["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"])("rejects %s with 405", async (method) => {
    expect(await rawRequest(method, "/api/stats")).toBe(405);
  });

  it.each([
    { path: `/api/graph?x=${"a".repeat(9_000)}`, status: 414 },
    { path: `/api/graph?limit=abc`, status: 400 },
    { path: `/api/graph?limit=100000000`, status: 400 },
    { path: `/api/graph?limit=-1`, status: 400 },
    { path: `/api/graph?types=DETACH%20DELETE`, status: 400 },
    { path: `/api/graph?bogus=1`, status: 400 },
    { path: `/api/evidence?limit=2001`, status: 400 },
    { path: `/api/search?q=x&limit=51`, status: 400 },
    { path: `/api/path?from=nato&to=russia&maxHops=99`, status: 400 },
    { path: `/api/actors/${encodeURIComponent("x`]->() DETACH DELETE n //")}`, status: 400 },
    { path: `/api/actors/${encodeURIComponent("no-such-actor")}`, status: 404 },
    { path: `/api/../../etc/passwd`, status: 404 },
    { path: `/%2e%2e/%2e%2e/etc/passwd`, status: 404 },
  ])("answers $path with $status and a JSON error", async ({ path, status }) => {
    const response = await fetch(`${base}${path}`);
    expect(response.status).toBe(status);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(typeof body.error.message).toBe("string");
    expect(body.error.message).not.toMatch(/\n\s+at /);
  });

  it("listens on 127.0.0.1 by default", async () => {
    const serve = spawnCli(["serve", "--store", join(dir, "store"), "--port", "0"]);
    let stdout = "";
    serve.child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    for (let waited = 0; !/at http:\/\//.test(stdout) && waited < 20_000; waited += 50)
      await new Promise((resolve) => setTimeout(resolve, 50));
    serve.child.kill("SIGTERM");
    const ended = await serve.done;
    expect(stdout).toMatch(/^newsgraph is serving \S+ at http:\/\/127\.0\.0\.1:\d+\/$/m);
    expect(ended.stderr).not.toContain("anyone who can reach this address");
  }, 30_000);
});

describe("the repository", () => {
  const tracked = execFileSync("git", ["ls-files", "-z"], { cwd: REPO, encoding: "utf8" }).split("\0").filter(Boolean);
  const SECRET_PATTERNS: Array<[string, RegExp]> = [
    ["private key", /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----/],
    ["AWS access key", /\bAKIA[0-9A-Z]{16}\b/],
    ["GitHub token", /\bgh[pousr]_[A-Za-z0-9]{36,}\b/],
    ["npm token", /\bnpm_[A-Za-z0-9]{36}\b/],
    ["Slack token", /\bxox[abprs]-[A-Za-z0-9-]{10,}/],
    [
      "password-like assignment",
      /\b(?:password|passwd|secret|api[_-]?key|auth[_-]?token)\b["']?\s*[:=]\s*["'][^"'\s$]{12,}["']/i,
    ],
    ["URL with credentials", /\b(?:https?|bolt|neo4j(?:\+s)?):\/\/[^/\s:@"']+:[^/\s:@"'$]{8,}@/],
  ];

  it("has no secrets in tracked files", () => {
    const found: string[] = [];
    for (const file of tracked) {
      let text: string;
      try {
        text = readFileSync(join(REPO, file), "utf8");
      } catch {
        continue; // deleted in the working tree but still tracked
      }
      if (text.includes("\u0000")) continue;
      for (const [name, pattern] of SECRET_PATTERNS) if (pattern.test(text)) found.push(`${file}: ${name}`);
    }
    console.info(`[security] scanned ${tracked.length} tracked files for ${SECRET_PATTERNS.length} secret patterns`);
    expect(found).toEqual([]);
  });

  const ignored = (name: string): boolean => {
    try {
      return execFileSync("git", ["check-ignore", "--no-index", name], { cwd: REPO, encoding: "utf8" }).trim() === name;
    } catch (error) {
      if ((error as { status?: number }).status === 1) return false; // git check-ignore: not ignored
      throw error;
    }
  };

  it("ignores .env files and tracks none", () => {
    expect([".env", "config/.env", ".env.local", ".env.production"].filter((name) => !ignored(name))).toEqual([]);
    expect(ignored(".env.example")).toBe(false);
    expect(tracked.filter((file) => /(^|\/)\.env(\.|$)/.test(file) && !file.endsWith(".example"))).toEqual([]);
  });
});
