// CoNLL-U reading and writing: a file read and written back is unchanged, words carry their tree, and a malformed
// row is rejected with the line that holds it.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { commentValue, wordsOf } from "../../../ingest/syntax/conllu/conllu-sentence.ts";
import { readConllu } from "../../../ingest/syntax/conllu/read-conllu.ts";
import { writeConllu } from "../../../ingest/syntax/conllu/write-conllu.ts";
import { InvalidInputError } from "../../../graph-schema/index.ts";

const SAMPLE = new URL("../../fixtures/treebank/news-sample.conllu", import.meta.url);
const TREEBANKS = new URL("../../../../shared/treebanks/", import.meta.url);

describe("readConllu and writeConllu", () => {
  it("round-trips the team's news treebank byte for byte", () => {
    const text = readFileSync(SAMPLE, "utf8");
    const sentences = readConllu(text);
    expect(sentences).toHaveLength(13);
    expect(writeConllu(sentences)).toBe(text);
  });

  it("reads words with heads and relations, and keeps multiword tokens apart from words", () => {
    const sentences = readConllu(readFileSync(SAMPLE, "utf8"));
    const passive = sentences[4]!;
    expect(commentValue(passive, "text")).toBe("The talks were hosted by Turkey.");
    expect(wordsOf(passive).map((w) => [w.form, w.head, w.deprel])).toEqual([
      ["The", 2, "det"],
      ["talks", 4, "nsubj:pass"],
      ["were", 4, "aux:pass"],
      ["hosted", 0, "root"],
      ["by", 6, "case"],
      ["Turkey", 4, "obl:agent"],
      [".", 4, "punct"],
    ]);
    const quote = sentences[12]!;
    expect(quote.rows.filter((row) => row.kind === "range")).toEqual([
      { kind: "range", from: 3, to: 4, form: "don't", rest: ["_", "_", "_", "_", "_", "_", "_", "_"] },
    ]);
    expect(wordsOf(quote).map((w) => w.form)).toContain("n't");
  });

  it.each([
    [
      "a row with spaces instead of tabs",
      "1 NATO NATO PROPN NNP _ 2 nsubj _ _\n",
      /conllu:1 has 1 tab-separated columns, expected 10/,
    ],
    ["a non-numeric head", "1\tNATO\tNATO\tPROPN\tNNP\t_\tx\tnsubj\t_\t_\n", /conllu:1 has HEAD "x"/],
    ["a bad id", "# text = a\nA\ta\ta\tDET\tDT\t_\t0\troot\t_\t_\n", /conllu:2 has ID "A"/],
  ])("rejects %s, naming the line", (_, text, message) => {
    expect(() => readConllu(text)).toThrow(InvalidInputError);
    expect(() => readConllu(text)).toThrow(message);
  });

  it.skipIf(!existsSync(TREEBANKS))("round-trips the training treebanks (development machines only)", () => {
    for (const file of ["ud-english-ewt/en_ewt-ud-dev.conllu", "gum-permissive/gum-test.conllu"]) {
      const text = readFileSync(new URL(file, TREEBANKS), "utf8");
      expect(writeConllu(readConllu(text))).toBe(text);
    }
  });
});
