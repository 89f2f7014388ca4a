import { describe, expect, it } from "vitest";
import { formatBenchTable, formatNumber, type BenchRow } from "../../bench/bench-table.ts";

describe("formatBenchTable", () => {
  it("aligns a Markdown table with the ratio, the target and the verdict of each row", () => {
    const rows: BenchRow[] = [
      {
        name: "ingest 1k",
        figure: "120 articles/s",
        reference: "extraction alone 150 articles/s",
        ratio: 0.8,
        target: "≥ 167 articles/s",
        met: false,
      },
      { name: "reopen 1k", figure: "64 ms", reference: "raw 3.4 ms", ratio: 18.8, target: "≤ 5000 ms", met: true },
      { name: "Neo4j", figure: "skipped: NEO4J_URI not set", reference: "–", ratio: null, target: "–", met: null },
    ];
    expect(formatBenchTable(rows).split("\n")).toEqual([
      "| row       | figure                     | reference (same run)            | ratio | target           | met |",
      "| --------- | -------------------------- | ------------------------------- | ----- | ---------------- | --- |",
      "| ingest 1k | 120 articles/s             | extraction alone 150 articles/s | 0.80  | ≥ 167 articles/s | NO  |",
      "| reopen 1k | 64 ms                      | raw 3.4 ms                      | 19    | ≤ 5000 ms        | yes |",
      "| Neo4j     | skipped: NEO4J_URI not set | –                               | –     | –                | –   |",
    ]);
  });

  it("escapes pipes and folds line breaks so a cell cannot break the table", () => {
    const row: BenchRow = {
      name: "API /a|b",
      figure: "1 ms\n2 ms",
      reference: "r",
      ratio: 1.5,
      target: "t",
      met: true,
    };
    expect(formatBenchTable([row]).split("\n")[2]).toEqual(
      "| API /a\\|b | 1 ms 2 ms | r                    | 1.50  | t      | yes |",
    );
  });
});

describe("formatNumber", () => {
  it.each([
    { value: 1_234_567.8, expected: "1,234,568" },
    { value: 166.6667, expected: "167" },
    { value: 83.24, expected: "83.2" },
    { value: 0.30123, expected: "0.3" },
    { value: 3.456, expected: "3.46" },
    { value: Number.NaN, expected: "n/a" },
  ])("writes $value as $expected", ({ value, expected }) => {
    expect(formatNumber(value)).toEqual(expected);
  });
});
