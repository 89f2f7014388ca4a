// `npm run eval:parser -- FILE.conllu [FILE…] [--model FILE]`: scores a syntax model (the shipped one by default) on
// CoNLL-U files, from gold tokens (UPOS, UAS, LAS) and from raw text through wink-nlp (word F1 after CoNLL 2018
// alignment), and prints its parsing speed.

import { createWinkReader } from "../ingest/nlp/create-wink-reader.ts";
import { evaluateTreebankFile, formatEvaluation } from "../ingest/syntax/evaluate/evaluate-treebanks.ts";
import { loadSyntaxModel, readSyntaxModelFile } from "../ingest/syntax/load-syntax-model.ts";
import { readTreebankFile } from "../ingest/syntax/train/treebank-sources.ts";
import { parseScriptArgs } from "./parse-script-args.ts";

const args = parseScriptArgs(process.argv.slice(2), { model: "" });
if (args._.length === 0) {
  console.error("usage: npm run eval:parser -- FILE.conllu [FILE…] [--model FILE]");
  process.exit(2);
}
const model = args.model === "" ? loadSyntaxModel() : readSyntaxModelFile(args.model);
const reader = createWinkReader();
const rows = args._.map((path) =>
  evaluateTreebankFile(model, reader, path.split("/").pop() ?? path, readTreebankFile(path)),
);
console.log(formatEvaluation(rows));
for (const row of rows)
  console.log(
    `${row.set}: ${Math.round(row.goldTokens.wordsPerSecond).toLocaleString("en")} words/s tagged and parsed (wall time, one core)`,
  );
