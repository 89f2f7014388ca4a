// A SourceArticle from a reader to the cleaned text the extractor reads and its ArticleRecord: boilerplate
// paragraphs dropped, glued credits and wire datelines cut, the title as the first paragraph, paragraphs separated
// by one blank line, the date normalised (or found in a date line), the language detected, the content hashed.

import { createHash } from "node:crypto";
import type { ArticleRecord, PublishedFrom } from "../../graph-schema/extraction-contract.ts";
import type { InputRejection, SourceArticle } from "../read/source-article.ts";
import { isAllCapsHeadline, matchBoilerplate } from "./boilerplate-rules.ts";
import { type CleanOptions, resolveCleanOptions } from "./clean-options.ts";
import { detectLanguage } from "./detect-language.ts";
import { findDateLine } from "./find-date-line.ts";
import { normaliseDate } from "./normalise-date.ts";
import { repeatedParagraphKey, sourceGroup } from "./repeated-paragraphs.ts";
import { normaliseWhitespace, splitParagraphs } from "./split-paragraphs.ts";
import { splitAtInnerDateline, stripCreditPrefix, stripDateline } from "./strip-paragraph-prefix.ts";

/** A first paragraph longer than this is not taken whole as the title: its first sentence is. */
export const MAX_TITLE_CHARS = 300;
/** An opening paragraph up to this length without a final full stop reads as a headline. */
export const MAX_HEADLINE_CHARS = 200;

/** A plain-text title is the first line when it reads as a headline: up to this length, no final full stop. */
export const MAX_PLAIN_HEADLINE_CHARS = 150;
/** A title derived from the first sentence is cut at a word boundary to at most this many characters. */
export const MAX_DERIVED_TITLE_CHARS = 120;

/** What cleaning noticed about an article, for the ingest summary. */
export interface CleanNotes {
  /** The given publication date when it could not be read (the article may still be dated otherwise). */
  unreadableDate: string | null;
  /** Paragraphs dropped because they recur across the run's articles of the same source. */
  repeatedParagraphs: number;
}

export type CleanResult =
  | { kind: "article"; record: ArticleRecord; text: string; notes?: CleanNotes }
  | { kind: "rejected"; rejection: InputRejection };

/** Lower-cased, whitespace-normalised, without closing punctuation: how titles and paragraphs are compared. */
function comparable(text: string): string {
  return normaliseWhitespace(text)
    .toLowerCase()
    .replace(/[\s.:!?–—-]+$/u, "");
}

// "…near the border.He said…": sentences run together by scrapers and machine translation. A word of two or more
// lower-case letters, a sentence end, then a capitalised word; abbreviations ("e.g.") and domains ("tvn24.pl") do
// not match.
const GLUED_SENTENCES = /(\p{Ll}{2}[.!?]["”’]?)(?=\p{Lu}\p{Ll})/gu;

/** Puts the missing space back between sentences glued together: "border.He said" → "border. He said". */
export function separateGluedSentences(paragraph: string): string {
  return paragraph.replace(GLUED_SENTENCES, "$1 ");
}

/** Paragraphs with glued credits and datelines cut and boilerplate dropped. */
export function removeBoilerplate(paragraphs: readonly string[]): string[] {
  const capsShare = paragraphs.filter(isAllCapsHeadline).length / Math.max(1, paragraphs.length);
  const kept: string[] = [];
  paragraphs.forEach((paragraph, index) => {
    for (const part of splitAtInnerDateline(stripCreditPrefix(paragraph))) {
      const text = separateGluedSentences(stripDateline(part));
      // The opening line is the headline in many inputs, and headlines are often in capitals.
      if (matchBoilerplate(text, index > 0 && capsShare < 0.5) === null) kept.push(text);
    }
  });
  return kept;
}

function firstSentenceEnd(paragraph: string): number {
  const match = /[.!?]["”’]?\s+(?=["“‘]?\p{Lu})/u.exec(paragraph.slice(0, MAX_TITLE_CHARS));
  return match === null ? -1 : match.index + match[0].trimEnd().length;
}

/** True when an opening line reads as a headline: short, no final full stop, more than one word. */
export function readsAsHeadline(line: string): boolean {
  return line.length <= MAX_PLAIN_HEADLINE_CHARS && !/\.["”’)]?$/u.test(line) && line.includes(" ");
}

/**
 * The first sentence of `paragraph`, cut at a word boundary to at most MAX_DERIVED_TITLE_CHARS (with "…" when
 * cut).
 * @example deriveTitle("Talks in Geneva ended without a deal on Monday. Both sides...") // "Talks in Geneva ended without a deal on Monday."
 */
export function deriveTitle(paragraph: string): string {
  const end = firstSentenceEnd(paragraph);
  const sentence = end === -1 ? paragraph : paragraph.slice(0, end);
  if (sentence.length <= MAX_DERIVED_TITLE_CHARS) return sentence;
  const cut = sentence.slice(0, MAX_DERIVED_TITLE_CHARS);
  const space = cut.lastIndexOf(" ");
  return `${(space > MAX_DERIVED_TITLE_CHARS / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/u, "")}…`;
}

/** Puts the title first: reuses the opening paragraph when it is the title, else prepends it. */
function withTitle(paragraphs: string[], given: string | null): { title: string; paragraphs: string[] } {
  const first = paragraphs[0] ?? "";
  if (given === null) {
    if (first.length <= MAX_TITLE_CHARS) return { title: first, paragraphs };
    const end = firstSentenceEnd(first);
    if (end === -1) return { title: first, paragraphs };
    return {
      title: first.slice(0, end),
      paragraphs: [first.slice(0, end), first.slice(end).trim(), ...paragraphs.slice(1)],
    };
  }
  const title = normaliseWhitespace(given);
  if (comparable(first) === comparable(title)) return { title, paragraphs };
  // The page's own headline differs a little from the metadata title ("Talks stall" vs "Talks stall in Geneva"):
  // keep the headline that opens the body instead of stacking two.
  const headlineLike = first.length <= MAX_HEADLINE_CHARS && !/[.!?]["”’]?$/.test(first);
  if (
    headlineLike &&
    (comparable(first).startsWith(comparable(title)) || comparable(title).startsWith(comparable(first)))
  ) {
    return { title: first, paragraphs };
  }
  // A headline run into the body by a lost line break: split it off rather than repeat it.
  if (comparable(first).startsWith(`${comparable(title)} `) && first.toLowerCase().startsWith(title.toLowerCase())) {
    return { title, paragraphs: [title, first.slice(title.length).trim(), ...paragraphs.slice(1)] };
  }
  return { title, paragraphs: [title, ...paragraphs] };
}

/** The article's publication date by precedence (input or sidecar > date line > file name), and what gave it. */
function dateOf(
  source: SourceArticle,
  raw: readonly string[],
  lineParagraphs: number,
): { published: string | null; from: PublishedFrom | null } {
  const given = source.published === null ? null : normaliseDate(source.published);
  if (given !== null) return { published: given, from: source.publishedFrom ?? "input" };
  const line = findDateLine(raw, lineParagraphs);
  if (line !== null) return { published: line, from: "text" };
  const named = source.fileNameDate ? normaliseDate(source.fileNameDate) : null;
  return named !== null ? { published: named, from: "file-name" } : { published: null, from: null };
}

/** Paragraphs without those that recur across the run's articles of the same source (never all of them). */
function withoutRepeated(source: SourceArticle, paragraphs: string[], repeated: ReadonlySet<string>): string[] {
  if (repeated.size === 0) return paragraphs;
  const group = sourceGroup(source);
  const kept = paragraphs.filter((paragraph) => !repeated.has(repeatedParagraphKey(group, paragraph)));
  return kept.length > 0 ? kept : paragraphs;
}

const repeatedSets = new WeakMap<readonly string[], ReadonlySet<string>>();
/** The option's keys as a set, made once per options array (a batch shares one). */
function repeatedSet(keys: readonly string[]): ReadonlySet<string> {
  let set = repeatedSets.get(keys);
  if (set === undefined) {
    set = new Set(keys);
    repeatedSets.set(keys, set);
  }
  return set;
}

function reject(file: string, code: InputRejection["code"], reason: string): CleanResult {
  return { kind: "rejected", rejection: { file, code, reason } };
}

/**
 * Cleans one article. Rejections: EMPTY when fewer than `minWords` words remain, LANGUAGE when `englishOnly` and
 * the text is not English. The id is the given id, else `a-` and the first 16 hex digits of the content hash.
 * @example
 * const result = cleanArticle({ file: "a.txt", format: "txt", id: null, title: null, published: null,
 *   source: null, url: null, text: "Talks end in Geneva\n\nThe delegations left on Monday.\n\nAdvertisement" });
 * // result.text === "Talks end in Geneva\n\nThe delegations left on Monday."
 */
export function cleanArticle(source: SourceArticle, partial: Partial<CleanOptions> = {}): CleanResult {
  const options = resolveCleanOptions(partial);
  const raw = splitParagraphs(source.text);
  const { published, from } = dateOf(source, raw, options.dateLineParagraphs);
  const whole = removeBoilerplate(raw);
  const body = withoutRepeated(source, whole, repeatedSet(options.repeatedParagraphs));
  // A title of punctuation alone ("-", "…") is a placeholder, not a title.
  const givenTitle = source.title === null || !/[\p{L}\p{N}]/u.test(source.title) ? null : source.title;
  const words = body
    .join(" ")
    .split(" ")
    .filter((word) => /\p{L}/u.test(word)).length;
  if (words < options.minWords) {
    return reject(
      source.file,
      "EMPTY",
      `${source.file}: ${words} words of article text after removing boilerplate (at least ${options.minWords} needed)`,
    );
  }
  const { title: opening, paragraphs } = withTitle(body, givenTitle);
  const text = paragraphs.join("\n\n");
  const derived = givenTitle === null && !readsAsHeadline(opening);
  const title = derived ? deriveTitle(opening) : opening;
  const declared = source.language?.trim().toLowerCase().slice(0, 2);
  const language = declared && /^[a-z]{2}$/.test(declared) ? declared : detectLanguage(text);
  // "und": too little text to tell; keep it rather than lose a short English brief.
  if (options.englishOnly && language !== "en" && language !== "und") {
    return reject(
      source.file,
      "LANGUAGE",
      `${source.file}: the text is not English (detected "${language}"); pass --all-languages (englishOnly: false) to keep it`,
    );
  }
  // The identity is the text with every paragraph kept: whether a paragraph recurs depends on the rest of the run.
  const identity = body.length === whole.length ? text : withTitle(whole, givenTitle).paragraphs.join("\n\n");
  const contentHash = createHash("sha256").update(identity).digest("hex");
  const record: ArticleRecord = {
    id: source.id ?? `a-${contentHash.slice(0, 16)}`,
    file: source.file,
    title,
    ...(derived ? { titleDerived: true } : {}),
    published,
    ...(from !== null ? { publishedFrom: from } : {}),
    source: source.source,
    url: source.url,
    contentHash,
    language,
  };
  const unreadableDate =
    source.published !== null && from !== (source.publishedFrom ?? "input") ? source.published : null;
  return { kind: "article", record, text, notes: { unreadableDate, repeatedParagraphs: whole.length - body.length } };
}
