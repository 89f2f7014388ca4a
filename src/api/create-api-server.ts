// The HTTP API and viewer host: read-only JSON routes over any GraphReader (embedded store or Neo4j), plus the
// built viewer. GET/HEAD only, every parameter validated, result sizes capped, security headers on every answer.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { NewsgraphError, NotFoundError } from "../../graph-schema/index.ts";
import type { GraphReader } from "../store/graph-store.ts";
import {
  parseActorIdSegment,
  parseActorTableQuery,
  parseDaysQuery,
  parseEvidenceQuery,
  parseGraphQuery,
  parsePairQuery,
  parsePathQuery,
  parseResponseQuery,
  parseSearchQuery,
} from "./parse-query-params.ts";
import { serveStatic } from "./serve-static.ts";

export interface ApiServerOptions {
  reader: GraphReader;
  /** Folder of the built viewer; when absent `/` explains how to build it. */
  viewerDir?: string | null;
  /** Longest request URL accepted, in bytes. */
  maxUrlBytes?: number;
  /** Called for each answered request (logging). */
  onRequest?: (entry: { method: string; path: string; status: number; ms: number }) => void;
}

export const DEFAULT_MAX_URL_BYTES = 8_192;

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
  "content-security-policy":
    "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
};

const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  USAGE: 400,
  INVALID_INPUT: 400,
  NOT_FOUND: 404,
  LIMIT_EXCEEDED: 413,
  STORE_UNAVAILABLE: 503,
};

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
  });
  response.end(text);
}

function sendError(response: ServerResponse, error: unknown): number {
  const known = error instanceof NewsgraphError;
  const status = known ? (STATUS_BY_CODE[error.code] ?? 500) : 500;
  const message = known && status < 500 ? error.message : "internal error; see the server log";
  sendJson(response, status, { error: { code: known ? error.code : "INTERNAL", message } });
  return status;
}

type Route = (params: URLSearchParams, rest: string) => Promise<unknown>;

function apiRoutes(reader: GraphReader): Map<string, Route> {
  return new Map<string, Route>([
    ["stats", () => reader.stats()],
    ["graph", (params) => reader.graph(parseGraphQuery(params))],
    ["evidence", (params) => reader.evidence(parseEvidenceQuery(params))],
    [
      "search",
      (params) => {
        const { text, limit } = parseSearchQuery(params);
        return text === "" ? Promise.resolve([]) : reader.searchActors(text, limit);
      },
    ],
    [
      "path",
      async (params) => {
        const { from, to, maxHops } = parsePathQuery(params);
        return { path: await reader.shortestPath(from, to, maxHops) };
      },
    ],
    ["responses", (params) => reader.responseThreads(parseResponseQuery(params))],
    ["actor-table", (params) => reader.actorTable(parseActorTableQuery(params))],
    ["days", (params) => reader.statementsPerDay(parseDaysQuery(params))],
    ["pair", (params) => reader.pairSummary(parsePairQuery(params))],
    [
      "actors",
      async (_params, rest) => {
        const id = parseActorIdSegment(rest);
        const details = await reader.actor(id);
        if (!details) throw new NotFoundError(`no actor with id "${id}"`, { hint: "search for it with /api/search?q=" });
        return details;
      },
    ],
  ]);
}

/**
 * Creates the server; call `listen(port, host)` on it. Host 127.0.0.1 is the caller's default.
 * @example
 * const server = createApiServer({ reader: store, viewerDir: "viewer/dist" });
 * server.listen(5173, "127.0.0.1");
 */
export function createApiServer(options: ApiServerOptions): Server {
  const routes = apiRoutes(options.reader);
  const maxUrlBytes = options.maxUrlBytes ?? DEFAULT_MAX_URL_BYTES;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<number> {
    const method = request.method ?? "GET";
    if (method !== "GET" && method !== "HEAD") {
      response.setHeader("allow", "GET, HEAD");
      sendJson(response, 405, { error: { code: "USAGE", message: `method ${method} not allowed; the API is read-only` } });
      return 405;
    }
    const rawUrl = request.url ?? "/";
    if (Buffer.byteLength(rawUrl) > maxUrlBytes) {
      sendJson(response, 414, { error: { code: "LIMIT_EXCEEDED", message: `request URL over ${maxUrlBytes} bytes` } });
      return 414;
    }
    const url = new URL(rawUrl, "http://localhost");
    if (url.pathname.startsWith("/api/")) {
      const [name = "", ...restParts] = url.pathname.slice("/api/".length).split("/");
      const route = routes.get(name);
      const rest = restParts.join("/");
      if (!route || (name !== "actors" && rest !== "") || (name === "actors" && rest === "")) {
        sendJson(response, 404, { error: { code: "NOT_FOUND", message: `no API route ${url.pathname}` } });
        return 404;
      }
      try {
        sendJson(response, 200, await route(url.searchParams, rest));
        return 200;
      } catch (error) {
        const status = sendError(response, error);
        if (status >= 500) console.error(error);
        return status;
      }
    }
    if (options.viewerDir && (await serveStatic(options.viewerDir, url.pathname, response, method === "HEAD"))) {
      return 200;
    }
    if (!options.viewerDir && url.pathname === "/") {
      response.writeHead(200, { ...SECURITY_HEADERS, "content-type": "text/plain; charset=utf-8" });
      response.end("newsgraph API is running; the viewer is not built: run `npm run build`, then restart serve.\n");
      return 200;
    }
    sendJson(response, 404, { error: { code: "NOT_FOUND", message: `no file ${url.pathname}` } });
    return 404;
  }

  return createServer((request, response) => {
    const started = performance.now();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    handle(request, response)
      .catch((error: unknown) => (response.headersSent ? 500 : sendError(response, error)))
      .then((status) => {
        options.onRequest?.({
          method: request.method ?? "GET",
          path: (request.url ?? "/").split("?")[0] ?? "/",
          status,
          ms: performance.now() - started,
        });
      });
  });
}
