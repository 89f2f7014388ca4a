import { describe, expect, it } from "vitest";
import { createGazetteer, gazetteerKey } from "../../../ingest/gazetteer/gazetteer.ts";

const gazetteer = createGazetteer();

/** Matches at every word start of `text`, with every word end allowed as a token end. */
function matches(text: string): Array<[string, string, string]> {
  const ends = new Uint8Array(text.length + 1);
  for (const m of text.matchAll(/[\p{L}\p{N}.'-]+/gu)) {
    ends[(m.index ?? 0) + m[0].length] = 1;
    if (m[0].endsWith(".")) ends[(m.index ?? 0) + m[0].length - 1] = 1;
  }
  const out: Array<[string, string, string]> = [];
  let next = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const start = m.index ?? 0;
    if (start < next || (start > 0 && /[\p{L}\p{N}]/u.test(text.charAt(start - 1)))) continue;
    const found = gazetteer.matchAt(text, start, ends);
    if (found) {
      out.push([found.surface, found.entry.name, found.kind]);
      next = found.end;
    }
  }
  return out;
}

describe("gazetteer", () => {
  const rows: Array<{ title: string; text: string; expected: Array<[string, string, string]> }> = [
    {
      title: "acronyms and expansions",
      text: "the North Atlantic Treaty Organization and Nato",
      expected: [
        ["North Atlantic Treaty Organization", "NATO", "name"],
        ["Nato", "NATO", "name"],
      ],
    },
    {
      title: "all-caps forms match only in capitals",
      text: "US officials told us",
      expected: [["US", "United States", "name"]],
    },
    {
      title: "demonyms, peoples and capitals",
      text: "Belarusian troops, Ukrainians and Minsk",
      expected: [
        ["Belarusian", "Belarus", "demonym"],
        ["Ukrainians", "Ukraine", "people"],
        ["Minsk", "Belarus", "capital"],
      ],
    },
    {
      title: "a former state has its demonym, which alone names no one",
      text: "Soviet tanks, the Soviets and the Soviet Union",
      expected: [
        ["Soviet", "Soviet Union", "demonym"],
        ["Soviets", "Soviet Union", "name"],
        ["Soviet Union", "Soviet Union", "name"],
      ],
    },
    {
      title: "longest form wins",
      text: "UN Security Council",
      expected: [["UN Security Council", "UN Security Council", "name"]],
    },
    { title: "lower-cased names are not names", text: "the turkey and china plates", expected: [] },
    {
      title: "cities and states are places of their country",
      text: "flights from Chicago to Kharkiv and a plant in Calif.",
      expected: [
        ["Chicago", "United States", "place"],
        ["Kharkiv", "Ukraine", "place"],
        ["Calif.", "United States", "place"],
      ],
    },
    {
      title: "regions and nations without a country row are their own entries",
      text: "Scotland and the West Bank, but the West",
      expected: [
        ["Scotland", "Scotland", "name"],
        ["the West Bank", "West Bank", "name"],
        ["the West", "the West", "name"],
      ],
    },
    {
      title: "British spellings and agency prefixes",
      text: "the Organisation for Security and Cooperation in Europe told Itar-Tass",
      expected: [
        ["Organisation for Security and Cooperation in Europe", "OSCE", "name"],
        ["Itar-Tass", "TASS", "name"],
      ],
    },
    {
      title: "the Shanghai body in both spellings",
      text: "the Shanghai Cooperation Organization and the Shanghai Cooperation Organisation",
      expected: [
        ["Shanghai Cooperation Organization", "SCO", "name"],
        ["Shanghai Cooperation Organisation", "SCO", "name"],
      ],
    },
  ];
  it.each(rows)("$title", ({ text, expected }) => {
    expect(matches(text)).toEqual(expected);
  });

  it("holds every country with demonyms and capitals", () => {
    const countries = gazetteer.entries.filter((e) => e.type === "COUNTRY");
    expect(countries.length).toBeGreaterThanOrEqual(195);
    expect(gazetteer.byName("Ukraine")).toEqual(
      expect.objectContaining({ demonyms: ["Ukrainian"], capitals: ["Kyiv", "Kiev"] }),
    );
  });

  it("derives stable keys", () => {
    expect(["United States", "the West", "Côte d'Ivoire"].map(gazetteerKey)).toEqual([
      "united-states",
      "west",
      "cote-d-ivoire",
    ]);
  });

  it("keys names with letters that do not decompose to ASCII", () => {
    expect(["Łukasz Kamiński", "Søren Brostrøm", "Novak Đoković", "Straße"].map(gazetteerKey)).toEqual([
      "lukasz-kaminski",
      "soren-brostrom",
      "novak-dokovic",
      "strasse",
    ]);
  });
});
