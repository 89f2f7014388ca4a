// Command-line options of `npm run bench`: which sections run, at which corpus sizes, and where figures go.

import { UsageError } from "../graph-schema/index.ts";

export const BENCH_SECTIONS = [
  "extraction",
  "parsing",
  "parallel",
  "ingest",
  "reopen",
  "api",
  "incremental",
  "neo4j",
  "viewer",
] as const;
export type BenchSection = (typeof BENCH_SECTIONS)[number];

export interface BenchOptions {
  sections: BenchSection[];
  /** Synthetic corpus sizes (articles) for ingest, reopen and api. */
  sizes: number[];
  /** Also write the figures as JSON here. */
  json: string | null;
  /** Texts (from the template articles) for the one-core extraction row. */
  extractionTexts: number;
  /** Articles for the 1-vs-2-worker row. */
  parallelArticles: number;
  /** Timed rounds of the 1-vs-2-worker row (each: one pass of each pool, interleaved). */
  parallelRounds: number;
  /** Interleaved empty-store / existing-store pairs behind each "add 1k" ratio (median reported). */
  addPairs: number;
  /** Page loads per page kind in the viewer row (median reported). */
  viewerRuns: number;
  /** Mouse moves in each pan gesture of the viewer row. */
  viewerPanSteps: number;
  /** Requests per API route (after 3 warm-up requests). */
  requests: number;
  /** Extraction workers for ingest (the CLI's default: one per core). */
  workers: number;
  seed: number;
  /** Keep the temporary corpus and stores (their folder is printed). */
  keep: boolean;
}

/** The default run's sizes: small enough for the whole run to take under 2 minutes on 2 cores. */
export const DEFAULT_SIZES = [1_000, 3_000];
export const FULL_SIZES = [1_000, 10_000, 100_000];

export const DEFAULT_BENCH_OPTIONS: Readonly<Omit<BenchOptions, "workers">> = {
  sections: [...BENCH_SECTIONS],
  sizes: DEFAULT_SIZES,
  json: null,
  extractionTexts: 60,
  parallelArticles: 160,
  parallelRounds: 8,
  addPairs: 1,
  viewerRuns: 3,
  viewerPanSteps: 8,
  requests: 30,
  seed: 20220224,
  keep: false,
};

/** The settings `--full` changes: the 100k size, and more rounds, page loads, mouse moves and requests behind the figures. */
export const FULL_BENCH_OPTIONS: Readonly<
  Pick<BenchOptions, "sizes" | "parallelRounds" | "addPairs" | "viewerRuns" | "viewerPanSteps" | "requests">
> = {
  sizes: FULL_SIZES,
  parallelRounds: 16,
  addPairs: 3,
  viewerRuns: 5,
  viewerPanSteps: 60,
  requests: 50,
};

/** One line of BENCH_USAGE: what a preset measures. */
function describePreset(preset: typeof FULL_BENCH_OPTIONS): string {
  return (
    `sizes ${preset.sizes.join(",")}; parallel row median of ${preset.parallelRounds} interleaved rounds; ` +
    `add rows median of ${preset.addPairs} interleaved pair${preset.addPairs === 1 ? "" : "s"}; ` +
    `API ${preset.requests} requests per route; viewer median of ${preset.viewerRuns} page loads, ` +
    `pans of ${preset.viewerPanSteps} mouse moves`
  );
}

export const BENCH_USAGE =
  "usage: npm run bench -- [--full] [--sizes 1000,10000] [--only extraction,parsing,parallel,ingest,reopen,api,incremental,neo4j,viewer] " +
  "[--json FILE] [--rounds N] [--add-pairs N] [--viewer-runs N] [--requests N] [--workers N] [--seed N] [--keep]\n" +
  `  default (under 2 min on 2 idle cores): ${describePreset(DEFAULT_BENCH_OPTIONS)}\n` +
  `  --full (under 15 min is the target): ${describePreset(FULL_BENCH_OPTIONS)}\n` +
  "  --sizes, --rounds, --add-pairs, --viewer-runs and --requests override either preset, wherever they stand";

function positiveInteger(flag: string, value: string | undefined): number {
  const number = Number(value);
  if (value === undefined || !Number.isSafeInteger(number) || number < 1) {
    throw new UsageError(`bench: ${flag} takes a positive whole number, found ${value ?? "nothing"}`, {
      hint: BENCH_USAGE,
    });
  }
  return number;
}

/**
 * Parses `npm run bench -- …` arguments; throws UsageError naming the bad flag.
 * `--full` is a preset applied first wherever it stands, so the explicit flags win over it.
 * @example parseBenchArgs(["--full", "--only", "ingest"], 2).sizes; // [1000, 10000, 100000]
 */
export function parseBenchArgs(argv: readonly string[], defaultWorkers: number): BenchOptions {
  const preset = argv.includes("--full") ? FULL_BENCH_OPTIONS : DEFAULT_BENCH_OPTIONS;
  const options: BenchOptions = {
    ...DEFAULT_BENCH_OPTIONS,
    sections: [...BENCH_SECTIONS],
    sizes: [...preset.sizes],
    parallelRounds: preset.parallelRounds,
    addPairs: preset.addPairs,
    viewerRuns: preset.viewerRuns,
    viewerPanSteps: preset.viewerPanSteps,
    requests: preset.requests,
    workers: defaultWorkers,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string;
    const value = argv[i + 1];
    switch (flag) {
      case "--full":
        continue;
      case "--keep":
        options.keep = true;
        continue;
      case "--only": {
        const names = (value ?? "").split(",").filter((name) => name !== "");
        const unknown = names.filter((name) => !(BENCH_SECTIONS as readonly string[]).includes(name));
        if (names.length === 0 || unknown.length > 0) {
          throw new UsageError(
            `bench: --only takes sections among ${BENCH_SECTIONS.join(", ")}; found ${value ?? "nothing"}`,
            { hint: BENCH_USAGE },
          );
        }
        options.sections = names as BenchSection[];
        break;
      }
      case "--sizes":
        options.sizes = (value ?? "").split(",").map((size) => positiveInteger("--sizes", size));
        break;
      case "--json":
        if (value === undefined || value.startsWith("--"))
          throw new UsageError("bench: --json takes a file name", { hint: BENCH_USAGE });
        options.json = value;
        break;
      case "--rounds":
        options.parallelRounds = positiveInteger(flag, value);
        break;
      case "--add-pairs":
        options.addPairs = positiveInteger(flag, value);
        break;
      case "--viewer-runs":
        options.viewerRuns = positiveInteger(flag, value);
        break;
      case "--requests":
        options.requests = positiveInteger(flag, value);
        break;
      case "--workers":
        options.workers = positiveInteger(flag, value);
        break;
      case "--seed":
        options.seed = positiveInteger(flag, value);
        break;
      default:
        throw new UsageError(`bench: unknown argument ${flag}`, { hint: BENCH_USAGE });
    }
    i++;
  }
  return options;
}
