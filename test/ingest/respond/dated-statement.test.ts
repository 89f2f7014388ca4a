import { describe, expect, it } from "vitest";
import { dayOf, lagInDays } from "../../../ingest/respond/dated-statement.ts";

describe("dayOf", () => {
  it.each([
    ["2022-02-24", "2022-02-24"],
    ["2022-02-24T05:30:00Z", "2022-02-24"],
    ["2022-02-24 18:49", "2022-02-24"],
    ["24 Feb 2022", null],
    ["2022-2-24", null],
    [null, null],
  ])("%s → %s", (date, day) => {
    expect(dayOf(date)).toBe(day);
  });
});

describe("lagInDays", () => {
  it.each([
    { earlier: "2022-02-21", later: "2022-02-24", lag: 3 },
    { earlier: "2022-02-24T22:00:00Z", later: "2022-02-25T01:00:00Z", lag: 1 }, // by day, not by hours
    { earlier: "2022-03-01", later: "2022-02-24", lag: -5 },
    { earlier: "2021-12-31", later: "2022-03-01", lag: 60 },
    { earlier: "2024-02-28", later: "2024-03-01", lag: 2 }, // a leap year
    { earlier: "2014-03-18", later: "2022-02-24", lag: 2900 },
    { earlier: null, later: "2022-02-24", lag: null },
    { earlier: "2022-02-24", later: "last week", lag: null },
  ])("from $earlier to $later: $lag", ({ earlier, later, lag }) => {
    expect(lagInDays(earlier, later)).toBe(lag);
    expect(lagInDays(earlier, later)).toBe(lag); // the same when the days are remembered
  });
});
