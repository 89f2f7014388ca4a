import { describe, expect, it } from "vitest";
import { roundOrder, roundSpread } from "../../bench/measure-parallel-row.ts";

describe("roundSpread", () => {
  it.each([
    {
      title: "an odd count: the middle value",
      values: [1.62, 1.91, 1.78],
      expected: { median: 1.78, min: 1.62, max: 1.91 },
    },
    {
      title: "an even count: the mean of the middle two",
      values: [2, 1.5, 1.75, 1.25],
      expected: { median: 1.625, min: 1.25, max: 2 },
    },
    { title: "one round", values: [1.4], expected: { median: 1.4, min: 1.4, max: 1.4 } },
    { title: "no rounds", values: [], expected: { median: NaN, min: NaN, max: NaN } },
  ])("gives $title", ({ values, expected }) => {
    expect(roundSpread(values)).toEqual(expected);
  });
});

describe("roundOrder", () => {
  it("alternates which pool goes first: 1 2, 2 1, 1 2, 2 1", () => {
    expect([0, 1, 2, 3].map(roundOrder)).toEqual([
      [1, 2],
      [2, 1],
      [1, 2],
      [2, 1],
    ]);
  });
});
