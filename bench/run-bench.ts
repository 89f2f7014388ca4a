// `npm run bench`: measures newsgraph against references taken in the same run (wink readDoc, one worker, extraction
// alone, raw SQLite, direct store calls, plain sigma) and prints one table. See docs/benchmarks.md.
// Usage: npm run bench -- [--full] [--only sections] [--json FILE] (BENCH_USAGE in bench-options.ts). Each section's
// wall time is logged as it ends and written as `sectionSeconds` in the JSON.

import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { NewsgraphError } from "../graph-schema/index.ts";
import type { BatchExtractor, ExtractOutcome } from "../ingest/pipeline/batch-extractor.ts";
import type { CleanedArticle } from "../ingest/pipeline/cleaned-article.ts";
import { createExtractPool, defaultWorkerCount } from "../ingest/pipeline/extract-pool.ts";
import { BENCH_USAGE, parseBenchArgs, type BenchOptions, type BenchSection } from "./bench-options.ts";
import { formatBenchTable, type BenchRow } from "./bench-table.ts";
import { buildCorpusTemplates, COUNTRY_NAMES, readTemplateArticles, REPO_ROOT } from "./corpus-templates.ts";
import { extractionRow, spreadSample } from "./measure-extraction-rows.ts";
import { neo4jRow } from "./measure-neo4j-row.ts";
import { modelLoadRows, parsingRow } from "./measure-syntax-rows.ts";
import { parallelRow } from "./measure-parallel-row.ts";
import { incrementalRow, INCREMENTAL_ARTICLES, ingestRow, reopenAndApiRows, sizeLabel } from "./measure-store-rows.ts";
import { viewerRow } from "./measure-viewer-row.ts";
import { createSectionTimer } from "./section-timer.ts";
import { resolveSyntheticCorpusOptions, writeSyntheticCorpus, type CorpusTemplate } from "./synthetic-corpus.ts";

const log = (line: string): void => void process.stderr.write(`${line}\n`);

function gitCommit(): string {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: REPO_ROOT, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], {
      cwd: REPO_ROOT,
      encoding: "utf8",
    }).trim();
    return dirty === "" ? head : `${head} + uncommitted changes`;
  } catch (error) {
    return `unknown (${(error as Error).message.split("\n")[0]})`;
  }
}

/** The machine and run, for the header and the JSON. */
function machine(): Record<string, string | number> {
  return {
    date: new Date().toISOString(),
    cpu: cpus()[0]?.model ?? "unknown",
    cores: availableParallelism(),
    node: process.version,
    ramGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    loadAverage1m: Math.round((loadavg()[0] ?? 0) * 100) / 100,
    commit: gitCommit(),
  };
}

/** Runs one section; a failure becomes a row saying so, and the other sections still run. */
async function guarded(rows: BenchRow[], name: string, section: () => Promise<void>): Promise<void> {
  try {
    await section();
  } catch (error) {
    const message = (error as Error).message.split("\n").find((line) => line.trim() !== "") ?? String(error);
    log(`${name} failed: ${(error as Error).stack ?? message}`);
    rows.push({
      name,
      figure: `failed: ${message.slice(0, 300)}`,
      reference: "–",
      ratio: null,
      target: "–",
      met: false,
    });
  }
}

/**
 * Builds the synthetic corpus templates, finding people in the articles the parallel row did not extract, with
 * `pool` (the parallel row's warm 2-worker pool when it ran: outcomes do not depend on the worker count).
 */
async function templatesFor(
  articles: CleanedArticle[],
  known: Map<CleanedArticle, ExtractOutcome>,
  pool: BatchExtractor,
): Promise<CorpusTemplate[]> {
  const rest = articles.filter((article) => !known.has(article));
  log(`finding the people in ${rest.length} template articles…`);
  (await pool.extractBatch(rest)).forEach((outcome, index) => known.set(rest[index] as CleanedArticle, outcome));
  const templates = buildCorpusTemplates(
    articles,
    articles.map((article) => known.get(article) as ExtractOutcome),
  );
  log(`${templates.length} templates (${articles.length - templates.length} too short or with nobody to replace)`);
  return templates;
}

async function run(options: BenchOptions): Promise<{ rows: BenchRow[]; figures: Record<string, unknown> }> {
  const has = (section: BenchSection): boolean => options.sections.includes(section);
  const rows: BenchRow[] = [];
  const add = (...added: BenchRow[]): void => {
    for (const row of added) log(`→ ${row.name}: ${row.figure} | ${row.reference}`);
    rows.push(...added);
  };
  const timer = createSectionTimer(log);
  /** A guarded section whose wall time goes into sectionSeconds under `section`. */
  const timed = (section: string, rowName: string, body: () => Promise<void>): Promise<void> =>
    timer.time(section, () => guarded(rows, rowName, body));
  const figures: Record<string, unknown> = {
    machine: machine(),
    options: { ...options },
    sectionSeconds: timer.seconds,
  };
  const workDir = mkdtempSync(join(tmpdir(), "newsgraph-bench-"));
  // Started lazily; the parallel row warms it, and the corpus templates reuse it warm instead of starting another.
  let pool: BatchExtractor | null = null;
  const twoWorkers = (): BatchExtractor => (pool ??= createExtractPool({ workers: 2 }));
  try {
    const { articles, sources } = await timer.time("template articles", readTemplateArticles);
    log(`template articles: ${articles.length} from ${sources.join(", ")}`);
    if (has("extraction")) {
      await timed("extraction", "extraction", async () => {
        log("extraction: our extractor vs wink readDoc, one core…");
        add(extractionRow(spreadSample(articles, options.extractionTexts).map((article) => article.text)));
      });
    }
    if (has("parsing")) {
      await timed("parsing", "parsing", async () => {
        log("parsing: tagger and parser alone vs wink readDoc, one core; model load and memory in a child process…");
        const texts = spreadSample(articles, options.extractionTexts).map((article) => article.text);
        const parsing = parsingRow(texts);
        const load = modelLoadRows(texts, workDir);
        add(parsing.row, ...load.rows);
        figures.parsing = { ...parsing.figures, ...load.figures };
      });
    }
    const known = new Map<CleanedArticle, ExtractOutcome>();
    if (has("parallel")) {
      await timed("parallel", "parallel extraction", async () => {
        log(`parallel: 1 vs 2 workers, ${options.parallelRounds} interleaved rounds…`);
        const sample = spreadSample(articles, options.parallelArticles);
        const measured = await parallelRow(sample, options.parallelRounds, twoWorkers(), log);
        add(measured.row);
        figures.parallel = measured.figures;
        sample.forEach((article, index) => known.set(article, measured.outcomes[index] as ExtractOutcome));
      });
    }
    let firstStore: { size: number; dir: string } | null = null;
    if (has("ingest") || has("reopen") || has("api") || has("incremental") || has("neo4j")) {
      const templates = await timer.time("corpus templates", () => templatesFor(articles, known, twoWorkers()));
      for (const size of options.sizes) {
        const label = sizeLabel(size);
        let storeDir: string | null = null;
        await timed(`ingest ${label}`, `ingest ${label}`, async () => {
          const corpusFile = join(workDir, `corpus-${size}.jsonl`);
          const started = performance.now();
          const written = writeSyntheticCorpus(corpusFile, templates, {
            articles: size,
            seed: options.seed,
            countryPool: COUNTRY_NAMES,
          });
          const mib = (written.bytes / 2 ** 20).toFixed(1);
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          log(`corpus ${label}: ${mib} MiB in ${seconds} s (${written.redrawn} redrawn); ingesting…`);
          const ingest = await ingestRow(size, corpusFile, workDir, options.workers, log);
          add(ingest.row);
          figures[`ingest-${size}`] = ingest.figures;
          storeDir = ingest.storeDir;
          firstStore ??= { size, dir: ingest.storeDir };
          if (!options.keep) rmSync(corpusFile, { force: true });
        });
        const built: string | null = storeDir;
        if (built === null) continue;
        if (has("reopen") || has("api")) {
          await timed(`reopen and API ${label}`, `reopen and API ${label}`, async () => {
            const served = await reopenAndApiRows(size, built, options.requests);
            if (has("reopen")) add(served.reopen);
            if (has("api")) add(...served.api);
            figures[`reopen-${size}`] = served.figures;
          });
        }
        if (!has("incremental")) continue;
        await timed(`add to ${label}`, `add to ${label}`, async () => {
          // The next articles of the same corpus (same seed and people), so they continue it.
          const addFile = join(workDir, `corpus-${size}-add.jsonl`);
          writeSyntheticCorpus(addFile, templates, {
            articles: INCREMENTAL_ARTICLES,
            firstIndex: size,
            people: resolveSyntheticCorpusOptions({ articles: size }).people,
            seed: options.seed,
            countryPool: COUNTRY_NAMES,
          });
          log(`adding ${INCREMENTAL_ARTICLES} articles to the ${label} store, and to an empty one…`);
          add(await incrementalRow(size, built, addFile, workDir, options.workers, log, options.addPairs));
          if (!options.keep) rmSync(addFile, { force: true });
        });
      }
    }
    if (has("neo4j")) {
      await timed("neo4j", "Neo4j load", async () =>
        add(await neo4jRow(firstStore?.size ?? 0, firstStore?.dir ?? null, workDir)),
      );
    }
    if (has("viewer")) {
      await timed("viewer", "viewer first frame", async () => {
        log(`viewer: newsgraph vs plain sigma, median of ${options.viewerRuns} page loads each…`);
        const viewer = await viewerRow(log, options.viewerRuns, options.viewerPanSteps);
        add(viewer.row);
        figures.viewer = viewer.figures;
      });
    }
    log(
      `section seconds: ${Object.entries(timer.seconds)
        .map(([name, seconds]) => `${name} ${seconds.toFixed(1)}`)
        .join(", ")}`,
    );
    figures.rows = rows;
    figures.finished = new Date().toISOString();
    return { rows, figures };
  } finally {
    await (pool as BatchExtractor | null)?.close();
    if (options.keep) log(`kept ${workDir}`);
    else rmSync(workDir, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseBenchArgs(process.argv.slice(2), defaultWorkerCount());
  } catch (error) {
    // A UsageError's message already ends with BENCH_USAGE (its hint).
    log(
      error instanceof NewsgraphError
        ? error.hint
          ? error.message
          : `${error.message}\n${BENCH_USAGE}`
        : String(error),
    );
    return 2;
  }
  const started = performance.now();
  const { rows, figures } = await run(options);
  const about = figures.machine as Record<string, string | number>;
  console.log(
    `newsgraph bench ${about.date}: ${about.cpu}, ${about.cores} cores, ${about.ramGiB} GiB RAM, node ${about.node}, ` +
      `load average ${about.loadAverage1m} at start and ${(loadavg()[0] ?? 0).toFixed(2)} at the end, commit ${about.commit}; sizes ${options.sizes.map(sizeLabel).join(", ")}; ` +
      `${((performance.now() - started) / 1000).toFixed(0)} s in all`,
  );
  console.log(formatBenchTable(rows));
  if (options.json !== null) {
    writeFileSync(
      options.json,
      `${JSON.stringify({ ...figures, seconds: (performance.now() - started) / 1000 }, null, 2)}\n`,
    );
    log(`figures written to ${options.json}`);
  }
  return 0;
}

process.exitCode = await main();
