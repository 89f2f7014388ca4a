import { describe, expect, it } from "vitest";
import { analyzeText } from "../../../ingest/nlp/analyze-text.ts";
import { loadWinkNlp } from "../../../ingest/nlp/load-wink-nlp.ts";
import { resolveEventDate } from "../../../ingest/extract/attribution/resolve-event-date.ts";

const nlp = loadWinkNlp();

describe("resolveEventDate", () => {
  // 2022-02-16 was a Wednesday.
  const rows: Array<{ text: string; published: string | null; expected: string | null }> = [
    { text: "The ministers met on Sunday.", published: "2022-02-16", expected: "2022-02-13" },
    { text: "The ministers met on Wednesday.", published: "2022-02-16T08:00:00Z", expected: "2022-02-16" },
    { text: "Troops arrived yesterday.", published: "2022-02-16", expected: "2022-02-15" },
    { text: "Talks were held last week.", published: "2022-02-16", expected: "2022-02-09" },
    { text: "The summit opened on December 7.", published: "2022-02-16", expected: "2021-12-07" },
    { text: "The offensive began on 24 February 2022.", published: "2023-06-01", expected: "2022-02-24" },
    { text: "The alliance issued a statement.", published: "2022-02-16", expected: "2022-02-16" },
    { text: "The alliance issued a statement on Friday.", published: null, expected: null },
  ];
  it.each(rows)("$text ($published)", ({ text, published, expected }) => {
    expect(resolveEventDate(analyzeText(nlp, text).tokens, published)).toEqual(expected);
  });
});
