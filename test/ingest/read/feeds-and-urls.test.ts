// RSS and Atom feeds, and http(s) inputs through the bounded client, against a server on 127.0.0.1 only.

import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { feedToArticles, looksLikeFeed } from "../../../ingest/read/feed-to-articles.ts";
import { fetchUrl, USER_AGENT, type FetchLimits } from "../../../ingest/read/fetch-url.ts";
import { readInputs } from "../../../ingest/read/read-inputs.ts";
import type { ReadResult } from "../../../ingest/read/source-article.ts";

const FEEDS = fileURLToPath(new URL("../../fixtures/inputs/feeds/", import.meta.url));
const RSS = readFileSync(join(FEEDS, "desk.rss"), "utf8");
const ATOM = readFileSync(join(FEEDS, "desk.atom"), "utf8");
const PAGE = `<!doctype html><html><head><title>Envoys meet in Vienna | Example Times</title>
<meta property="article:published_time" content="2022-01-13T10:00:00Z"></head>
<body><nav>Home News Sport</nav><article><h1>Envoys meet in Vienna</h1>
<p>Envoys of the OSCE met in Vienna on Thursday and called on Russia to pull back its troops from the border with Ukraine.</p>
<p>The Russian envoy rejected the call and accused the alliance of provocations.</p></article></body></html>`;

describe("feeds", () => {
  it("reads each RSS item with its title, link, date, the channel as source and content:encoded over the teaser", () => {
    const results = feedToArticles(RSS, "desk.rss");
    expect(results.map((result) => (result.kind === "article" ? result.article : result.rejection))).toEqual([
      {
        file: "desk.rss#1",
        format: "feed",
        id: null,
        title: "Stoltenberg warns Russia over troop build-up",
        published: "Tue, 25 Jan 2022 09:30:00 +0000",
        source: "Example Security Desk",
        url: "https://example.test/2022/01/25/warning",
        text: "NATO Secretary General Jens Stoltenberg warned Russia on Tuesday that any new aggression against Ukraine would carry a high price.\n\nKremlin spokesman Dmitry Peskov accused NATO of stoking tensions & said Moscow had no plans to attack.",
      },
      expect.objectContaining({ file: "desk.rss#2", published: "2022-01-27T14:00:00Z", url: "https://example.test/2022/01/27/reply" }),
      { file: "desk.rss#3", code: "EMPTY", reason: "desk.rss#3: the item has no content or description" },
    ]);
  });

  it("reads Atom entries with their published date, alternate link and HTML content", () => {
    const [result] = feedToArticles(ATOM, "wire.atom");
    expect(result).toEqual({
      kind: "article",
      article: {
        file: "wire.atom#1",
        format: "feed",
        id: null,
        title: "Scholz and Macron meet in Berlin",
        published: "2022-02-01T08:00:00Z",
        source: "Example Diplomacy Wire",
        url: "https://example.test/wire/berlin",
        text: "German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on Tuesday to discuss the crisis.",
      },
    });
  });

  it.each([
    [RSS, true],
    [ATOM, true],
    ['<?xml version="1.0"?>\n<!-- a comment -->\n<rdf:RDF xmlns:rdf="x"><item/></rdf:RDF>', true],
    ['<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', false],
    [PAGE, false],
  ])("looksLikeFeed %#", (text, expected) => {
    expect(looksLikeFeed(text)).toBe(expected);
  });
});

describe("http(s) inputs on a loopback server", () => {
  let server: Server;
  let base: string;
  let userAgent = "";
  const routes: Record<string, (request: IncomingMessage, response: ServerResponse) => void> = {
    "/story": (_, response) => response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE),
    "/feed": (_, response) => response.writeHead(200, { "content-type": "application/rss+xml" }).end(RSS),
    "/moved": (_, response) => response.writeHead(301, { location: "/story" }).end(),
    "/loop": (_, response) => response.writeHead(302, { location: "/loop" }).end(),
    "/to-ftp": (_, response) => response.writeHead(302, { location: "ftp://127.0.0.1/file" }).end(),
    "/photo": (_, response) => response.writeHead(200, { "content-type": "image/png" }).end(Buffer.alloc(100)),
    "/big": (_, response) => response.writeHead(200, { "content-type": "text/html" }).end("<p>" + "x".repeat(5_000) + "</p>"),
    "/big-streamed": (_, response) => {
      response.writeHead(200, { "content-type": "text/html" });
      for (let i = 0; i < 10; i++) response.write("<p>" + "y".repeat(1_000) + "</p>");
      response.end();
    },
    "/gone": (_, response) => response.writeHead(404, { "content-type": "text/html" }).end("not here"),
    "/slow": () => undefined, // never answers
  };

  beforeAll(async () => {
    server = createServer((request, response) => {
      userAgent = request.headers["user-agent"] ?? "";
      (routes[request.url ?? ""] ?? routes["/gone"]!)(request, response);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const limits: FetchLimits = { timeoutMs: 500, maxBytes: 4_000, maxRedirects: 3, userAgent: USER_AGENT };

  it("fetches a page with a user agent naming newsgraph, following redirects", async () => {
    const fetched = await fetchUrl(`${base}/moved`, limits);
    expect(fetched).toMatchObject({ ok: true, url: `${base}/story`, format: "html" });
    expect(userAgent).toMatch(/^newsgraph\//);
  });

  it.each([
    ["/loop", "NOT_FOUND", "more than 3 redirects"],
    ["/to-ftp", "UNSUPPORTED", "only http and https"],
    ["/photo", "UNSUPPORTED", 'content type "image/png"'],
    ["/big", "TOO_LARGE", "over the 4000-byte limit"],
    ["/big-streamed", "TOO_LARGE", "over the 4000-byte limit"],
    ["/gone", "NOT_FOUND", "HTTP 404"],
    ["/slow", "NOT_FOUND", "no complete answer within 0.5 s"],
  ])("rejects %s as %s", async (path, code, reason) => {
    const fetched = await fetchUrl(`${base}${path}`, limits);
    expect(fetched).toMatchObject({ ok: false, code });
    expect(fetched.ok === false && fetched.reason).toContain(reason);
  });

  it("reads a page URL and a feed URL like local files, the page's URL kept as the article's", async () => {
    const results: ReadResult[] = [];
    for await (const result of readInputs([`${base}/story`, `${base}/feed`, `${base}/photo`], { fetchTimeoutMs: 2_000 })) results.push(result);
    expect(results.map((result) => (result.kind === "article" ? [result.article.file, result.article.url, result.article.title] : [result.rejection.file, result.rejection.code]))).toEqual([
      [`${base}/story`, `${base}/story`, "Envoys meet in Vienna"],
      [`${base}/feed#1`, "https://example.test/2022/01/25/warning", "Stoltenberg warns Russia over troop build-up"],
      [`${base}/feed#2`, "https://example.test/2022/01/27/reply", "Lavrov rejects the accusations"],
      [`${base}/feed#3`, "EMPTY"],
      [`${base}/photo`, "UNSUPPORTED"],
    ]);
  });
});
