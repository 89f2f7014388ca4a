// What a person's name says about their gender: a given name only one of the English first-name lists holds, else an
// East Slavic surname ending; nothing otherwise.
import { describe, expect, it } from "vitest";
import { compileGivenNameGenders } from "../../../ingest/extract/lexicon/compile-given-name-genders.ts";
import { nameGender } from "../../../ingest/extract/mentions/name-gender.ts";

describe("nameGender", () => {
  it.each([
    ["Ursula von der Leyen", "f"],
    ["Vladimir Putin", "m"],
    ["Maria Zakharova", "f"],
    ["Zakharova", "f"],
    ["Dmitry Peskov", "m"],
    ["Volodymyr Zelenskyy", "m"],
    ["Olena Zelenska", null],
    ["Xi Jinping", null],
    ["Alexander Lukashenko", "m"],
    ["Kim Jong Un", null],
    ["Putin", null],
  ])("%s → %s", (name, gender) => {
    expect(nameGender(name)).toBe(gender);
  });
});

describe("compileGivenNameGenders", () => {
  it("keeps the names one list alone holds, lower case and sorted", () => {
    expect(compileGivenNameGenders("Ursula\nKim\nAnna\n", "Vladimir\nKim\nBoris\n")).toEqual({
      female: ["anna", "ursula"],
      male: ["boris", "vladimir"],
      either: ["kim"],
    });
  });

  it("skips blank lines and lines that are no name", () => {
    expect(compileGivenNameGenders("\n# list\nMaria\n", "\n1\nIvan\n")).toEqual({
      female: ["maria"],
      male: ["ivan"],
      either: [],
    });
  });
});
