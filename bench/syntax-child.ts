// Child process of the parsing bench rows: loads the shipped syntax model once, as an extraction worker does, then
// parses the sentences it is given, and reports the load's wall and CPU time and the resident memory the model and
// its parsing add (after a full garbage collection, so garbage waiting for the collector does not count).
// Run by bench/measure-syntax-rows.ts as `node --expose-gc bin/run-ts.mjs bench/syntax-child.ts SENTENCES.json`.

import { readFileSync } from "node:fs";
import { loadSyntaxModel } from "../ingest/syntax/load-syntax-model.ts";

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("bench/syntax-child: run with --expose-gc");
const sentences = JSON.parse(readFileSync(process.argv[2] as string, "utf8")) as string[][];
gc();
const rssBefore = process.memoryUsage().rss;
const cpuBefore = process.cpuUsage();
const started = performance.now();
const model = loadSyntaxModel();
const loadWallMs = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
for (const sentence of sentences) model.analyse(sentence);
gc();
const rssAfter = process.memoryUsage().rss;
process.stdout.write(
  JSON.stringify({
    loadWallMs,
    loadCpuMs: (cpu.user + cpu.system) / 1000,
    extraRssMiB: (rssAfter - rssBefore) / 2 ** 20,
  }),
);
