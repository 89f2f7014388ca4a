// `npm run eval`: scores the extraction engine on ../shared — statement by statement on dev-gold-v2 first (the
// figure the README reports), then the older article-level dev gold, CoNLL-2003 actor recognition and PETRARCH-2
// event coding — and measures its throughput against wink; skips cleanly when ../shared is absent.

import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createExtractor } from "../ingest/extract/create-extractor.ts";
import { runCli } from "../src/cli/run-cli.ts";
import { evaluateConllNer } from "./conll-ner-eval.ts";
import { extractDevArticles } from "./extract-dev-articles.ts";
import { measureExtractionThroughput } from "./measure-extraction-throughput.ts";
import { evaluatePetrarch } from "./petrarch-eval.ts";

/** Where the shared evaluation material lives, relative to the project root. */
export const SHARED_DIR = resolve(process.cwd(), "../shared");
/** How many corpus articles the throughput measurement reads. */
export const THROUGHPUT_ARTICLES = 60;

const fixed = (value: number): string => value.toFixed(3);

/** Path of a dev-gold-v2 article in the corpus (its 2014 articles are named article_N.txt). */
function corpusPath(file: string): string {
  return join(SHARED_DIR, "corpus", file.startsWith("article_") ? "ukraine-crisis-2014" : "ukraine-war-2022-24", file);
}

/** Statement-level figures as a user gets them: `newsgraph extract` (reading and cleaning included) then the scorer. */
async function runDevGoldV2(): Promise<void> {
  const goldPath = join(SHARED_DIR, "eval/dev-gold-v2.json");
  const gold = JSON.parse(readFileSync(goldPath, "utf8")) as { articles: Record<string, unknown> };
  const files = Object.keys(gold.articles).map(corpusPath);
  const out = join(mkdtempSync(join(tmpdir(), "newsgraph-eval-")), "dev2.json");
  const code = await runCli(["extract", ...files, "--format", "json", "-o", out, "--workers", "1"]);
  if (code !== 0) throw new Error(`eval: newsgraph extract exited ${code} on the dev-gold-v2 articles`);
  const report = execFileSync(process.execPath, [join(SHARED_DIR, "eval/score-statements.mjs"), goldPath, out], {
    encoding: "utf8",
  });
  console.log(`== Dev gold v2 (${files.length} articles), statement by statement: score-statements.mjs`);
  console.log(report.trim().split("\n").slice(-1)[0]);
}

function runDevGold(): void {
  const goldPath = join(SHARED_DIR, "eval/dev-gold.json");
  const gold = JSON.parse(readFileSync(goldPath, "utf8")) as { articles: Record<string, unknown> };
  const files = Object.keys(gold.articles).map((file) => join(SHARED_DIR, "corpus/ukraine-war-2022-24", file));
  const out = join(mkdtempSync(join(tmpdir(), "newsgraph-eval-")), "dev.json");
  writeFileSync(out, JSON.stringify(extractDevArticles(createExtractor(), files)));
  const report = execFileSync(process.execPath, [join(SHARED_DIR, "eval/score-triples.mjs"), goldPath, out], {
    encoding: "utf8",
  });
  console.log("== Dev gold v1 (8 articles, tuned on by earlier versions), article level: score-triples.mjs");
  console.log(report.trim().split("\n").slice(-1)[0]);
}

function runConll(): void {
  const path = join(SHARED_DIR, "eval/conll2003/valid.txt");
  const scores = evaluateConllNer(path, createExtractor({ metonymy: false }));
  console.log(`== CoNLL-2003 valid (${scores.documents} documents): entity-level, exact span and type`);
  for (const [type, s] of Object.entries(scores.perType)) {
    console.log(
      `${type}: precision ${fixed(s.precision)}, recall ${fixed(s.recall)}, F1 ${fixed(s.f1)} (gold ${s.gold}, predicted ${s.predicted})`,
    );
  }
  const o = scores.overall;
  console.log(`overall: precision ${fixed(o.precision)}, recall ${fixed(o.recall)}, F1 ${fixed(o.f1)}`);
}

function runPetrarch(): void {
  const scores = evaluatePetrarch(
    join(SHARED_DIR, "eval/petrarch-unit-records.jsonl"),
    join(SHARED_DIR, "eval/CAMEO2PLOVER-2021.txt"),
    createExtractor(),
  );
  console.log(`== PETRARCH-2 unit records (${scores.records} records, ${scores.codings} gold codings)`);
  console.log(
    `source accuracy ${fixed(scores.sourceAccuracy)}, target accuracy ${fixed(scores.targetAccuracy)}, ` +
      `PLOVER type accuracy ${fixed(scores.typeAccuracy)} (of ${scores.typedCodings} mappable), all three ${fixed(scores.fullAccuracy)}, ` +
      `records with a statement ${fixed(scores.eventRate)}`,
  );
}

function runThroughput(): void {
  const dir = join(SHARED_DIR, "corpus/ukraine-war-2022-24");
  const texts = readdirSync(dir)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .slice(0, THROUGHPUT_ARTICLES)
    .map((file) => readFileSync(join(dir, file), "utf8"));
  const t = measureExtractionThroughput(texts);
  console.log(`== Throughput (${texts.length} articles, one core)`);
  console.log(
    `extractor ${Math.round(t.tokensPerSecond)} tokens/s (${t.articlesPerSecond.toFixed(1)} articles/s), ` +
      `wink readDoc ${Math.round(t.winkTokensPerSecond)} tokens/s, ratio ${t.ratio.toFixed(2)} (budget >= 0.15 with parsing)`,
  );
}

if (!existsSync(join(SHARED_DIR, "eval"))) {
  console.log(`eval: ${SHARED_DIR} is absent (it exists only on development machines); nothing to score, skipping.`);
} else {
  await runDevGoldV2();
  runDevGold();
  runConll();
  runPetrarch();
  runThroughput();
}
