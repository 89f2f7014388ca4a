// Rows of the benchmark for the dependency parser (ingest/syntax): tagging and parsing alone against wink readDoc on
// the same texts, in CPU time on one core (alternating rounds, as the extraction row); and, in a child process, the
// model's load time and the resident memory it adds to an extraction worker.

import { execFileSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeText } from "../ingest/nlp/analyze-text.ts";
import { loadWinkNlp } from "../ingest/nlp/load-wink-nlp.ts";
import { loadSyntaxModel } from "../ingest/syntax/load-syntax-model.ts";
import { formatNumber, type BenchRow } from "./bench-table.ts";
import { REPO_ROOT } from "./corpus-templates.ts";

export const PARSE_TOKENS_PER_SECOND_TARGET = 50_000;
export const MODEL_LOAD_MS_TARGET = 500;
export const MODEL_RSS_MIB_TARGET = 150;
const MIN_MEASURE_TIME_MS = 3_000;
const MIN_ROUNDS = 6;

function cpuMs(run: () => void): number {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

/** The texts' sentences as word lists, as extraction hands them to the parser. */
function sentencesOf(texts: readonly string[]): string[][] {
  const nlp = loadWinkNlp();
  const out: string[][] = [];
  for (const text of texts) {
    const analyzed = analyzeText(nlp, text, { lemmatize: (lower) => lower });
    for (const sentence of analyzed.sentences) {
      const words = analyzed.tokens.slice(sentence.tokenStart, sentence.tokenEnd).filter((t) => t.pos !== "SPACE");
      if (words.length > 0) out.push(words.map((t) => t.text));
    }
  }
  return out;
}

/** Parsing speed against wink readDoc (figures in CPU time). */
export function parsingRow(texts: readonly string[]): { row: BenchRow; figures: Record<string, number> } {
  const nlp = loadWinkNlp();
  const model = loadSyntaxModel();
  const sentences = sentencesOf(texts);
  const words = sentences.reduce((sum, s) => sum + s.length, 0);
  const winkTokens = texts.reduce((sum, text) => sum + nlp.readDoc(text).tokens().length(), 0);
  const readAll = (): void => texts.forEach((text) => nlp.readDoc(text));
  const parseAll = (): void => sentences.forEach((sentence) => model.analyse(sentence));
  readAll();
  parseAll();
  let winkMs = 0;
  let parseMs = 0;
  let rounds = 0;
  const started = performance.now();
  while (rounds < MIN_ROUNDS || performance.now() - started < MIN_MEASURE_TIME_MS) {
    winkMs += cpuMs(readAll);
    parseMs += cpuMs(parseAll);
    rounds++;
  }
  const parsePerSecond = (words * rounds * 1000) / parseMs;
  const winkPerSecond = (winkTokens * rounds * 1000) / winkMs;
  return {
    row: {
      name: `parsing alone, one core (${sentences.length} sentences)`,
      figure: `${formatNumber(parsePerSecond)} words/s tagged and parsed`,
      reference: `wink readDoc ${formatNumber(winkPerSecond)} tokens/s (both in CPU time)`,
      ratio: parsePerSecond / winkPerSecond,
      target: `≥ ${formatNumber(PARSE_TOKENS_PER_SECOND_TARGET)} words/s`,
      met: parsePerSecond >= PARSE_TOKENS_PER_SECOND_TARGET,
    },
    figures: { parsePerSecond, winkPerSecond, words, sentences: sentences.length },
  };
}

/** Model load time and the memory it adds, measured in a fresh child process. */
export function modelLoadRows(
  texts: readonly string[],
  workDir: string,
): { rows: BenchRow[]; figures: Record<string, number> } {
  const file = join(workDir, "syntax-sentences.json");
  writeFileSync(file, JSON.stringify(sentencesOf(texts)));
  try {
    const output = execFileSync(
      process.execPath,
      ["--expose-gc", join(REPO_ROOT, "bin", "run-ts.mjs"), join(REPO_ROOT, "bench", "syntax-child.ts"), file],
      { cwd: REPO_ROOT, encoding: "utf8" },
    );
    const measured = JSON.parse(output) as { loadWallMs: number; loadCpuMs: number; extraRssMiB: number };
    return {
      rows: [
        {
          name: "syntax model load (fresh process)",
          figure: `${formatNumber(measured.loadWallMs)} ms wall, ${formatNumber(measured.loadCpuMs)} ms CPU`,
          reference: "–",
          ratio: null,
          target: `≤ ${MODEL_LOAD_MS_TARGET} ms`,
          met: measured.loadWallMs <= MODEL_LOAD_MS_TARGET,
        },
        {
          name: "syntax model memory per worker",
          figure: `${formatNumber(measured.extraRssMiB)} MiB resident after loading and parsing`,
          reference: "–",
          ratio: null,
          target: `≤ ${MODEL_RSS_MIB_TARGET} MiB`,
          met: measured.extraRssMiB <= MODEL_RSS_MIB_TARGET,
        },
      ],
      figures: measured,
    };
  } finally {
    rmSync(file, { force: true });
  }
}
