// Front matter and Markdown bodies: the metadata keys articles use and the markup that must not reach the text.

import { describe, expect, it } from "vitest";
import { markdownToText } from "../../../ingest/read/markdown-to-text.ts";
import { parseFrontMatter } from "../../../ingest/read/parse-front-matter.ts";
import { sniffFormat } from "../../../ingest/read/sniff-format.ts";

describe("parseFrontMatter", () => {
  it.each([
    {
      title: "reads flat keys, unquoting values and dropping comments",
      text: "---\ntitle: 'Kuleba''s warning'\npublished: 2022-01-26 # the day of the talks\nSource: \"Example \\\"Wire\\\"\"\nurl:\n---\nBody.",
      expected: { fields: { title: "Kuleba's warning", published: "2022-01-26", source: 'Example "Wire"', url: "" }, body: "Body." },
    },
    {
      title: "keeps a hash that is part of the value",
      text: "---\ntitle: Round#2 in Geneva\n---\nBody.",
      expected: { fields: { title: "Round#2 in Geneva" }, body: "Body." },
    },
    {
      title: "reads a literal block scalar title (title: |) as its indented lines",
      text: "---\ntitle: |\n  Ceasefire talks resume\n  in Istanbul\npublished: 2022-03-29\n---\nBody.",
      expected: { fields: { title: "Ceasefire talks resume\nin Istanbul", published: "2022-03-29" }, body: "Body." },
    },
    {
      title: "folds a folded block scalar (title: >-) into one line",
      text: "---\ntitle: >-\n  Grain deal\n  signed\n\nsource: Example Wire\n---\nBody.",
      expected: { fields: { title: "Grain deal signed", source: "Example Wire" }, body: "Body." },
    },
    {
      title: "treats an unclosed block as no front matter",
      text: "---\ntitle: Never closed\nBody.",
      expected: { fields: {}, body: "---\ntitle: Never closed\nBody." },
    },
    {
      title: "ignores a rule that is not at the very top",
      text: "Intro.\n---\ntitle: x\n---\n",
      expected: { fields: {}, body: "Intro.\n---\ntitle: x\n---\n" },
    },
  ])("$title", ({ text, expected }) => {
    expect(parseFrontMatter(text)).toEqual(expected);
  });
});

describe("markdownToText", () => {
  it.each([
    ["## Sub heading ##\nText after it.", "Sub heading\n\nText after it."],
    ["A [link](https://example.test/a_(b)) and ![photo](x.png) and `code`.", "A link and  and code."],
    ["**Bold** and _italic_ and ~~struck~~ words.", "Bold and italic and struck words."],
    ["> Quoted line one\n> quoted line two", "Quoted line one\nquoted line two"],
    ["1. First point\n2. Second point", "First point\nSecond point"],
    ["Para one.\n\n---\n\nPara two.\n\n```\nfenced\n```", "Para one.\n\nPara two.\n\nfenced"],
    ["Text <!-- an editor's note --> continues.", "Text  continues."],
    ["Setext title\n============\nBody line.", "Setext title\n\nBody line."],
    ["[ref]: https://example.test\nSee [the report][ref].", "See the report."],
  ])("%j → %j", (markdown, text) => {
    expect(markdownToText(markdown)).toEqual(text);
  });
});

describe("sniffFormat", () => {
  it.each([
    ["<!DOCTYPE html><html><body><p>x</p></body></html>", "html"],
    ["  <div><p>Fragment</p></div>", "html"],
    ['[{"text":"a"}]', "json"],
    ['{\n  "text": "pretty printed"\n}', "json"],
    ['{"text":"a"}\n{"text":"b"}', "jsonl"],
    ["---\ntitle: x\n---\nBody", "md"],
    ["Kyiv, 26 January. Talks resumed.", "txt"],
    ["\ufeff<html><p>BOM first</p></html>", "html"],
  ])("%j → %s", (prefix, format) => {
    expect(sniffFormat(prefix)).toEqual(format);
  });
});
