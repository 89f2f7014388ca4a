import { describe, expect, it } from "vitest";
import { inDayWindow } from "../../../ingest/respond/dated-statement.ts";

const DAYS = ["2022-01-28", "2022-02-01", "2022-02-01", "2022-02-14", "2022-02-24", "2022-03-02"].map((day, i) => ({ day, i }));

describe("inDayWindow", () => {
  it.each([
    { title: "a window in the middle, both ends inclusive", from: "2022-02-01", to: "2022-02-14", expected: [1, 2, 3] },
    { title: "a window before everything", from: "2021-12-01", to: "2022-01-27", expected: [] },
    { title: "a window after everything", from: "2022-03-03", to: "2022-04-01", expected: [] },
    { title: "a window holding everything", from: "2022-01-01", to: "2022-12-31", expected: [0, 1, 2, 3, 4, 5] },
    { title: "a one-day window between entries", from: "2022-02-20", to: "2022-02-20", expected: [] },
    { title: "an empty window (from after to)", from: "2022-02-14", to: "2022-02-01", expected: [] },
  ])("$title", ({ from, to, expected }) => {
    expect(inDayWindow(DAYS, from, to).map((entry) => entry.i)).toEqual(expected);
  });
});
