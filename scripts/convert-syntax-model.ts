// `node bin/run-ts.mjs scripts/convert-syntax-model.ts [IN] [--out FILE]`: rewrites a syntax model file (the shipped
// one by default, in place) in the format this code writes (model/model-file.ts MODEL_FORMAT_VERSION), the same
// weights, keys, vocabularies and provenance. It reads the written file back and stops, leaving IN as it was, unless
// every array and the header are equal to the input's, so the model's decisions cannot change. The file's facts
// beside it (FILE.meta.json, as train:parser writes them) get the new size.

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { decodeModelFile, encodeModelFile, MODEL_FORMAT_VERSION } from "../ingest/syntax/model/model-file.ts";
import { sameModelFileContents } from "../ingest/syntax/model/same-model-contents.ts";
import { parseScriptArgs } from "./parse-script-args.ts";

const shipped = fileURLToPath(new URL("../models/en-news-syntax.bin", import.meta.url));
const args = parseScriptArgs(process.argv.slice(2), { out: "" });
const input = resolve(args._[0] ?? shipped);
const output = resolve(args.out === "" ? input : args.out);
const before = readFileSync(input);
const contents = decodeModelFile(before);
const steps = Object.fromEntries(
  Object.entries(contents.classifiers).map(([name, arrays]) => {
    if (arrays.step === undefined) throw new Error(`${input}: the "${name}" classifier has no quantisation step`);
    return [name, arrays.step];
  }),
);
const from = contents.header.version;
const bytes = encodeModelFile({ ...contents, header: { ...contents.header, version: MODEL_FORMAT_VERSION } }, steps);
const difference = sameModelFileContents(contents, decodeModelFile(bytes));
if (difference !== null) {
  console.error(`convert-syntax-model: the converted model differs from ${input} (${difference}); nothing written`);
  process.exit(1);
}
writeFileSync(output, bytes);
const facts = output.replace(/\.bin$/, "") + ".meta.json";
if (existsSync(facts)) {
  const meta = JSON.parse(readFileSync(facts, "utf8")) as Record<string, unknown>;
  writeFileSync(facts, JSON.stringify({ ...meta, bytes: bytes.length }, null, 2) + "\n");
}
console.log(
  `${relative(process.cwd(), output)}: format version ${from} -> ${MODEL_FORMAT_VERSION}, ` +
    `${(before.length / 1e6).toFixed(1)} MB -> ${(bytes.length / 1e6).toFixed(1)} MB, same header and arrays`,
);
