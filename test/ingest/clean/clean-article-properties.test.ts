// Properties that must hold for any input, checked with fast-check (fixed seeds, so CI is repeatable; explore with
// more runs and other seeds when changing cleaning): cleaning never throws, and every cleaned text
// keeps the convention the extractor's offsets rely on. Decoding never throws on arbitrary bytes either.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../../ingest/clean/clean-article.ts";
import { decodeText } from "../../../ingest/read/decode-text.ts";
import { htmlToArticle } from "../../../ingest/read/html-to-article.ts";

const WORDS = ["Kyiv", "NATO", "said", "the", "talks", "Advertisement", "Photo:", "By", "Jane", "Roe", "—", "of", "and", "troops", "2022", "READ", "MORE", "|", "Share", "on", "·", "\u00a0", "\t", ".", "“", "”"];
const textArbitrary = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(" ", "\n", "\n\n", "\r\n"), fc.string({ maxLength: 8 })), { maxLength: 120 })
  .map((parts) => parts.join(" "));

function conventionBreaks(title: string, text: string, titleDerived: boolean): string[] {
  const paragraphs = text.split("\n\n");
  const breaks: string[] = [];
  // A derived title is the opening's first sentence, perhaps cut with "…"; the text itself is left as it was.
  const opening = paragraphs[0] ?? "";
  // A given title opens the text as printed there, up to case and closing punctuation.
  const comparable = (line: string) => line.toLowerCase().replace(/[\s.:!?–—-]+$/u, "");
  const opens = titleDerived ? opening.startsWith(title.replace(/…$/u, "")) : comparable(opening) === comparable(title);
  if (!opens) breaks.push("title is not the first paragraph");
  if (/\n{3,}/.test(text)) breaks.push("more than one blank line");
  if (paragraphs.some((paragraph) => paragraph === "" || paragraph !== paragraph.trim() || /\s{2,}|[\t\r\u00a0]/.test(paragraph))) {
    breaks.push("unnormalised whitespace in a paragraph");
  }
  return breaks;
}

describe("cleanArticle properties", () => {
  it("never throws and always returns a text in the convention", () => {
    fc.assert(
      fc.property(textArbitrary, fc.option(fc.string({ maxLength: 40 })), fc.option(fc.string({ maxLength: 30 })), (text, title, published) => {
        const result = cleanArticle(
          { file: "p.txt", format: "txt", id: null, title, published, source: null, url: null, text },
          { englishOnly: false },
        );
        if (result.kind === "rejected") return result.rejection.code === "EMPTY";
        return conventionBreaks(result.record.title, result.text, result.record.titleDerived === true).length === 0 && /^a-[0-9a-f]{16}$/.test(result.record.id);
      }),
      { seed: 20221207, numRuns: 500 },
    );
  });

  it("is idempotent: cleaning a cleaned text again changes nothing", () => {
    fc.assert(
      // A derived title is ours, not the input's: cleaning again is given the same input, the text.
      fc.property(textArbitrary, (text) => {
        const first = cleanArticle({ file: "p.txt", format: "txt", id: null, title: null, published: null, source: null, url: null, text }, { englishOnly: false });
        if (first.kind === "rejected") return true;
        const second = cleanArticle(
          { file: "p.txt", format: "txt", id: null, title: first.record.titleDerived === true ? null : first.record.title, published: null, source: null, url: null, text: first.text },
          { englishOnly: false },
        );
        return second.kind === "article" && second.text === first.text;
      }),
      { seed: 20221208, numRuns: 300 },
    );
  });

  it("keeps a fixed example of the convention", () => {
    const result = cleanArticle({ file: "p.txt", format: "txt", id: null, title: "Talks", published: null, source: null, url: null, text: " The envoys met\ttoday  in Kyiv. \n\n\n\nThey talked for hours. " });
    expect(result.kind === "article" ? result.text : result.rejection.code).toEqual("Talks\n\nThe envoys met today in Kyiv.\n\nThey talked for hours.");
  });

  it("derives a title from an opening that is a sentence and leaves the text as it was", () => {
    const result = cleanArticle({ file: "p.txt", format: "txt", id: null, title: null, published: null, source: null, url: null, text: "Kyiv shelled again? Officials said so. Talks go on." });
    expect(result.kind === "article" ? [result.record.title, result.record.titleDerived, conventionBreaks(result.record.title, result.text, true), result.text] : result.rejection.code).toEqual([
      "Kyiv shelled again?",
      true,
      [],
      "Kyiv shelled again? Officials said so. Talks go on.",
    ]);
  });
});

describe("reader properties", () => {
  it("decodeText never throws on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const decoded = decodeText(bytes);
        return decoded.ok ? typeof decoded.text === "string" : ["BINARY", "EMPTY", "ENCODING"].includes(decoded.code);
      }),
      { seed: 20221209, numRuns: 500 },
    );
  });

  it("htmlToArticle never throws on arbitrary tag soup", () => {
    const soup = fc
      .array(fc.oneof(fc.constantFrom("<p>", "</p>", "<div class='share'>", "</div>", "<script>", "</script>", "<article>", "</article>", "<br>", "<!--", "-->", "<h1>", "</h1>", "&amp;", "<a>", "</a>"), fc.string({ maxLength: 10 })), { maxLength: 80 })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(soup, (html) => typeof htmlToArticle(html).text === "string"),
      { seed: 20221210, numRuns: 500 },
    );
  });
});
