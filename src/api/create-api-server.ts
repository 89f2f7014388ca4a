// The HTTP API and viewer host: read-only JSON routes over any GraphReader (embedded store or Neo4j), plus the
// built viewer. GET/HEAD only, every parameter validated, result sizes capped, security headers on every answer.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { LimitExceededError, NewsgraphError, NotFoundError } from "../../graph-schema/index.ts";
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
import { allowedHosts as defaultAllowedHosts, type AllowedHosts } from "./allowed-hosts.ts";
import { serveStatic } from "./serve-static.ts";

export interface ApiServerOptions {
  reader: GraphReader;
  /** Folder of the built viewer; when absent `/` explains how to build it. */
  viewerDir?: string | null;
  /** Longest request URL accepted, in bytes. */
  maxUrlBytes?: number;
  /** Called for each answered request (logging). */
  onRequest?: (entry: { method: string; path: string; status: number; ms: number }) => void;
  /** Host headers answered (421 otherwise); by default those of 127.0.0.1 (see allowed-hosts.ts). */
  allowedHosts?: AllowedHosts;
  /** Open connections at once; more are refused until one closes. */
  maxConnections?: number;
  /** Largest JSON answer, in bytes; a larger one is refused with 413 and a hint to narrow or page the query. */
  maxAnswerBytes?: number;
}

export const DEFAULT_MAX_URL_BYTES = 8_192;
/** Response links per page of /api/responses when no limit is given (what the viewer asks for). */
export const DEFAULT_RESPONSE_PAGE = 200;
export const DEFAULT_MAX_CONNECTIONS = 64;
export const DEFAULT_MAX_ANSWER_BYTES = 8 * 1024 * 1024;
/** A client has this long to send its request headers, and this long for the whole request (slow clients). */
export const HEADERS_TIMEOUT_MS = 10_000;
export const REQUEST_TIMEOUT_MS = 30_000;
/** An idle keep-alive connection is closed after this long. */
export const KEEP_ALIVE_TIMEOUT_MS = 5_000;

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

function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    ...headers,
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
  });
  response.end(text);
}

const ANSWER = Symbol("answer");
/** An answer with headers of its own (a page's link to the next one). */
interface Answer {
  [ANSWER]: true;
  body: unknown;
  headers: Record<string, string>;
}
const isAnswer = (value: unknown): value is Answer => typeof value === "object" && value !== null && ANSWER in value;

/** `body` with a link to the next page, starting at `nextOffset`, while `more` may follow: `Link: <…offset=N>; rel="next"`. */
function paged(body: unknown, url: URL, nextOffset: number, more: boolean): unknown {
  if (!more) return body;
  const next = new URL(url.href);
  next.searchParams.set("offset", String(nextOffset));
  return { [ANSWER]: true, body, headers: { link: `<${next.pathname}${next.search}>; rel="next"` } };
}

function sendError(response: ServerResponse, error: unknown): number {
  const known = error instanceof NewsgraphError;
  const status = known ? (STATUS_BY_CODE[error.code] ?? 500) : 500;
  const message = known && status < 500 ? error.message : "internal error; see the server log";
  sendJson(response, status, { error: { code: known ? error.code : "INTERNAL", message } });
  return status;
}

type Route = (params: URLSearchParams, rest: string, url: URL) => Promise<unknown>;

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
    [
      "responses",
      async (params, _rest, url) => {
        const query = parseResponseQuery(params);
        const limit = query.limit ?? DEFAULT_RESPONSE_PAGE;
        const links = await reader.responseThreads({ ...query, limit });
        // A full page means more may follow.
        return paged(links, url, (query.offset ?? 0) + links.length, links.length === limit);
      },
    ],
    [
      "actor-table",
      async (params, _rest, url) => {
        const query = parseActorTableQuery(params);
        const table = await reader.actorTable(query);
        const end = query.offset + table.rows.length;
        return paged(table, url, end, table.rows.length > 0 && end < table.total);
      },
    ],
    ["days", (params) => reader.statementsPerDay(parseDaysQuery(params))],
    ["pair", (params) => reader.pairSummary(parsePairQuery(params))],
    [
      "actors",
      async (_params, rest) => {
        const id = parseActorIdSegment(rest);
        const details = await reader.actor(id);
        if (!details)
          throw new NotFoundError(`no actor with id "${id}"`, { hint: "search for it with /api/search?q=" });
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
  const hosts = options.allowedHosts ?? defaultAllowedHosts("127.0.0.1");
  const maxAnswerBytes = options.maxAnswerBytes ?? DEFAULT_MAX_ANSWER_BYTES;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<number> {
    if (!hosts.allows(request.headers.host)) {
      const given = (request.headers.host ?? "").slice(0, 100);
      sendJson(response, 421, {
        error: {
          code: "USAGE",
          message: `this server answers requests for ${hosts.names.join(", ")}, not "${given}"; start serve with --allow-host NAME to add a name`,
        },
      });
      return 421;
    }
    const method = request.method ?? "GET";
    if (method !== "GET" && method !== "HEAD") {
      response.setHeader("allow", "GET, HEAD");
      sendJson(response, 405, {
        error: { code: "USAGE", message: `method ${method} not allowed; the API is read-only` },
      });
      return 405;
    }
    const rawUrl = request.url ?? "/";
    if (Buffer.byteLength(rawUrl) > maxUrlBytes) {
      sendJson(response, 414, { error: { code: "LIMIT_EXCEEDED", message: `request URL over ${maxUrlBytes} bytes` } });
      return 414;
    }
    let url: URL;
    try {
      // A path (origin-form), or a whole URL (absolute-form) naming a host this server answers.
      url = new URL(rawUrl, "http://localhost");
      const absolute = /^https?:\/\//i.test(rawUrl);
      if (!rawUrl.startsWith("/") && !(absolute && hosts.allows(url.host))) throw new TypeError("bad target");
    } catch {
      sendJson(response, 400, {
        error: {
          code: "USAGE",
          message: `the request target is not a path such as /api/stats; found "${rawUrl.slice(0, 100)}"`,
        },
      });
      return 400;
    }
    if (url.pathname.startsWith("/api/")) {
      const [name = "", ...restParts] = url.pathname.slice("/api/".length).split("/");
      const route = routes.get(name);
      const rest = restParts.join("/");
      if (!route || (name !== "actors" && rest !== "") || (name === "actors" && rest === "")) {
        sendJson(response, 404, { error: { code: "NOT_FOUND", message: `no API route ${url.pathname}` } });
        return 404;
      }
      try {
        const result = await route(url.searchParams, rest, url);
        const [body, headers] = isAnswer(result) ? [result.body, result.headers] : [result, {}];
        if (Buffer.byteLength(JSON.stringify(body)) > maxAnswerBytes) {
          throw new LimitExceededError(`the answer is over ${maxAnswerBytes} bytes`, {
            hint: "narrow the query (filters, a lower limit) or page through it with offset",
          });
        }
        sendJson(response, 200, body, headers);
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

  const server = createServer((request, response) => {
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
  // Slow or stalled clients cannot hold connections for long, and only so many at once.
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.maxConnections = options.maxConnections ?? DEFAULT_MAX_CONNECTIONS;
  return server;
}
