// What the server refuses before answering: a Host header naming another site (DNS rebinding: 421), a request
// target that is not a path (400), an answer over the size cap (413), connections over the cap, on every route
// (issue 19's actor table, days and pair too); and how /api/responses and /api/actor-table page.

import { connect } from "node:net";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allowedHosts } from "../../../src/api/allowed-hosts.ts";
import { createApiServer } from "../../../src/api/create-api-server.ts";
import { openSqliteStore, type SqliteStore } from "../../../src/store/sqlite-store.ts";
import { newsFixtureBatch } from "../../e2e/support/news-fixture.ts";

let dir: string;
let store: SqliteStore;
const servers: Server[] = [];

async function start(options: Partial<Parameters<typeof createApiServer>[0]> = {}): Promise<number> {
  const server = createApiServer({ reader: store, ...options });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

/** Sends `head` as the request's start line and headers over a raw socket; resolves with the status and body. */
function rawRequest(port: number, head: string): Promise<{ status: number; headers: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let data = "";
    socket.on("data", (chunk: Buffer) => (data += chunk.toString()));
    socket.on("error", reject);
    socket.on("close", () => {
      const [headers = "", body = ""] = data.split("\r\n\r\n");
      resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(headers)?.[1] ?? 0), headers, body });
    });
    socket.write(`${head}\r\nConnection: close\r\n\r\n`);
  });
}

let port: number;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-api-guards-"));
  store = openSqliteStore(join(dir, "store"), { create: true });
  await store.write(newsFixtureBatch());
  port = await start();
});

afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the Host header", () => {
  it.each([
    { host: "127.0.0.1:8484", status: 200 },
    { host: "localhost", status: 200 },
    { host: "LOCALHOST:80", status: 200 },
    { host: "[::1]:8484", status: 200 },
    { host: "attacker.example:8484", status: 421 },
    { host: "127.0.0.1.attacker.example", status: 421 },
    { host: "localhost.", status: 421 },
    { host: "", status: 421 },
  ])("$host gets $status", async ({ host, status }) => {
    const answer = await rawRequest(port, `GET /api/stats HTTP/1.1\r\nHost: ${host}`);
    expect(answer.status).toBe(status);
    if (status === 421)
      expect(JSON.parse(answer.body).error.message).toMatch(/answers requests for localhost, 127\.0\.0\.1, ::1, not/);
  });

  it.each(["/api/actor-table", "/api/days?minConfidence=0.5", "/api/pair?subject=russia&object=nato"])(
    "%s is behind the same check",
    async (path) => {
      expect((await rawRequest(port, `GET ${path} HTTP/1.1\r\nHost: attacker.example:8484`)).status).toBe(421);
      expect((await rawRequest(port, `GET ${path} HTTP/1.1\r\nHost: localhost:8484`)).status).toBe(200);
    },
  );

  it("answers a name given with --allow-host, and only on that server", async () => {
    const allowing = await start({ allowedHosts: allowedHosts("127.0.0.1", ["graph.newsroom.internal"]) });
    expect((await rawRequest(allowing, "GET /api/stats HTTP/1.1\r\nHost: graph.newsroom.internal:8484")).status).toBe(
      200,
    );
    expect((await rawRequest(port, "GET /api/stats HTTP/1.1\r\nHost: graph.newsroom.internal:8484")).status).toBe(421);
  });

  it.each([
    { listen: "127.0.0.1", host: "192.168.1.20:8484", allowed: false },
    { listen: "0.0.0.0", host: "192.168.1.20:8484", allowed: true },
    { listen: "0.0.0.0", host: "[fe80::1]:8484", allowed: true },
    { listen: "0.0.0.0", host: "attacker.example", allowed: false },
    { listen: "::", host: "localhost:8484", allowed: true },
    { listen: "10.1.2.3", host: "10.1.2.3:8484", allowed: true },
    { listen: "::1", host: "[::1]", allowed: true },
    { listen: "graph.internal", host: "GRAPH.internal:80", allowed: true },
  ])("listening on $listen, $host is allowed: $allowed", ({ listen, host, allowed }) => {
    expect(allowedHosts(listen).allows(host)).toBe(allowed);
  });
});

describe("request targets", () => {
  it.each([
    { target: "http://[", status: 400 },
    { target: "*", status: 400 },
    { target: "api/stats", status: 400 },
    { target: "http://127.0.0.1/api/stats", status: 200 },
    { target: "http://attacker.example/api/stats", status: 400 },
  ])("GET $target gets $status", async ({ target, status }) => {
    expect((await rawRequest(port, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1`)).status).toBe(status);
  });
});

describe("answer sizes", () => {
  it("refuses an answer over the cap with 413 and a hint", async () => {
    const small = await start({ maxAnswerBytes: 100 });
    const answer = await rawRequest(small, "GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1");
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error.message).toMatch(
      /over 100 bytes; narrow the query .* page through it with offset/,
    );
  });

  it.each(["/api/actor-table?limit=1000", "/api/days", "/api/pair?subject=russia&object=nato"])(
    "refuses %s over the cap too",
    async (path) => {
      const small = await start({ maxAnswerBytes: 40 });
      expect((await rawRequest(small, `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1`)).status).toBe(413);
    },
  );

  it("pages /api/actor-table with limit, offset and a Link to the next page while rows remain", async () => {
    type Table = { total: number; rows: Array<{ id: string }> };
    const whole = JSON.parse(
      (await rawRequest(port, "GET /api/actor-table?sort=name&limit=1000 HTTP/1.1\r\nHost: 127.0.0.1")).body,
    ) as Table;
    expect(whole.total).toBeGreaterThan(8);
    const seen: string[] = [];
    const links: string[] = [];
    let next: string | null = "/api/actor-table?sort=name&limit=4";
    while (next !== null) {
      const page = await rawRequest(port, `GET ${next} HTTP/1.1\r\nHost: 127.0.0.1`);
      const table = JSON.parse(page.body) as Table;
      expect(table.total).toBe(whole.total);
      seen.push(...table.rows.map((row) => row.id));
      next = /^link: <([^>]+)>; rel="next"$/im.exec(page.headers)?.[1] ?? null;
      if (next) links.push(next);
    }
    expect(seen).toEqual(whole.rows.map((row) => row.id));
    expect(links.length).toBe(Math.ceil(whole.total / 4) - 1);
    expect(links[0]).toBe("/api/actor-table?sort=name&limit=4&offset=4");
  });

  it("pages /api/responses with limit, offset and a Link to the next page", async () => {
    const all = await rawRequest(port, "GET /api/responses?actor=volodymyr-zelensky HTTP/1.1\r\nHost: 127.0.0.1");
    const links = JSON.parse(all.body) as Array<{ from: { id: string } }>;
    expect(links.length).toBeGreaterThan(1);
    const pages: string[] = [];
    let next: string | null = "/api/responses?actor=volodymyr-zelensky&limit=1";
    while (next !== null) {
      const page = await rawRequest(port, `GET ${next} HTTP/1.1\r\nHost: 127.0.0.1`);
      pages.push(...(JSON.parse(page.body) as Array<{ from: { id: string } }>).map((link) => link.from.id));
      next = /^link: <([^>]+)>; rel="next"$/im.exec(page.headers)?.[1] ?? null;
    }
    expect(pages).toEqual(links.map((link) => link.from.id));
  });
});

describe("connections", () => {
  it("refuses connections over the cap", async () => {
    const capped = await start({ maxConnections: 2 });
    const open = [connect(capped, "127.0.0.1"), connect(capped, "127.0.0.1")];
    for (const socket of open) socket.on("error", () => undefined);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const third = connect(capped, "127.0.0.1");
    third.on("error", () => undefined);
    const closedAt = await new Promise<number>((resolve) => third.on("close", () => resolve(Date.now())));
    expect(closedAt).toBeGreaterThan(0);
    for (const socket of open) socket.destroy();
  });
});
