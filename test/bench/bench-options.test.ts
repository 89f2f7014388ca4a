import { describe, expect, it } from "vitest";
import { UsageError } from "../../graph-schema/index.ts";
import { BENCH_SECTIONS, parseBenchArgs } from "../../bench/bench-options.ts";

describe("parseBenchArgs", () => {
  const all = [...BENCH_SECTIONS];
  it.each([
    {
      title: "nothing: every section at 1k and 3k, 8 rounds, 30 requests, 3 page loads, pans of 8 moves",
      argv: [],
      expected: {
        sections: all,
        sizes: [1_000, 3_000],
        json: null,
        workers: 2,
        parallelRounds: 8,
        addPairs: 1,
        viewerRuns: 3,
        viewerPanSteps: 8,
        requests: 30,
      },
    },
    {
      title: "--full: 1k, 10k and 100k, 16 rounds, 50 requests, 5 page loads, pans of 60 moves",
      argv: ["--full"],
      expected: {
        sections: all,
        sizes: [1_000, 10_000, 100_000],
        json: null,
        workers: 2,
        parallelRounds: 16,
        addPairs: 3,
        viewerRuns: 5,
        viewerPanSteps: 60,
        requests: 50,
      },
    },
    {
      title: "--full after explicit flags: the explicit flags still win",
      argv: ["--sizes", "2000", "--viewer-runs", "7", "--requests", "10", "--full"],
      expected: {
        sections: all,
        sizes: [2_000],
        json: null,
        workers: 2,
        parallelRounds: 16,
        addPairs: 3,
        viewerRuns: 7,
        viewerPanSteps: 60,
        requests: 10,
      },
    },
    {
      title: "--only, --sizes, --json, --workers, --rounds and --add-pairs",
      argv: [
        "--only",
        "ingest,api",
        "--sizes",
        "500,2000",
        "--json",
        "out.json",
        "--workers",
        "1",
        "--rounds",
        "4",
        "--add-pairs",
        "5",
      ],
      expected: {
        sections: ["ingest", "api"],
        sizes: [500, 2_000],
        json: "out.json",
        workers: 1,
        parallelRounds: 4,
        addPairs: 5,
        viewerRuns: 3,
        viewerPanSteps: 8,
        requests: 30,
      },
    },
  ])("reads $title", ({ argv, expected }) => {
    const options = parseBenchArgs(argv, 2);
    expect({
      sections: options.sections,
      sizes: options.sizes,
      json: options.json,
      workers: options.workers,
      parallelRounds: options.parallelRounds,
      addPairs: options.addPairs,
      viewerRuns: options.viewerRuns,
      viewerPanSteps: options.viewerPanSteps,
      requests: options.requests,
    }).toEqual(expected);
  });

  it.each([
    { title: "an unknown section", argv: ["--only", "ingest,speed"] },
    { title: "an empty --only", argv: ["--only"] },
    { title: "a size that is not a whole number", argv: ["--sizes", "1000,1e3.5"] },
    { title: "zero requests", argv: ["--requests", "0"] },
    { title: "zero rounds", argv: ["--rounds", "0"] },
    { title: "zero add pairs", argv: ["--add-pairs", "0"] },
    { title: "viewer runs without a number", argv: ["--viewer-runs"] },
    { title: "a fractional number of viewer runs", argv: ["--viewer-runs", "2.5"] },
    { title: "--json without a file", argv: ["--json", "--full"] },
    { title: "an unknown flag", argv: ["--fast"] },
  ])("rejects $title with a UsageError", ({ argv }) => {
    expect(() => parseBenchArgs(argv, 2)).toThrow(UsageError);
  });
});
