// `npx tsx eval/run-response-eval.ts`: scores response links ("who responded to whom") on the eight dev articles
// of ../shared against eval/responses/dev-responses.json, then lists the links found in the demo corpus.
// Skips cleanly when ../shared is absent.

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import type { ExtractionResult } from "../graph-schema/index.ts";
import { createInProcessExtractor } from "../ingest/pipeline/batch-extractor.ts";
import { extractDocuments } from "../ingest/pipeline/extract-documents.ts";
import { scoreResponseLinks, type GoldResponseLink } from "./responses/score-response-links.ts";

/** Where the shared evaluation material lives, relative to the project root. */
export const SHARED_DIR = resolve(process.cwd(), "../shared");
const CORPUS_DIR = join(SHARED_DIR, "corpus/ukraine-war-2022-24");
const DEMO_DIR = resolve(process.cwd(), "demo/articles");
const GOLD_PATH = resolve(process.cwd(), "eval/responses/dev-responses.json");

const fixed = (value: number): string => value.toFixed(3);

/** Publication date-times of the corpus files, from its index.csv (`file,date,…`). */
function corpusDates(): Map<string, string> {
  const lines = readFileSync(join(CORPUS_DIR, "index.csv"), "utf8").trim().split("\n").slice(1);
  return new Map(lines.map((line) => line.split(",")).map(([file, date]) => [file ?? "", date ?? ""]));
}

/** Extracts the dev articles as JSON records carrying their index.csv dates; article files become their names. */
async function extractDevArticles(files: readonly string[]): Promise<ExtractionResult> {
  const dates = corpusDates();
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-response-eval-"));
  try {
    const inputs = files.map((file) => {
      const text = readFileSync(join(CORPUS_DIR, file), "utf8").replace(/\r\n/g, "\n").trim();
      const path = join(dir, `${file}.json`);
      writeFileSync(path, JSON.stringify({ title: text.split("\n")[0], text, published: dates.get(file) ?? null }));
      return path;
    });
    const extractor = createInProcessExtractor();
    const result = await extractDocuments(inputs, { extractor });
    await extractor.close();
    return { ...result, articles: result.articles.map((a) => ({ ...a, file: basename(a.file, ".json") })) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function runDev(): Promise<void> {
  const gold = JSON.parse(readFileSync(GOLD_PATH, "utf8")) as { links: GoldResponseLink[] };
  const devGold = JSON.parse(readFileSync(join(SHARED_DIR, "eval/dev-gold.json"), "utf8")) as {
    aliases: Record<string, string[]>;
    articles: Record<string, unknown>;
  };
  const result = await extractDevArticles(Object.keys(devGold.articles));
  const scores = scoreResponseLinks(gold.links, devGold.aliases, result);
  console.log(
    `== Response links, dev articles (${Object.keys(devGold.articles).length}; ${result.relations.length} statements)`,
  );
  console.log(
    `precision ${fixed(scores.precision)} (${scores.correct}/${scores.predicted}), ` +
      `recall ${fixed(scores.recall)} (${scores.found}/${scores.gold})`,
  );
  for (const link of scores.links)
    console.log(
      `${link.matched ? "+" : "-"} ${link.from}  →  ${link.to}  [${link.cue}, ${link.lagDays}d, ${link.confidence}]`,
    );
  for (const miss of scores.missed)
    console.log(
      `missed: ${miss.note} (answering statement extracted: ${miss.answeringExtracted ? "yes" : "no"}, ` +
        `answered statement extracted: ${miss.answeredExtracted ? "yes" : "no"})`,
    );
}

async function runDemo(): Promise<void> {
  const extractor = createInProcessExtractor();
  const result = await extractDocuments([DEMO_DIR], { extractor });
  await extractor.close();
  const names = new Map(result.actors.map((actor) => [actor.id, actor.name]));
  const relations = new Map(result.relations.map((relation) => [relation.id, relation]));
  const files = new Map(
    result.articles.map((article) => [article.id, `${basename(article.file)} (${article.published})`]),
  );
  console.log(
    `== Response links, demo corpus (${result.articles.length} articles, ${result.relations.length} statements)`,
  );
  for (const response of result.responses) {
    const [from, to] = [relations.get(response.from), relations.get(response.to)];
    if (!from || !to) continue;
    const say = (r: typeof from): string =>
      `${files.get(r.article)}: ${names.get(r.subject)} ${r.type} ${names.get(r.object)}`;
    console.log(`${say(from)}  →  ${say(to)}  [${response.cue}, ${response.lagDays}d, ${response.confidence}]`);
  }
}

if (existsSync(CORPUS_DIR) && existsSync(GOLD_PATH)) await runDev();
else console.log(`response eval: ${CORPUS_DIR} not found; skipping the dev articles (the shared corpus is internal).`);
if (existsSync(DEMO_DIR)) await runDemo();
