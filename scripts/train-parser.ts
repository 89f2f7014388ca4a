// `npm run train:parser`: trains the shipped syntax model (tagger and dependency parser) from UD English EWT and GUM,
// deterministically from a seed, writes models/en-news-syntax.bin and its facts (models/en-news-syntax.meta.json),
// and prints its scores on the standard test sets, from gold tokens and from raw text through wink-nlp.
//
//   npm run train:parser -- [--treebanks DIR] [--out FILE] [--seed N] [--tagger-epochs N] [--parser-epochs N] [--folds K]

import { writeFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { createWinkReader } from "../ingest/nlp/create-wink-reader.ts";
import { evaluateTreebanks, formatEvaluation } from "../ingest/syntax/evaluate/evaluate-treebanks.ts";
import { writeSyntaxModel } from "../ingest/syntax/model/syntax-model-file.ts";
import { SyntaxModel } from "../ingest/syntax/syntax-model.ts";
import { DEFAULT_TRAIN_SYNTAX_OPTIONS, trainSyntaxModel } from "../ingest/syntax/train/train-syntax-model.ts";
import { readTreebankPart, TREEBANK_FILES } from "../ingest/syntax/train/treebank-sources.ts";
import { parseScriptArgs } from "./parse-script-args.ts";

const args = parseScriptArgs(process.argv.slice(2), {
  treebanks: "../shared/treebanks",
  out: "models/en-news-syntax.bin",
  seed: String(DEFAULT_TRAIN_SYNTAX_OPTIONS.seed),
  "tagger-epochs": String(DEFAULT_TRAIN_SYNTAX_OPTIONS.taggerEpochs),
  "parser-epochs": String(DEFAULT_TRAIN_SYNTAX_OPTIONS.parserEpochs),
  folds: String(DEFAULT_TRAIN_SYNTAX_OPTIONS.jackknifeFolds),
});
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
const train = [
  ...readTreebankPart(args.treebanks, "ewtTrain").trees,
  ...readTreebankPart(args.treebanks, "gumTrain").trees,
];
const trained = trainSyntaxModel(train, options);
const model = new SyntaxModel(trained.parts);
log("evaluating");
const evaluation = evaluateTreebanks(model, createWinkReader(), args.treebanks);
console.log(formatEvaluation(evaluation));
const { log: _log, ...recorded } = options;
const meta = {
  name: "en-news-syntax",
  description: "Part-of-speech tagger and arc-hybrid dependency parser (averaged perceptrons) for English news",
  license: "CC BY-SA 4.0",
  sources: [
    { name: "UD English EWT", files: [TREEBANK_FILES.ewtTrain], license: "CC BY-SA 4.0" },
    {
      name: "GUM (permissive subset)",
      files: [TREEBANK_FILES.gumTrain],
      license: "annotations CC BY 4.0; texts CC BY / CC BY-SA",
    },
  ],
  command: `npm run train:parser -- --seed ${options.seed} --tagger-epochs ${options.taggerEpochs} --parser-epochs ${options.parserEpochs} --folds ${options.jackknifeFolds}`,
  training: { ...recorded, sentences: train.length, words: train.reduce((sum, s) => sum + s.forms.length, 0) },
  tags: trained.parts.tags.length,
  labels: trained.parts.labels,
  rows: {
    tagger: trained.parts.tagger.keys.length,
    transitions: trained.parts.transitions.keys.length,
    labeller: trained.parts.labeller.keys.length,
  },
  evaluation,
};
const bytes = writeSyntaxModel(trained.parts, trained.steps, meta);
writeFileSync(args.out, bytes);
writeFileSync(
  args.out.replace(/\.bin$/, "") + ".meta.json",
  JSON.stringify({ ...meta, bytes: bytes.length }, null, 2) + "\n",
);
log(`wrote ${resolve(args.out)} (${(bytes.length / 1e6).toFixed(1)} MB) and ${basename(args.out, ".bin")}.meta.json`);
