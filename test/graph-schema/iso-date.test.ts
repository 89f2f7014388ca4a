import { describe, expect, it } from "vitest";
import { isIsoDate } from "../../graph-schema/iso-date.ts";

describe("isIsoDate", () => {
  it.each([
    ["2022-02-24", true],
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2022-13-01", false],
    ["2022-04-31", false],
    ["2022-00-10", false],
    ["2022-2-24", false],
    ["24.02.2022", false],
    ["2022-02-24T10:00", false],
    ["", false],
  ])("%j → %s", (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});
