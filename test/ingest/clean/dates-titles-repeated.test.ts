// Cleaning's new judgements: which date wins (input or sidecar > date line > file name), when the opening line is
// a headline and when the title is derived, and paragraphs recurring across a source's articles.

import { describe, expect, it } from "vitest";
import { cleanArticle, deriveTitle, MAX_DERIVED_TITLE_CHARS, readsAsHeadline } from "../../../ingest/clean/clean-article.ts";
import { createRepeatedParagraphCounter, MIN_REPEATS, sourceGroup } from "../../../ingest/clean/repeated-paragraphs.ts";
import type { SourceArticle } from "../../../ingest/read/source-article.ts";

const BODY = "Polish and Lithuanian officials met in Vilnius on Monday to discuss the border. They agreed to hold further talks.";

function source(text: string, fields: Partial<SourceArticle> = {}): SourceArticle {
  return { file: "a.txt", format: "txt", id: null, title: null, published: null, source: null, url: null, text, ...fields };
}

function record(article: SourceArticle, options = {}) {
  const result = cleanArticle(article, options);
  if (result.kind !== "article") throw new Error(result.rejection.reason);
  return result;
}

describe("publication date precedence", () => {
  it.each([
    { title: "a record date wins over everything", fields: { published: "2022-01-25", publishedFrom: "input" as const, fileNameDate: "2021-01-01" }, text: `Talks in Vilnius\n\nJanuary 3, 2022\n\n${BODY}`, published: "2022-01-25", from: "input" },
    { title: "a sidecar date wins over a date line", fields: { published: "2022-02-01T10:00:00Z", publishedFrom: "sidecar" as const }, text: `Talks in Vilnius\n\nJanuary 3, 2022\n\n${BODY}`, published: "2022-02-01T10:00:00Z", from: "sidecar" },
    { title: "a date line wins over the file name", fields: { fileNameDate: "2021-01-01" }, text: `Talks in Vilnius\n\nJanuary 3, 2022\n\n${BODY}`, published: "2022-01-03", from: "text" },
    { title: "the file name dates what nothing else does", fields: { fileNameDate: "2022-01-25T09:00:00Z" }, text: `Talks in Vilnius\n\n${BODY}`, published: "2022-01-25T09:00:00Z", from: "file-name" },
    { title: "an unreadable given date falls through to the file name", fields: { published: "next Tuesday", fileNameDate: "2022-01-25" }, text: `Talks in Vilnius\n\n${BODY}`, published: "2022-01-25", from: "file-name" },
    { title: "nothing dates it", fields: {}, text: `Talks in Vilnius\n\n${BODY}`, published: null, from: undefined },
  ])("$title", ({ fields, text, published, from }) => {
    const { record: cleaned } = record(source(text, fields));
    expect(cleaned.published).toBe(published);
    expect(cleaned.publishedFrom).toBe(from);
  });

  it("notes a given date it could not read", () => {
    expect(record(source(`Talks in Vilnius\n\n${BODY}`, { published: "next Tuesday" })).notes?.unreadableDate).toBe("next Tuesday");
  });
});

describe("titles of plain text", () => {
  it.each([
    ["Lithuania and Poland agree on border patrols", true],
    ["Is Russia preparing for war?", true],
    ["Polish and Lithuanian officials met in Vilnius on Monday.", false],
    ["Word", false],
    [`Officials from both countries ${"and their advisers ".repeat(8)}met`, false],
  ])("%j reads as a headline: %s", (line, expected) => {
    expect(readsAsHeadline(line)).toBe(expected);
  });

  it("keeps a headline as the title and derives one from a body-like first paragraph, marked derived", () => {
    const headline = record(source(`Lithuania and Poland agree on border patrols\n\n${BODY}`)).record;
    expect([headline.title, headline.titleDerived]).toEqual(["Lithuania and Poland agree on border patrols", undefined]);
    const derived = record(source(BODY)).record;
    expect([derived.title, derived.titleDerived]).toEqual(["Polish and Lithuanian officials met in Vilnius on Monday to discuss the border.", true]);
  });

  it("cuts a long first sentence at a word boundary to at most the limit", () => {
    const sentence = `The foreign ministers of ${"Poland, Lithuania, Latvia, Estonia, ".repeat(5)}met in Vilnius.`;
    const title = deriveTitle(`${sentence} Then they left.`);
    expect(title.length).toBeLessThanOrEqual(MAX_DERIVED_TITLE_CHARS + 1);
    expect(title).toMatch(/^The foreign ministers of Poland, Lithuania, .*\p{L}…$/u);
    expect(sentence.startsWith(title.slice(0, -1))).toBe(true);
  });

  it("keeps a given title as it is", () => {
    expect(record(source(BODY, { title: "Border talks" })).record).toMatchObject({ title: "Border talks" });
  });
});

describe("paragraphs repeated across a source's articles", () => {
  const TEASER = "In other news: Estonia's prime minister says training troops would not trigger a war.";
  const articles = Array.from({ length: 6 }, (_, i) =>
    source(`Story ${i} headline here\n\nOfficials in city ${i} met on day ${i} and agreed on nothing at all.\n\n${TEASER}`, { file: `s${i}.txt`, source: "Desk" }),
  );

  it("finds a paragraph in at least MIN_REPEATS articles of one source, not across sources", () => {
    const counter = createRepeatedParagraphCounter();
    for (const article of articles.slice(0, MIN_REPEATS)) counter.add(article);
    expect(counter.repeated()).toHaveLength(1);
    const mixed = createRepeatedParagraphCounter();
    articles.slice(0, MIN_REPEATS).forEach((article, i) => mixed.add({ ...article, source: `Desk ${i}` }));
    expect(mixed.repeated()).toEqual([]);
  });

  it("drops it when cleaning, counts it, and keeps the content hash of the whole text", () => {
    const counter = createRepeatedParagraphCounter();
    for (const article of articles) counter.add(article);
    const repeatedParagraphs = counter.repeated();
    const kept = record(articles[0]!, { repeatedParagraphs });
    const whole = record(articles[0]!);
    expect(kept.text).not.toContain("In other news");
    expect(kept.notes?.repeatedParagraphs).toBe(1);
    expect(kept.record.contentHash).toBe(whole.record.contentHash);
  });

  it.each([
    [{ source: "Kyiv Desk", url: "https://a.example/x" }, "kyiv desk"],
    [{ source: null, url: "https://news.example.org/x" }, "news.example.org"],
    [{ source: null, url: null }, ""],
  ])("groups %j as %j", (fields, group) => {
    expect(sourceGroup(fields)).toBe(group);
  });
});
