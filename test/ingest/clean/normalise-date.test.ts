// Dates as news pages write them, to ISO 8601; ambiguous and impossible dates give null.

import { describe, expect, it } from "vitest";
import { findDate, normaliseDate } from "../../../ingest/clean/normalise-date.ts";

describe("normaliseDate", () => {
  it.each([
    ["2022-01-26", "2022-01-26"],
    ["2022-01-26T14:05:00Z", "2022-01-26T14:05:00Z"],
    ["2022-01-26T14:05:00.250-05:00", "2022-01-26T14:05:00.250-05:00"],
    ["2022-01-26 14:05", "2022-01-26"],
    ["1 Dec, 2021 18:49", "2021-12-01"],
    ["January 25, 2022", "2022-01-25"],
    ["Sept. 3rd, 2022", "2022-09-03"],
    ["25th of February 2022", "2022-02-25"],
    ["25.01.2022", "2022-01-25"],
    ["2022/2/7", "2022-02-07"],
    ["25/01/2022", "2022-01-25"],
    ["01/25/2022", "2022-01-25"],
    ["03/04/2022", null],
    ["2022-02-30", null],
    ["2022-01-26T25:00:00Z", null],
    ["28 January", null],
    ["yesterday", null],
  ])("%j → %j", (value, expected) => {
    expect(normaliseDate(value)).toEqual(expected);
  });
});

describe("findDate", () => {
  it("returns the earliest date in the text with its position", () => {
    expect(findDate("Posted 7 February 2022, updated 2022-02-08")).toEqual({ iso: "2022-02-07", index: 7, length: 15 });
  });
});
