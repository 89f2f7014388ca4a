import { describe, expect, it } from "vitest";
import { latencySummary, quantile } from "../../bench/latency-summary.ts";
import { spreadSample } from "../../bench/measure-extraction-rows.ts";
import { sizeLabel } from "../../bench/measure-store-rows.ts";

describe("latencySummary", () => {
  it.each([
    { times: [12, 3, 7], expected: { medianMs: 7, p95Ms: 12, count: 3 } },
    { times: Array.from({ length: 100 }, (_, i) => 100 - i), expected: { medianMs: 50, p95Ms: 95, count: 100 } },
    { times: [4], expected: { medianMs: 4, p95Ms: 4, count: 1 } },
  ])("summarises $times.length timings", ({ times, expected }) => {
    expect(latencySummary(times)).toEqual(expected);
  });

  it("gives NaN for no timings", () => {
    expect(quantile([], 0.5)).toEqual(Number.NaN);
  });
});

describe("spreadSample", () => {
  it.each([
    { items: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], count: 3, expected: [1, 4, 7] },
    { items: [1, 2], count: 5, expected: [1, 2] },
  ])("takes $count of $items.length items evenly", ({ items, count, expected }) => {
    expect(spreadSample(items, count)).toEqual(expected);
  });
});

describe("sizeLabel", () => {
  it.each([
    { size: 1_000, expected: "1k" },
    { size: 100_000, expected: "100k" },
    { size: 1_500, expected: "1500" },
    { size: 300, expected: "300" },
  ])("labels $size as $expected", ({ size, expected }) => {
    expect(sizeLabel(size)).toEqual(expected);
  });
});
