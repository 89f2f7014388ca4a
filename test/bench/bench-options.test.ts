import { describe, expect, it } from "vitest";
import { UsageError } from "../../graph-schema/index.ts";
import { BENCH_SECTIONS, parseBenchArgs } from "../../bench/bench-options.ts";

describe("parseBenchArgs", () => {
  it.each([
    {
      title: "nothing: every section at 1k and 10k",
      argv: [],
      expected: { sections: [...BENCH_SECTIONS], sizes: [1_000, 10_000], json: null, workers: 2 },
    },
    {
      title: "--full adds 100k",
      argv: ["--full"],
      expected: { sections: [...BENCH_SECTIONS], sizes: [1_000, 10_000, 100_000], json: null, workers: 2 },
    },
    {
      title: "--only, --sizes, --json and --workers",
      argv: ["--only", "ingest,api", "--sizes", "500,2000", "--json", "out.json", "--workers", "1"],
      expected: { sections: ["ingest", "api"], sizes: [500, 2_000], json: "out.json", workers: 1 },
    },
  ])("reads $title", ({ argv, expected }) => {
    const options = parseBenchArgs(argv, 2);
    expect({ sections: options.sections, sizes: options.sizes, json: options.json, workers: options.workers }).toEqual(
      expected,
    );
  });

  it.each([
    { title: "an unknown section", argv: ["--only", "ingest,speed"] },
    { title: "an empty --only", argv: ["--only"] },
    { title: "a size that is not a whole number", argv: ["--sizes", "1000,1e3.5"] },
    { title: "zero requests", argv: ["--requests", "0"] },
    { title: "--json without a file", argv: ["--json", "--full"] },
    { title: "an unknown flag", argv: ["--fast"] },
  ])("rejects $title with a UsageError", ({ argv }) => {
    expect(() => parseBenchArgs(argv, 2)).toThrow(UsageError);
  });
});
