import { describe, expect, it } from "vitest";
import { createExtractor } from "../../../ingest/extract/create-extractor.ts";
import { testRecord } from "./fixtures/test-record.ts";

// Pinned to wink-eng-lite-web-model 1.8.1.
const extractor = createExtractor();

const actorTypes = (text: string): Array<[string, string]> =>
  extractor.extract(testRecord(text.split("\n")[0] ?? ""), text).actors.map((a) => [a.name, a.type]);

interface Row {
  rule: string;
  text: string;
  expected: Array<[string, string]>;
}

const rows: Row[] = [
  {
    rule: "a bare unknown name taken up by 'he' becomes a person",
    text: "Minister resigns\n\nKessler accused Veridian of fraud. He said the company had hidden its losses.",
    expected: [
      ["Kessler", "PERSON"],
      ["Veridian", "ORGANIZATION"],
    ],
  },
  {
    rule: "an acronym is never made a person by a later 'he'",
    text: "Union strikes\n\nUAW accused Stellantis of breaking its promises. He said the union would strike on Friday.",
    expected: [
      ["UAW", "ORGANIZATION"],
      ["Stellantis", "ORGANIZATION"],
    ],
  },
  {
    rule: "nor is an acronym whose 'he' comes a sentence later",
    text: "Rail strike\n\nRMT accused Avanti of cutting jobs. He said the walkout would go ahead on Monday.",
    expected: [
      ["RMT", "ORGANIZATION"],
      ["Avanti", "ORGANIZATION"],
    ],
  },
];

describe("linkActors: pronouns and guessed names", () => {
  it.each(rows)("$rule", ({ text, expected }) => {
    expect(actorTypes(text)).toEqual(expected);
  });
});

const spellings: Array<{ rule: string; text: string; expected: Array<[string, string[]]> }> = [
  {
    rule: "bare spellings of one surname in one article are one actor",
    text: "Appeals for tanks\n\nZelenskyy thanked Britain on Monday. Later, Zelenskiy urged Germany to send tanks. Zelensky also criticised Russia.",
    expected: [
      ["United Kingdom", ["Britain"]],
      ["Germany", []],
      ["Russia", []],
      ["Zelenskyy", ["Zelenskiy", "Zelensky"]],
    ],
  },
  {
    rule: "full names spelt two ways are one person, named as first written",
    text: "Appeals for tanks\n\nPresident Volodymyr Zelensky thanked Britain. Volodymyr Zelenskyy later criticised Russia.",
    expected: [
      ["Volodymyr Zelensky", ["Volodymyr Zelenskyy"]],
      ["United Kingdom", ["Britain"]],
      ["Russia", []],
    ],
  },
  {
    rule: "surnames that differ by more than a spelling stay two people",
    text: "Match report\n\nAndy Murray criticised Russia. Anne Murphy praised Ukraine. Murray met Murphy.",
    expected: [
      ["Andy Murray", ["Murray"]],
      ["Russia", []],
      ["Anne Murphy", ["Murphy"]],
      ["Ukraine", []],
    ],
  },
];

describe("linkActors: spelling variants within one article", () => {
  it.each(spellings)("$rule", ({ text, expected }) => {
    const found = extractor.extract(testRecord(text.split("\n")[0] ?? ""), text).actors;
    expect(found.map((a) => [a.name, a.aliases])).toEqual(expected);
  });
});
