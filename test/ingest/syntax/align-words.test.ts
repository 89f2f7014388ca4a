// Token alignment for the production-path evaluation: wink's tokens against the treebank's words by character spans,
// with multiword tokens ("don't" = do + n't) aligned by their forms.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readConllu } from "../../../ingest/syntax/conllu/read-conllu.ts";
import { alignWords } from "../../../ingest/syntax/evaluate/align-words.ts";
import { goldWordsWithSpans } from "../../../ingest/syntax/evaluate/evaluate-raw-text.ts";

const sentences = readConllu(
  readFileSync(new URL("../../fixtures/treebank/news-sample.conllu", import.meta.url), "utf8"),
);
const word = (form: string, start: number, multiword = -1) => ({ form, start, end: start + form.length, multiword });

describe("goldWordsWithSpans", () => {
  it("gives each word its span in the sentence text, and the words of a multiword token the token's span", () => {
    const { text, words } = goldWordsWithSpans(sentences[12]!);
    expect(text).toBe('"We don\'t want a war," Peskov said.');
    expect(words.slice(0, 5).map((w) => [w.form, w.start, w.end, w.multiword])).toEqual([
      ['"', 0, 1, -1],
      ["We", 1, 3, -1],
      ["do", 4, 9, 0],
      ["n't", 4, 9, 0],
      ["want", 10, 14, -1],
    ]);
  });
});

describe("alignWords", () => {
  it("aligns equal spans and the parts of a multiword token by form", () => {
    const gold = [word("We", 0), { ...word("do", 3, 0), end: 8 }, { ...word("n't", 3, 0), end: 8 }, word("want", 9)];
    const system = [word("We", 0), word("do", 3), word("n't", 5), word("want", 9)];
    expect(Array.from(alignWords(gold, system))).toEqual([0, 1, 2, 3]);
  });

  it("leaves words unaligned when the tokenisers split differently", () => {
    const gold = [word("pro", 0), word("-", 3), word("Russian", 4), word("forces", 12)];
    const system = [word("pro-Russian", 0), word("forces", 12)];
    expect(Array.from(alignWords(gold, system))).toEqual([-1, -1, -1, 1]);
  });
});
