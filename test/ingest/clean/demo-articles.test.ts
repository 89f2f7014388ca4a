// Every demo article reads and cleans into a titled, dated English article from "newsgraph demo", and the corpus
// keeps the shape the demo promises: enough articles, of news length, naming the actors the viewer shows.

import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../../ingest/clean/clean-article.ts";
import { readInputs } from "../../../ingest/read/read-inputs.ts";

const DEMO = new URL("../../../demo/articles/", import.meta.url).pathname;

async function cleanDemo(): Promise<{ file: string; title: string; published: string | null; source: string | null; language: string; words: number; text: string }[]> {
  const rows = [];
  for await (const result of readInputs([DEMO])) {
    if (result.kind === "rejected") throw new Error(result.rejection.reason);
    const cleaned = cleanArticle(result.article);
    if (cleaned.kind === "rejected") throw new Error(cleaned.rejection.reason);
    const { record, text } = cleaned;
    rows.push({ file: record.file, title: record.title, published: record.published, source: record.source, language: record.language, words: text.split(/\s+/).length, text });
  }
  return rows;
}

describe("demo articles", async () => {
  const rows = await cleanDemo();

  it("holds at least 14 articles", () => {
    expect(rows.length >= 14).toEqual(true);
  });

  it.each(rows)("$file has a title, a real date from the standoff, the demo source and news length", (row) => {
    expect({
      titled: row.title.length > 10 && row.text.startsWith(`${row.title}\n\n`),
      dated: row.published !== null && row.published >= "2021-12-01" && row.published <= "2022-02-28",
      dateInFileName: row.file.split("/").pop()?.startsWith(row.published ?? "none"),
      source: row.source,
      language: row.language,
      newsLength: row.words >= 150 && row.words <= 350,
    }).toEqual({ titled: true, dated: true, dateInFileName: true, source: "newsgraph demo", language: "en", newsLength: true });
  });

  it("names at least 25 of the actors the demo is meant to show", () => {
    const all = rows.map((row) => row.text).join("\n");
    const actors = [
      "Biden", "Putin", "Zelensky", "Stoltenberg", "Peskov", "Lavrov", "Blinken", "Zakharova", "Scholz", "Macron",
      "Johnson", "Kuleba", "Shoigu", "Lukashenko", "Austin", "Truss", "Draghi", "NATO", "European Union", "OSCE",
      "Security Council", "Russia", "Ukraine", "United States", "Britain", "Germany", "France", "Belarus", "Kremlin",
      "Pentagon", "TASS", "Reuters",
    ];
    expect(actors.filter((actor) => !all.includes(actor))).toEqual([]);
  });
});
