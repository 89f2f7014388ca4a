// `npm run train:parser`: trains the shipped syntax model (tagger and dependency parser) from UD English EWT and GUM,
// deterministically from a seed (the same data and seed give the same .bin, byte for byte), writes
// models/en-news-syntax.bin and its facts (models/en-news-syntax.meta.json, which add the parsing speed measured on
// this machine), and prints its scores on the standard test sets, from gold tokens and from raw text through wink-nlp.
//
//   npm run train:parser -- [--treebanks DIR] [--out FILE] [--seed N] [--tagger-epochs N] [--parser-epochs N] [--folds K]
//                           [--train-on train|train+dev]
//
// Features and epochs were chosen on the dev sets with `--train-on train`; the shipped model is then trained on
// train+dev (the default), so its dev scores are marked as seen in training and only the test sets are held out.

import { writeFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { createWinkReader } from "../ingest/nlp/create-wink-reader.ts";
import {
  evaluateTreebanks,
  formatEvaluation,
  type SetEvaluation,
} from "../ingest/syntax/evaluate/evaluate-treebanks.ts";
import type { ParseScores } from "../ingest/syntax/evaluate/score-parse.ts";
import { writeSyntaxModel } from "../ingest/syntax/model/syntax-model-file.ts";
import { SyntaxModel } from "../ingest/syntax/syntax-model.ts";
import { DEFAULT_TRAIN_SYNTAX_OPTIONS, trainSyntaxModel } from "../ingest/syntax/train/train-syntax-model.ts";
import { readTreebankPart, TREEBANK_FILES, type TreebankPart } from "../ingest/syntax/train/treebank-sources.ts";
import { parseScriptArgs } from "./parse-script-args.ts";

const args = parseScriptArgs(process.argv.slice(2), {
  treebanks: "../shared/treebanks",
  out: "models/en-news-syntax.bin",
  seed: String(DEFAULT_TRAIN_SYNTAX_OPTIONS.seed),
  "tagger-epochs": String(DEFAULT_TRAIN_SYNTAX_OPTIONS.taggerEpochs),
  "parser-epochs": String(DEFAULT_TRAIN_SYNTAX_OPTIONS.parserEpochs),
  folds: String(DEFAULT_TRAIN_SYNTAX_OPTIONS.jackknifeFolds),
  "train-on": "train+dev",
});
if (args["train-on"] !== "train" && args["train-on"] !== "train+dev") {
  console.error(`--train-on takes "train" or "train+dev", not "${args["train-on"]}"`);
  process.exit(2);
}
const withDev = args["train-on"] === "train+dev";
const started = performance.now();
const log = (line: string): void => console.log(`[${((performance.now() - started) / 1000).toFixed(0)} s] ${line}`);
const options = {
  ...DEFAULT_TRAIN_SYNTAX_OPTIONS,
  seed: Number(args.seed),
  taggerEpochs: Number(args["tagger-epochs"]),
  parserEpochs: Number(args["parser-epochs"]),
  jackknifeFolds: Number(args.folds),
  log,
};
const parts: TreebankPart[] = withDev ? ["ewtTrain", "ewtDev", "gumTrain", "gumDev"] : ["ewtTrain", "gumTrain"];
const train = parts.flatMap((part) => readTreebankPart(args.treebanks, part).trees);
const trained = trainSyntaxModel(train, options);
const model = new SyntaxModel(trained.parts);
log("evaluating");
const evaluation = evaluateTreebanks(model, createWinkReader(), args.treebanks).map((row) => ({
  ...row,
  seenInTraining: withDev && row.set.includes("dev"),
}));
console.log(formatEvaluation(evaluation));
if (withDev) console.log("(dev sets were part of the training data: only the test rows are held out)");
const { log: _log, ...recorded } = options;
/** An evaluation row without its timing, which differs from run to run. */
function withoutSpeed(row: SetEvaluation): Omit<SetEvaluation, "goldTokens"> & { goldTokens: ParseScores } {
  const { wordsPerSecond: _speed, ...goldTokens } = row.goldTokens;
  return { ...row, goldTokens };
}
const meta = {
  name: "en-news-syntax",
  description: "Part-of-speech tagger and arc-hybrid dependency parser (averaged perceptrons) for English news",
  license: "CC BY-SA 4.0",
  sources: [
    {
      name: "UD English EWT",
      files: parts.filter((part) => part.startsWith("ewt")).map((part) => TREEBANK_FILES[part]),
      license: "CC BY-SA 4.0",
    },
    {
      name: "GUM (permissive subset)",
      files: parts.filter((part) => part.startsWith("gum")).map((part) => TREEBANK_FILES[part]),
      license: "annotations CC BY 4.0; texts CC BY / CC BY-SA",
    },
  ],
  command: `npm run train:parser -- --seed ${options.seed} --tagger-epochs ${options.taggerEpochs} --parser-epochs ${options.parserEpochs} --folds ${options.jackknifeFolds} --train-on ${args["train-on"]}`,
  training: { ...recorded, sentences: train.length, words: train.reduce((sum, s) => sum + s.forms.length, 0) },
  tags: trained.parts.tags.length,
  labels: trained.parts.labels,
  rows: {
    tagger: trained.parts.tagger.keys.length,
    transitions: trained.parts.transitions.keys.length,
    labeller: trained.parts.labeller.keys.length,
  },
  evaluation: evaluation.map(withoutSpeed),
};
// The model file's header holds only what the data and the seed determine, so that a retrain gives the same file
// byte for byte; the speed measured on this machine goes to the facts file beside it.
const bytes = writeSyntaxModel(trained.parts, trained.steps, meta);
writeFileSync(args.out, bytes);
writeFileSync(
  args.out.replace(/\.bin$/, "") + ".meta.json",
  JSON.stringify({ ...meta, evaluation, bytes: bytes.length }, null, 2) + "\n",
);
log(`wrote ${resolve(args.out)} (${(bytes.length / 1e6).toFixed(1)} MB) and ${basename(args.out, ".bin")}.meta.json`);
