import { describe, expect, it } from "vitest";
import type { ArticleRecord } from "../../../graph-schema/index.ts";
import { createExtractor } from "../../../ingest/extract/create-extractor.ts";
import { resolveExtractorOptions } from "../../../ingest/extract/extractor-options.ts";
import { InvalidInputError } from "../../../graph-schema/index.ts";

// Pinned to wink-eng-lite-web-model 1.8.1.
const extractor = createExtractor();

const record = (title: string): ArticleRecord => ({
  id: "a1",
  file: "a1.txt",
  title,
  published: "2022-01-25",
  source: null,
  url: null,
  contentHash: "",
  language: "en",
});

function actors(text: string, options = extractor) {
  return options.extract(record(text.split("\n")[0] ?? ""), text).actors.map((a) => ({
    name: a.name,
    type: a.type,
    aliases: a.aliases,
    roles: a.roles,
    affiliation: a.affiliation,
  }));
}

describe("extract: actors", () => {
  it("turns titles into roles and affiliations, not names", () => {
    const text =
      "Blinken meets Lavrov\n\nUS Secretary of State Antony Blinken met Russian Foreign Minister Sergei Lavrov in Geneva. " +
      "Kremlin spokesman Dmitry Peskov said Mr Blinken had made no promises.";
    expect(actors(text)).toEqual([
      {
        name: "Antony Blinken",
        type: "PERSON",
        aliases: ["Blinken"],
        roles: [{ title: "secretary of state", affiliation: "United States" }],
        affiliation: "United States",
      },
      {
        name: "Sergei Lavrov",
        type: "PERSON",
        aliases: ["Lavrov"],
        roles: [{ title: "foreign minister", affiliation: "Russia" }],
        affiliation: "Russia",
      },
      {
        name: "Dmitry Peskov",
        type: "PERSON",
        aliases: [],
        roles: [{ title: "spokesman", affiliation: "Russia" }],
        affiliation: "Russia",
      },
    ]);
  });

  const titles: Array<{ title: string; text: string; expected: Array<[string, string, string | null]> }> = [
    {
      title: "a hyphenated title after an organisation is the person's role, not a name '-General'",
      text: "Headline\n\nNATO Secretary-General Jens Stoltenberg warned Russia. The Secretary-General spoke later.",
      expected: [
        ["Jens Stoltenberg", "secretary general", "NATO"],
        ["Russia", "", null],
      ],
    },
    {
      title: "the hyphenated and spaced spellings of a title are one role",
      text: "Headline\n\nUN Secretary General Antonio Guterres met officials. Vice-President Kamala Harris arrived.",
      expected: [
        ["Antonio Guterres", "secretary general", "UN"],
        ["Kamala Harris", "vice president", null],
      ],
    },
    {
      title: "a title the lexicon lacks is not fused into the name: the given name starts it",
      text: "Headline\n\nTaoiseach Leo Varadkar said Ireland stood with Ukraine. Mr Varadkar spoke in Dublin.",
      expected: [
        ["Leo Varadkar", "taoiseach", null],
        ["Ireland", "", null],
        ["Ukraine", "", null],
      ],
    },
    {
      title: "a minister or secretary of any portfolio is a role, in either word order",
      text:
        "Headline\n\nRussian Minister of Transport Maxim Sokolov spoke in Moscow. British Trade Secretary Kemi " +
        "Badenoch replied.",
      expected: [
        ["Maxim Sokolov", "minister of transport", "Russia"],
        ["Russia", "", null],
        ["Kemi Badenoch", "trade secretary", "United Kingdom"],
      ],
    },
    {
      title: "a titled member of a body is the person, with the body's country",
      text: "Headline\n\nRussian Security Council deputy chairman Dmitry Medvedev threatened Poland on Monday.",
      expected: [
        ["Dmitry Medvedev", "chairman", "Russia"],
        ["Poland", "", null],
      ],
    },
    {
      title: "a person named after the body they belong to is the person",
      text: "Headline\n\nRussian Security Council Dmitry Medvedev warned Poland on Monday.",
      expected: [
        ["Dmitry Medvedev", "", null],
        ["Poland", "", null],
      ],
    },
    {
      title: "a plural before the name is dropped, and gives no role",
      text: "Headline\n\nOligarchs Mikhail Fridman and Pyotr Aven criticised the war. Mr Fridman left London.",
      expected: [["Mikhail Fridman", "", null]],
    },
    {
      title: "a hyphenated surname keeps its first part, and a body's name keeps its given name",
      text: "Headline\n\nLindy Thomas-Greenfield met the Stop Mad Vlad Coalition. Ms Thomas-Greenfield spoke later.",
      expected: [
        ["Lindy Thomas-Greenfield", "", null],
        ["Stop Mad Vlad Coalition", "", null],
      ],
    },
  ];
  it.each(titles)("$title", ({ text, expected }) => {
    expect(
      actors(text).map((a) => [a.name, a.roles.map((r) => r.title).join(","), a.roles[0]?.affiliation ?? null]),
    ).toEqual(expected);
  });

  const typed: Array<{ title: string; text: string; expected: Array<[string, string]> }> = [
    {
      title: "a party label is not part of the politician's name",
      text: "Headline\n\nDemocrat Adam Schiff criticised the Kremlin on Sunday.",
      expected: [
        ["Adam Schiff", "PERSON"],
        ["Russia", "COUNTRY"],
      ],
    },
    {
      title: "a capitalised modifier before a demonym is no name; the Soviet Union is a (former) country",
      text: "Headline\n\nSenior British and German officials recalled the collapse of the Soviet Union.",
      expected: [
        ["Soviet Union", "COUNTRY"],
        ["Germany", "COUNTRY"],
      ],
    },
    {
      title: "organisations, media and groups from the gazetteer",
      text: "Headline\n\nThe OSCE and the UN Security Council met as Reuters and TASS reported on pro-Russian separatists.",
      expected: [
        ["OSCE", "ORGANIZATION"],
        ["UN Security Council", "ORGANIZATION"],
        ["Reuters", "MEDIA"],
        ["TASS", "MEDIA"],
        ["pro-Russian separatists", "GROUP"],
      ],
    },
    {
      title: "Western countries and the West are one group",
      text: "Headline\n\nWestern countries warned Moscow. The West has long doubted the Kremlin.",
      expected: [
        ["the West", "GROUP"],
        ["Russia", "COUNTRY"],
      ],
    },
    {
      title: "a demonym alone is no actor; days and months are never actors",
      text: "Headline\n\nOn Monday, Russian officials spoke in January about a Ukrainian proposal.",
      expected: [["Russia", "COUNTRY"]],
    },
    {
      title: "a number word opening a sentence is no part of a name",
      text: "Headline\n\nSeventeen Ukrainian soldiers were killed near the border. Twenty Russian diplomats left Warsaw.",
      expected: [
        ["Ukraine", "COUNTRY"],
        ["Russia", "COUNTRY"],
      ],
    },
    {
      title: "sentence-initial common words are not names",
      text: "Headline\n\nTensions rose again. Diplomats left Kyiv.",
      expected: [["Ukraine", "COUNTRY"]],
    },
  ];
  it.each(typed)("$title", ({ text, expected }) => {
    expect(actors(text).map((a) => [a.name, a.type])).toEqual(expected);
  });

  it("links surnames, honorifics and descriptions to the full name", () => {
    const text =
      "Headline\n\nFrench President Emmanuel Macron spoke to Vladimir Putin. Mr Macron said the French president wanted calm. Putin agreed.";
    const found = actors(text);
    expect(found.map((a) => [a.name, a.aliases])).toEqual([
      ["Emmanuel Macron", ["Macron"]],
      ["Vladimir Putin", ["Putin"]],
    ]);
  });

  it("maps capitals and seats of power to their country unless metonymy is off", () => {
    const text = "Headline\n\nMoscow rejected the proposal from Washington.";
    expect(actors(text).map((a) => a.name)).toEqual(["Russia", "United States"]);
    const literal = createExtractor({ metonymy: false });
    expect(literal.recognize(text).map((n) => [n.text, n.type])).toEqual([
      ["Moscow", "LOCATION"],
      ["Washington", "LOCATION"],
    ]);
  });

  it("accepts extra gazetteer entries", () => {
    const custom = createExtractor({
      gazetteer: [
        {
          key: "azov-battalion",
          name: "Azov Battalion",
          type: "GROUP",
          aliases: ["Azov"],
          affiliation: "Ukraine",
          demonyms: [],
          capitals: [],
        },
      ],
    });
    expect(actors("Headline\n\nAzov fighters held the plant.", custom).map((a) => [a.name, a.type])).toEqual([
      ["Azov Battalion", "GROUP"],
    ]);
  });

  it("rejects invalid options with InvalidInputError", () => {
    expect(() => resolveExtractorOptions({ minConfidence: 2 })).toThrow(InvalidInputError);
  });
});
