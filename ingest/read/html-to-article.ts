// HTML page to article text and metadata with htmlparser2's streaming parser: main text only (inside <article> or
// <main> when they hold enough text), page chrome and link lists dropped, paragraphs kept. Nothing is executed or
// fetched. The open-element stack is an array, so arbitrarily deep nesting cannot overflow the call stack.

import { Parser } from "htmlparser2";
import { findJsonLd } from "./internal/find-json-ld.ts";
import { BLOCK_TAGS, HEADING_TAGS, isArticleContainer, isSkippedElement } from "./html-skip-rules.ts";

/** Text inside <article>/<main> is used alone when it reaches this many characters. */
export const MIN_ARTICLE_CONTAINER_CHARS = 200;
/** A block whose text is mostly link text (menus, related links) is dropped above this share. */
export const MAX_LINK_TEXT_RATIO = 0.6;
/**
 * Open elements beyond this depth stop the parse, keeping the text read so far: htmlparser2's open-element stack
 * costs O(depth) per element, so pathological nesting (hundreds of thousands of unclosed tags) would take minutes.
 */
export const MAX_HTML_NESTING_DEPTH = 10_000;
/** The page is fed to the parser in slices of this many characters, so a stopped parse stops early. */
const WRITE_SLICE_CHARS = 1 << 20;

export interface HtmlArticle {
  title: string | null;
  published: string | null;
  url: string | null;
  source: string | null;
  /** Paragraphs separated by blank lines. */
  text: string;
  /** True when the parse stopped at MAX_HTML_NESTING_DEPTH; `text` then holds what came before. */
  truncated: boolean;
}

interface Block {
  text: string;
  inArticle: boolean;
}

const TITLE_SEPARATORS = [" | ", " - ", " – ", " — ", " :: ", " · "];

function squash(text: string): string {
  return text.replace(/[\s\u00a0]+/g, " ").trim();
}

/** Removes a trailing (or leading) site name from a page title: "Talks stall | Daily Planet" → "Talks stall". */
export function stripSiteSuffix(title: string, siteName: string | null): string {
  const clean = squash(title);
  if (siteName) {
    const site = squash(siteName).toLowerCase();
    for (const separator of TITLE_SEPARATORS) {
      if (clean.toLowerCase().endsWith(separator + site)) return clean.slice(0, clean.length - separator.length - site.length);
      if (clean.toLowerCase().startsWith(site + separator)) return clean.slice(site.length + separator.length);
    }
  }
  for (const separator of TITLE_SEPARATORS) {
    const at = clean.lastIndexOf(separator);
    if (at > 0) {
      const tail = clean.slice(at + separator.length);
      // A short last segment is the site name; a long one is part of the headline.
      if (tail.split(" ").length <= 4 && at >= 15) return clean.slice(0, at);
    }
  }
  return clean;
}

const META_PUBLISHED = [
  "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
  "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued", "parsely-pub-date", "sailthru.date",
];

/**
 * Extracts the article from an HTML page.
 * @example htmlToArticle("<title>Talks | Site</title><article><h1>Talks</h1><p>They met.</p></article>").text // "Talks\n\nThey met."
 */
export function htmlToArticle(html: string): HtmlArticle {
  const meta = new Map<string, string>();
  const stack: string[] = [];
  const blocks: Block[] = [];
  const jsonLd: string[] = [];
  let skipDepth = -1;
  let articleDepth = 0;
  const articleAt: number[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  let linkDepth = 0;
  let capture: "title" | "json-ld" | "h1" | null = null;
  let captured = "";
  let pageTitle: string | null = null;
  let firstH1: string | null = null;
  let canonical: string | null = null;
  let timeInArticle: string | null = null;
  let timeAnywhere: string | null = null;
  let truncated = false;

  const flush = (): void => {
    if (parts.length === 0) return;
    const text = squash(parts.join(""));
    const links = linkChars;
    parts = [];
    linkChars = 0;
    if (text === "") return;
    if (links / text.length > MAX_LINK_TEXT_RATIO) return;
    blocks.push({ text, inArticle: articleDepth > 0 });
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === "meta") {
          const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? "").toLowerCase();
          const content = attribs.content ?? attribs.datetime;
          if (key !== "" && content !== undefined && !meta.has(key)) meta.set(key, content);
        } else if (name === "link" && (attribs.rel ?? "").toLowerCase().split(/\s+/).includes("canonical")) {
          canonical ??= attribs.href ?? null;
        } else if (name === "time" && attribs.datetime) {
          if (articleDepth > 0) timeInArticle ??= attribs.datetime;
          timeAnywhere ??= attribs.datetime;
        } else if (name === "script" && (attribs.type ?? "").toLowerCase() === "application/ld+json") {
          capture = "json-ld";
          captured = "";
        } else if (name === "title" && pageTitle === null && capture === null) {
          capture = "title";
          captured = "";
        } else if (name === "h1" && firstH1 === null && capture === null) {
          capture = "h1";
          captured = "";
        }
        if (attribs.itemprop === "datePublished" && (attribs.content ?? attribs.datetime)) {
          meta.set("datepublished", (attribs.content ?? attribs.datetime) as string);
        }
        if (BLOCK_TAGS.has(name) && skipDepth < 0) flush();
        if (skipDepth < 0 && isSkippedElement(name, attribs)) skipDepth = stack.length;
        if (isArticleContainer(name, attribs) && skipDepth < 0) {
          articleDepth++;
          articleAt.push(stack.length);
        }
        if (name === "a") linkDepth++;
        stack.push(name);
        if (stack.length > MAX_HTML_NESTING_DEPTH && !truncated) {
          truncated = true;
          parser.pause();
        }
      },
      ontext(data) {
        if (capture !== null) captured += data;
        if (skipDepth >= 0) return;
        parts.push(data);
        if (linkDepth > 0) linkChars += squash(data).length;
      },
      onclosetag(name) {
        stack.pop();
        if (name === "a" && linkDepth > 0) linkDepth--;
        if (capture === "json-ld" && name === "script") jsonLd.push(captured);
        if (capture === "title" && name === "title") pageTitle = squash(captured);
        if (capture === "h1" && name === "h1") firstH1 = squash(captured);
        if ((capture === "json-ld" && name === "script") || (capture === "title" && name === "title") || (capture === "h1" && name === "h1")) {
          capture = null;
        }
        if (articleAt.length > 0 && articleAt[articleAt.length - 1] === stack.length) {
          if (skipDepth < 0) flush();
          articleAt.pop();
          articleDepth--;
        }
        if (skipDepth === stack.length) {
          skipDepth = -1;
        } else if (skipDepth < 0 && (BLOCK_TAGS.has(name) || HEADING_TAGS.has(name))) {
          flush();
        }
      },
    },
    { decodeEntities: true },
  );
  for (let at = 0; at < html.length && !truncated; at += WRITE_SLICE_CHARS) {
    parser.write(html.slice(at, at + WRITE_SLICE_CHARS));
  }
  if (!truncated) parser.end();
  flush();

  const inArticle = blocks.filter((block) => block.inArticle);
  const articleChars = inArticle.reduce((sum, block) => sum + block.text.length, 0);
  const chosen = articleChars >= MIN_ARTICLE_CONTAINER_CHARS ? inArticle : blocks;
  const ld = findJsonLd(jsonLd);
  const source = nonEmpty(meta.get("og:site_name")) ?? ld.publisher ?? nonEmpty(meta.get("application-name"));
  const rawTitle =
    nonEmpty(meta.get("og:title")) ?? nonEmpty(meta.get("twitter:title")) ?? ld.headline ?? nonEmpty(firstH1) ?? nonEmpty(pageTitle);
  const published =
    META_PUBLISHED.map((key) => nonEmpty(meta.get(key))).find((value) => value !== null) ??
    ld.datePublished ??
    timeInArticle ??
    timeAnywhere;
  return {
    title: rawTitle === null ? null : nonEmpty(stripSiteSuffix(rawTitle, source)),
    published: published ?? null,
    url: nonEmpty(canonical) ?? nonEmpty(meta.get("og:url")) ?? ld.url,
    source,
    text: chosen.map((block) => block.text).join("\n\n"),
    truncated,
  };
}

function nonEmpty(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = squash(value);
  return trimmed === "" ? null : trimmed;
}
