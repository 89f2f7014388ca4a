// Training is reproducible: the same treebank and seed give the same model file byte for byte, a different seed a
// different one; the file reads back into the same parts and a model that tags and parses.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readConllu } from "../../../ingest/syntax/conllu/read-conllu.ts";
import { readSyntaxModel, writeSyntaxModel } from "../../../ingest/syntax/model/syntax-model-file.ts";
import { SyntaxModel } from "../../../ingest/syntax/syntax-model.ts";
import { trainSyntaxModel } from "../../../ingest/syntax/train/train-syntax-model.ts";
import { toTreebankSentence } from "../../../ingest/syntax/train/treebank-sentence.ts";

const sample = readConllu(readFileSync(new URL("../../fixtures/treebank/news-sample.conllu", import.meta.url), "utf8"))
  .map((sentence, index) => toTreebankSentence(sentence, String(index)))
  .filter((tree) => tree !== null);

function train(seed: number, jackknifeFolds = 1): Buffer {
  const options = { seed, taggerEpochs: 3, parserEpochs: 4, jackknifeFolds, explorationFrom: 2, exploration: 0.9 };
  const trained = trainSyntaxModel(sample, { ...options, log: () => {} });
  return writeSyntaxModel(trained.parts, trained.steps, { seed });
}

describe("trainSyntaxModel", () => {
  it("gives the same model file for the same seed, with and without jackknifed tags", () => {
    expect(train(7).equals(train(7))).toBe(true);
    expect(train(7, 3).equals(train(7, 3))).toBe(true);
  });

  it("gives a different model for a different seed", () => {
    expect(train(7).equals(train(8))).toBe(false);
  });

  it("writes a file that reads back into a working model", () => {
    const { parts, meta } = readSyntaxModel(train(7));
    expect(meta).toEqual({ seed: 7 });
    expect(parts.labels).toContain("nsubj:pass");
    const analysis = new SyntaxModel(parts).analyse(["The", "talks", "were", "hosted", "by", "Turkey", "."]);
    expect(analysis.heads).toHaveLength(7);
    expect(analysis.heads.filter((head) => head === -1)).toHaveLength(1);
    expect(analysis.labels[6]).toBe("punct");
  });
});
