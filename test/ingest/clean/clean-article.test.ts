// cleanArticle end to end: the text convention the extractor relies on (title first, one blank line between
// paragraphs), titles, publication dates, language, and stable hashes and ids.

import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { cleanArticle, separateGluedSentences } from "../../../ingest/clean/clean-article.ts";
import type { SourceArticle } from "../../../ingest/read/source-article.ts";
import { UsageError } from "../../../graph-schema/errors.ts";

function source(text: string, fields: Partial<SourceArticle> = {}): SourceArticle {
  return { file: "article.txt", format: "txt", id: null, title: null, published: null, source: null, url: null, text, ...fields };
}

function cleaned(text: string, fields: Partial<SourceArticle> = {}): { title: string; published: string | null; text: string } {
  const result = cleanArticle(source(text, fields));
  if (result.kind === "rejected") throw new Error(result.rejection.reason);
  return { title: result.record.title, published: result.record.published, text: result.text };
}

const LEAD = "The foreign ministers of France and Germany travelled to Kyiv on Monday for talks with their Ukrainian counterpart.";
const SECOND = "They said the two countries were ready to support new negotiations in the Normandy format.";

describe("cleanArticle text and title", () => {
  it.each([
    {
      title: "takes the first line as the title, 2014-corpus style",
      text: `Ministers visit Kyiv\n\n${LEAD}\n${SECOND}`,
      given: {},
      expected: { title: "Ministers visit Kyiv", published: null, text: `Ministers visit Kyiv\n\n${LEAD}\n\n${SECOND}` },
    },
    {
      title: "keeps an opening headline in capitals while dropping capitalised related links below",
      text: `MINISTERS VISIT KYIV\n\n${LEAD}\n\nALLIES SEND MORE JETS TO THE BALTIC STATES`,
      given: {},
      expected: { title: "MINISTERS VISIT KYIV", published: null, text: `MINISTERS VISIT KYIV\n\n${LEAD}` },
    },
    {
      title: "prepends a given title that the body does not start with",
      text: `${LEAD}\n\n${SECOND}`,
      given: { title: "  Ministers   visit Kyiv " },
      expected: { title: "Ministers visit Kyiv", published: null, text: `Ministers visit Kyiv\n\n${LEAD}\n\n${SECOND}` },
    },
    {
      title: "does not repeat a given title that opens the body, whatever its case and final stop",
      text: `MINISTERS VISIT KYIV.\n\n${LEAD}`,
      given: { title: "Ministers visit Kyiv" },
      expected: { title: "Ministers visit Kyiv", published: null, text: `MINISTERS VISIT KYIV.\n\n${LEAD}` },
    },
    {
      title: "keeps the body's own headline when the given title is a shorter form of it",
      text: `Ministers visit Kyiv for talks\n\n${LEAD}`,
      given: { title: "Ministers visit Kyiv" },
      expected: { title: "Ministers visit Kyiv for talks", published: null, text: `Ministers visit Kyiv for talks\n\n${LEAD}` },
    },
    {
      title: "splits a title run into the first paragraph by a lost line break",
      text: `Ministers visit Kyiv ${LEAD}`,
      given: { title: "Ministers visit Kyiv" },
      expected: { title: "Ministers visit Kyiv", published: null, text: `Ministers visit Kyiv\n\n${LEAD}` },
    },
    {
      title: "uses the first sentence as the title when the opening paragraph is long",
      text: `${LEAD} ${SECOND} ${SECOND} ${SECOND}`,
      given: {},
      expected: { title: LEAD, published: null, text: `${LEAD}\n\n${SECOND} ${SECOND} ${SECOND}` },
    },
    {
      title: "normalises whitespace, joins hard-wrapped lines and drops boilerplate paragraphs",
      text: [
        "Talks\u00a0in   Kyiv",
        "",
        "Advertisement",
        "",
        "The foreign ministers of France and Germany travelled to Kyiv on Monday for",
        "talks with their Ukrainian counterpart, who asked them for more support and for",
        "a firm answer to the troops massed along the border over the last weeks.",
        "",
        "",
        "",
        "Share this article",
        "LEAVE A REPLY",
      ].join("\n"),
      given: {},
      expected: {
        title: "Talks in Kyiv",
        published: null,
        text: "Talks in Kyiv\n\nThe foreign ministers of France and Germany travelled to Kyiv on Monday for talks with their Ukrainian counterpart, who asked them for more support and for a firm answer to the troops massed along the border over the last weeks.",
      },
    },
  ])("$title", ({ text, given, expected }) => {
    expect(cleaned(text, given)).toEqual(expected);
  });
});

describe("cleanArticle publication date", () => {
  it.each([
    ["a given ISO date", { published: "2022-01-26" }, LEAD, "2022-01-26"],
    ["a given date-time with offset", { published: "2022-01-26T14:05:00+0100" }, LEAD, "2022-01-26T14:05:00+01:00"],
    ["a given RFC 2822 date", { published: "Wed, 26 Jan 2022 09:00:00 GMT" }, LEAD, "2022-01-26"],
    ["an unreadable given date and no date line", { published: "last Tuesday" }, LEAD, null],
    ["a date line with time", {}, `Ministers visit Kyiv\n\n1 Dec, 2021 18:49\n\n${LEAD}`, "2021-12-01"],
    ["a byline with a US date", {}, `Ministers visit Kyiv\n\nBy Jane Roe | January 25, 2022\n\n${LEAD}`, "2022-01-25"],
    ["a dotted date line", {}, `Ministers visit Kyiv\n\nPublished 25.01.2022\n\n${LEAD}`, "2022-01-25"],
    ["a wire dateline with a year", {}, `KYIV, 25 January 2022 (Reuters) - ${LEAD}`, "2022-01-25"],
    ["a wire dateline without a year", {}, `MINSK, 28 January (BelTA) – ${LEAD}`, null],
    ["a date inside an ordinary sentence", {}, `Ministers visit Kyiv\n\nThe summit took place on 25 January 2022.\n\n${LEAD}`, null],
    ["no date anywhere", {}, `Ministers visit Kyiv\n\n${LEAD}`, null],
  ])("reads %s", (_name, given, text, published) => {
    expect(cleaned(text, given).published).toEqual(published);
  });

  it("drops the date line from the text once read", () => {
    expect(cleaned(`Ministers visit Kyiv\n\n1 Dec, 2021 18:49\n\n${LEAD}`).text).toEqual(`Ministers visit Kyiv\n\n${LEAD}`);
  });

  it("cuts a wire dateline from the first paragraph", () => {
    expect(cleaned(`KYIV, 25 January 2022 (Reuters) - ${LEAD}`).text).toEqual(LEAD);
  });
});

describe("cleanArticle language", () => {
  const GERMAN = "Die Außenminister von Frankreich und Deutschland sind am Montag nach Kiew gereist, um mit ihrem ukrainischen Amtskollegen über die Lage an der Grenze zu sprechen.";
  const RUSSIAN = "Министры иностранных дел Франции и Германии в понедельник прибыли в Киев для переговоров с украинским коллегой.";
  const UKRAINIAN = "Міністри закордонних справ Франції та Німеччини в понеділок прибули до Києва для переговорів з українським колегою.";

  it.each([
    [LEAD, "en"],
    [GERMAN, "de"],
    [RUSSIAN, "ru"],
    [UKRAINIAN, "uk"],
    ["Xq zrp vlt kkw bbn trr qqe plm nnv wwx zzt.", "und"],
  ])("detects %j as %s, rejecting what is surely not English by default", (text, language) => {
    const kept = cleanArticle(source(text), { englishOnly: false });
    const strict = cleanArticle(source(text));
    expect([kept.kind === "article" ? kept.record.language : kept.rejection.code, strict.kind === "article" ? "article" : strict.rejection.code]).toEqual([
      language,
      language === "en" || language === "und" ? "article" : "LANGUAGE",
    ]);
  });
});

describe("cleanArticle rejections, hash and id", () => {
  it("rejects an article with no text left after boilerplate as EMPTY", () => {
    const result = cleanArticle(source("Advertisement\n\nShare this article\n\nLEAVE A REPLY"));
    expect(result.kind === "rejected" ? result.rejection.code : "article").toEqual("EMPTY");
  });

  it("hashes the cleaned text with sha256 and derives the id from it", () => {
    const result = cleanArticle(source(`Ministers visit Kyiv\n\n${LEAD}\n\nAdvertisement`, { file: "x.txt", source: "Example Wire" }));
    const text = `Ministers visit Kyiv\n\n${LEAD}`;
    const hash = createHash("sha256").update(text).digest("hex");
    expect(result).toEqual({
      kind: "article",
      text,
      record: { id: `a-${hash.slice(0, 16)}`, file: "x.txt", title: "Ministers visit Kyiv", published: null, source: "Example Wire", url: null, contentHash: hash, language: "en" },
      notes: { unreadableDate: null, repeatedParagraphs: 0 },
    });
  });

  it("gives the same id to the same article whatever its file, spacing or furniture", () => {
    const a = cleanArticle(source(`Ministers visit Kyiv\n\n${LEAD}`, { file: "a.txt" }));
    const b = cleanArticle(source(`  Ministers visit Kyiv \r\n\r\n\r\n${LEAD.replace(/ /g, "  ")}\n\nRead more: other news`, { file: "b.md" }));
    expect([a.kind === "article" && a.record.id, a.kind === "article" && a.record.id === (b.kind === "article" && b.record.id)]).toEqual([
      expect.stringMatching(/^a-[0-9a-f]{16}$/),
      true,
    ]);
  });

  it("keeps a given id", () => {
    const result = cleanArticle(source(LEAD, { id: "wire-42" }));
    expect(result.kind === "article" && result.record.id).toEqual("wire-42");
  });

  it("throws UsageError for invalid options", () => {
    expect(() => cleanArticle(source(LEAD), { minWords: -1 })).toThrow(UsageError);
  });
});

describe("separateGluedSentences", () => {
  it.each([
    ["Troops gathered near the border.He said talks were over.", "Troops gathered near the border. He said talks were over."],
    ['It was "a provocation."Later the ministry denied it.', 'It was "a provocation." Later the ministry denied it.'],
    ["Were the talks over?Nobody knew.", "Were the talks over? Nobody knew."],
    ["Read it on tvn24.pl or at gazeta.pl today.", "Read it on tvn24.pl or at gazeta.pl today."],
    ["The U.S.Army and e.g.Kyiv stay as written.", "The U.S.Army and e.g.Kyiv stay as written."],
    ["Troops moved.- We are ready, he said.", "Troops moved.- We are ready, he said."],
  ])("%j", (paragraph, expected) => {
    expect(separateGluedSentences(paragraph)).toEqual(expected);
  });
});
