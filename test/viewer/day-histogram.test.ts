import { describe, expect, it } from "vitest";
import { binDays } from "../../viewer/src/day-histogram.ts";
import { createDayScale } from "../../viewer/src/day-scale.ts";

describe("binDays", () => {
  const scale = createDayScale("2023-01-01", "2023-01-10")!;
  const days = [
    { day: "2023-01-01", count: 3 },
    { day: "2023-01-02", count: 1 },
    { day: "2023-01-10", count: 5 },
  ];
  it("gives one bin per day when there is room, empty days included", () => {
    const bins = binDays(days, scale, 100);
    expect(bins).toHaveLength(10);
    expect(bins.map((bin) => bin.count)).toEqual([3, 1, 0, 0, 0, 0, 0, 0, 0, 5]);
  });
  it("groups days into equal runs when there is not, keeping every statement", () => {
    const bins = binDays(days, scale, 4);
    expect(bins.map((bin) => [bin.first, bin.last, bin.count])).toEqual([
      [0, 2, 4],
      [3, 5, 0],
      [6, 8, 0],
      [9, 9, 5],
    ]);
  });
});
