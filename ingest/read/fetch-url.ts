// The bounded HTTP client behind `http(s)://` inputs: one GET with a user agent naming newsgraph, a total time limit,
// at most a few redirects (to http or https only), a size limit read as the body streams, and a content-type check,
// so a URL gives a page, a feed or a JSON/text document, or one clear rejection.

import type { InputFormat, InputRejection } from "./source-article.ts";

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
}

export const DEFAULT_FETCH_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_REDIRECTS = 5;
export const USER_AGENT = "newsgraph/0.1 (news knowledge-graph builder; reads one page or feed per request)";

export type FetchedDocument =
  | { ok: true; url: string; bytes: Uint8Array; format: InputFormat }
  | { ok: false; code: InputRejection["code"]; reason: string };

/** The reader for a response's content type, or null when newsgraph reads no such content. */
export function formatForContentType(contentType: string): InputFormat | null {
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  if (type === "text/html" || type === "application/xhtml+xml") return "html";
  if (type === "application/rss+xml" || type === "application/atom+xml" || type === "application/rdf+xml") return "feed";
  if (type === "application/xml" || type === "text/xml") return "feed";
  if (type === "application/json" || type === "application/feed+json") return "json";
  if (type === "application/x-ndjson" || type === "application/jsonl") return "jsonl";
  if (type === "text/csv") return "csv";
  if (type === "text/plain" || type === "text/markdown") return type === "text/plain" ? "txt" : "md";
  return null;
}

async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  const declared = Number(response.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    return null;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(0);
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    size += next.value.length;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(next.value);
  }
  return Buffer.concat(chunks);
}

function failure(code: InputRejection["code"], reason: string): FetchedDocument {
  return { ok: false, code, reason };
}

/**
 * Fetches `url` within `limits`. Never throws: network errors, timeouts, HTTP errors, redirect loops, oversized
 * bodies and unreadable content types come back as `{ ok: false, code, reason }`.
 * @example const page = await fetchUrl("http://127.0.0.1:8080/story", { ...limits });
 */
export async function fetchUrl(url: string, limits: FetchLimits): Promise<FetchedDocument> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let current = url;
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(current, {
        redirect: "manual",
        signal,
        headers: {
          "user-agent": limits.userAgent,
          accept: "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, application/json;q=0.8, text/plain;q=0.7",
        },
      });
      if (response.status >= 300 && response.status < 400 && response.headers.has("location")) {
        await response.body?.cancel();
        if (redirects >= limits.maxRedirects) return failure("NOT_FOUND", `more than ${limits.maxRedirects} redirects`);
        const next = new URL(response.headers.get("location")!, current);
        if (next.protocol !== "http:" && next.protocol !== "https:") {
          return failure("UNSUPPORTED", `redirected to a ${next.protocol} URL; only http and https are fetched`);
        }
        current = next.href;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        return failure("NOT_FOUND", `the server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`);
      }
      const contentType = response.headers.get("content-type") ?? "";
      const format = formatForContentType(contentType);
      if (format === null) {
        await response.body?.cancel();
        return failure("UNSUPPORTED", `content type ${JSON.stringify(contentType || "none")} is not a page, feed, JSON or text`);
      }
      const bytes = await readLimited(response, limits.maxBytes);
      if (bytes === null) return failure("TOO_LARGE", `the response is over the ${limits.maxBytes}-byte limit (--max-file-mb)`);
      return { ok: true, url: current, bytes, format };
    }
  } catch (error) {
    if (signal.aborted) return failure("NOT_FOUND", `no complete answer within ${limits.timeoutMs / 1000} s`);
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const detail = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
    return failure("NOT_FOUND", `could not be fetched (${detail})`);
  }
}
