// The model's scores on the standard sets, both ways: gold tokens (EWT and GUM dev and test, GUM's news documents)
// and raw text through wink-nlp, as printed by `npm run train:parser` and recorded in the model's meta file.

import type { WinkReader } from "../../nlp/create-wink-reader.ts";
import type { SyntaxModel } from "../syntax-model.ts";
import { gumNewsOnly, readTreebankPart, type TreebankFile } from "../train/treebank-sources.ts";
import { evaluateGoldTokens } from "./evaluate-gold-tokens.ts";
import { evaluateRawText, type RawTextScores } from "./evaluate-raw-text.ts";
import type { ParseScores } from "./score-parse.ts";

export interface SetEvaluation {
  set: string;
  goldTokens: ParseScores & { wordsPerSecond: number };
  rawText: RawTextScores;
}

/** Scores one treebank file both ways. */
export function evaluateTreebankFile(
  model: SyntaxModel,
  reader: WinkReader,
  set: string,
  file: TreebankFile,
): SetEvaluation {
  return {
    set,
    goldTokens: evaluateGoldTokens(model, file.trees),
    rawText: evaluateRawText(model, reader, file.conllu),
  };
}

/** Scores the model on EWT dev/test, GUM dev/test and GUM's news test documents under `folder`. */
export function evaluateTreebanks(model: SyntaxModel, reader: WinkReader, folder: string): SetEvaluation[] {
  const gumTest = readTreebankPart(folder, "gumTest");
  return [
    evaluateTreebankFile(model, reader, "EWT dev", readTreebankPart(folder, "ewtDev")),
    evaluateTreebankFile(model, reader, "EWT test", readTreebankPart(folder, "ewtTest")),
    evaluateTreebankFile(model, reader, "GUM dev", readTreebankPart(folder, "gumDev")),
    evaluateTreebankFile(model, reader, "GUM test", gumTest),
    evaluateTreebankFile(model, reader, "GUM test, news", gumNewsOnly(gumTest)),
  ];
}

const percent = (value: number): string => (100 * value).toFixed(2).padStart(6);

/** A plain-text table of evaluations. */
export function formatEvaluation(rows: readonly SetEvaluation[]): string {
  const lines = [
    "                  |        gold tokens           |         raw text through wink-nlp (F1)",
    "set               | words   UPOS    UAS    LAS   | tokens  UPOS  (wink)   UAS    LAS",
  ];
  for (const { set, goldTokens: g, rawText: r } of rows) {
    lines.push(
      `${set.padEnd(17)} | ${String(g.words).padStart(6)} ${percent(g.upos)} ${percent(g.uas)} ${percent(g.las)} |` +
        ` ${percent(r.words)} ${percent(r.upos)} ${percent(r.winkUpos)} ${percent(r.uas)} ${percent(r.las)}`,
    );
  }
  return lines.join("\n");
}
