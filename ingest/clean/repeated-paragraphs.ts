// Cross-article boilerplate: a paragraph that recurs in many articles of one source within a run (a teaser block,
// "other topics of interest", a newsletter or app plug) is page furniture, not news. A first pass counts each
// paragraph once per article, by source (the given source, else the URL's host, else one group for the run); the
// paragraphs found in at least max(MIN_REPEATS, REPEATED_SHARE of the group's articles) are dropped when cleaning.

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

/**
 * A paragraph's 31-bit fingerprint: case, spacing and closing punctuation do not matter. Small integers keep the
 * first pass's counts at about 30 bytes a paragraph (a 100k-article run counts about a million); a collision can
 * only add one paragraph's count to another's, and a unique paragraph dropped for it needs a collision with one of
 * the few recurring ones (about 1 in 20 million).
 */
export function paragraphFingerprint(paragraph: string): number {
  const folded = paragraph.toLowerCase().replace(/\s+/g, " ").replace(/[\s.:!?…]+$/u, "").trim();
  // FNV-1a over the UTF-16 code units: a tenth of the cost of a cryptographic hash, and as good for counting.
  let hash = 0x811c9dc5;
  for (let i = 0; i < folded.length; i++) hash = Math.imul(hash ^ folded.charCodeAt(i), 0x01000193);
  return hash & 0x7fffffff;
}

/** The key cleaning looks a paragraph up by: its group and fingerprint. */
export function repeatedParagraphKey(group: string, paragraph: string): string {
  return `${group}\u0000${paragraphFingerprint(paragraph)}`;
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
  /** Per group: its number of articles, and how many of them hold each fingerprint. */
  const groups = new Map<string, { articles: number; counts: Map<number, number> }>();
  return {
    add(article) {
      const name = sourceGroup(article);
      let group = groups.get(name);
      if (group === undefined) groups.set(name, (group = { articles: 0, counts: new Map() }));
      group.articles++;
      const seen = new Set<number>();
      for (const paragraph of splitParagraphs(article.text)) {
        if (wordCount(paragraph) >= MIN_REPEATED_WORDS) seen.add(paragraphFingerprint(paragraph));
      }
      for (const fingerprint of seen) group.counts.set(fingerprint, (group.counts.get(fingerprint) ?? 0) + 1);
    },
    repeated() {
      const found: string[] = [];
      for (const [name, group] of groups) {
        const needed = Math.max(MIN_REPEATS, Math.ceil(REPEATED_SHARE * group.articles));
        for (const [fingerprint, count] of group.counts) if (count >= needed) found.push(`${name}\u0000${fingerprint}`);
      }
      return found.sort();
    },
  };
}
