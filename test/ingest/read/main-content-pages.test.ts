// Main content of three team-written page layouts, the pages newsgraph's extractor was weighed on against Mozilla
// Readability (docs/design-choices.md): every article paragraph kept in order, and the page furniture each layout
// puts in reach of a naive extractor left out.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { htmlToArticle } from "../../../ingest/read/html-to-article.ts";

const page = (name: string): string => readFileSync(new URL(`../../fixtures/pages/${name}`, import.meta.url), "utf8");

describe("main content of page layouts", () => {
  it.each([
    {
      name: "semantic.html",
      title: "Envoys meet in Vienna",
      starts: ["Envoys of the 57 OSCE states", "The Russian envoy rejected", "The United States ambassador"],
      absent: ["Talks stall in Geneva", "Example Wire, 2022", "Home"],
    },
    {
      name: "related-inside-article.html",
      title: "Poland to send tanks to Ukraine",
      starts: ["Polish President Andrzej Duda", "German Chancellor Olaf Scholz", "Russia warned that deliveries"],
      absent: ["Read also", "Reader 1", "Comments", "All rights reserved"],
    },
    {
      name: "div-soup.html",
      title: "Baltic states ask NATO for more air defence",
      starts: ["The defence ministers of Estonia", "Latvian Defence Minister", "NATO Secretary General", "The Kremlin rejected"],
      absent: ["Home World Opinion"],
    },
  ])("$name", ({ name, title, starts, absent }) => {
    const article = htmlToArticle(page(name));
    expect(article.title).toBe(title);
    const paragraphs = article.text.split("\n\n");
    const at = starts.map((start) => paragraphs.findIndex((paragraph) => paragraph.startsWith(start)));
    expect(at.every((index) => index !== -1)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    for (const text of absent) expect(article.text).not.toContain(text);
  });
});
