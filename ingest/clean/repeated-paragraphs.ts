// Cross-article boilerplate: a paragraph that recurs in many articles of one source within a run (a teaser block,
// "other topics of interest", a newsletter or app plug) is page furniture, not news. A first pass counts each
// paragraph once per article, by source (the given source, else the URL's host, else one group for the run); the
// paragraphs found in at least max(MIN_REPEATS, REPEATED_SHARE of the group's articles) are dropped when cleaning.

import { createHash } from "node:crypto";
import type { SourceArticle } from "../read/source-article.ts";
import { splitParagraphs } from "./split-paragraphs.ts";

/** A paragraph must recur in at least this many articles of its source to be dropped. */
export const MIN_REPEATS = 4;
/** …and in at least this share of them (1.5%: 6 of 390 articles). */
export const REPEATED_SHARE = 0.015;
/** Paragraphs shorter than this many words are left to the per-article rules (boilerplate-rules.ts). */
export const MIN_REPEATED_WORDS = 4;

/** The group an article's paragraphs are counted in: its source, else its URL's host, else "" (the run). */
export function sourceGroup(article: Pick<SourceArticle, "source" | "url">): string {
  if (article.source !== null && article.source.trim() !== "") return article.source.trim().toLowerCase();
  if (article.url !== null) {
    try {
      return new URL(article.url).host.toLowerCase();
    } catch {
      // Not a URL: the article counts with the run.
    }
  }
  return "";
}

/** The key of a paragraph within a group: case, spacing and closing punctuation do not matter. */
export function repeatedParagraphKey(group: string, paragraph: string): string {
  const folded = paragraph.toLowerCase().replace(/\s+/g, " ").replace(/[\s.:!?…]+$/u, "").trim();
  return `${group}\u0000${createHash("sha1").update(folded).digest("base64").slice(0, 16)}`;
}

function wordCount(paragraph: string): number {
  return paragraph.split(" ").filter((word) => /\p{L}/u.test(word)).length;
}

export interface RepeatedParagraphCounter {
  add(article: SourceArticle): void;
  /** The keys of the paragraphs that recur often enough in their group. */
  repeated(): string[];
}

/**
 * Counts paragraphs across articles.
 * @example
 * const counter = createRepeatedParagraphCounter();
 * for (const article of articles) counter.add(article);
 * const drop = new Set(counter.repeated());
 */
export function createRepeatedParagraphCounter(): RepeatedParagraphCounter {
  const counts = new Map<string, number>();
  const articlesPerGroup = new Map<string, number>();
  return {
    add(article) {
      const group = sourceGroup(article);
      articlesPerGroup.set(group, (articlesPerGroup.get(group) ?? 0) + 1);
      const keys = new Set<string>();
      for (const paragraph of splitParagraphs(article.text)) {
        if (wordCount(paragraph) >= MIN_REPEATED_WORDS) keys.add(repeatedParagraphKey(group, paragraph));
      }
      for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    },
    repeated() {
      const found: string[] = [];
      for (const [key, count] of counts) {
        const group = key.slice(0, key.indexOf("\u0000"));
        const needed = Math.max(MIN_REPEATS, Math.ceil(REPEATED_SHARE * (articlesPerGroup.get(group) ?? 0)));
        if (count >= needed) found.push(key);
      }
      return found.sort();
    },
  };
}
