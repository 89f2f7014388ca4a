import { describe, expect, it } from "vitest";
import { createDayScale, dateAt, dayIndex } from "../../viewer/src/day-scale.ts";

describe("createDayScale", () => {
  const rows = [
    { first: "2022-01-10", last: "2022-03-04", expected: { first: "2022-01-10", last: "2022-03-04", days: 53 } },
    {
      first: "2022-02-24T04:50:00Z",
      last: "2022-02-28",
      expected: { first: "2022-02-24", last: "2022-02-28", days: 4 },
    },
    { first: "2022-03-04", last: "2022-01-10", expected: null },
    { first: null, last: "2022-01-10", expected: null },
    { first: "yesterday", last: "2022-01-10", expected: null },
  ];
  for (const row of rows) {
    it(`reads ${row.first} … ${row.last}`, () => {
      expect(createDayScale(row.first, row.last)).toEqual(row.expected);
    });
  }
});

describe("dayIndex and dateAt", () => {
  const scale = { first: "2022-01-10", last: "2022-03-04", days: 53 };
  const rows = [
    { date: "2022-01-10", index: 0 },
    { date: "2022-01-31", index: 21 },
    { date: "2022-02-24", index: 45 },
    { date: "2022-03-04", index: 53 },
  ];
  for (const row of rows) {
    it(`maps ${row.date} to day ${row.index} and back`, () => {
      expect(dayIndex(scale, row.date)).toEqual(row.index);
      expect(dateAt(scale, row.index)).toEqual(row.date);
    });
  }
  it("clamps dates outside the range", () => {
    expect([dayIndex(scale, "2021-12-31"), dayIndex(scale, "2022-06-01"), dateAt(scale, 99)]).toEqual([
      0,
      53,
      "2022-03-04",
    ]);
  });
});
