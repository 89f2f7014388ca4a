// What an answer can address beyond the plain exchange: appeals draw counter-accusations; a verdict with no reply
// verb ("This is not the case") answers the claim before it; sanctions reported in a quote or an earlier clause
// are answered; a cue that names or spells out what it answers links nothing else; the most plausible earlier
// statement wins over the merely latest.
import { describe, expect, it } from "vitest";
import { linkBySentence, m, says, type ArticleSpec, type LinkBySentence } from "./fixtures/resolve-articles.ts";

const RUSSIA = m("Russia", "COUNTRY", { gazetteerKey: "RU" });
const UKRAINE = m("Ukraine", "COUNTRY", { gazetteerKey: "UA" });

interface AnswerRow {
  title: string;
  articles: ArticleSpec[];
  expected: LinkBySentence[];
}

const ROWS: AnswerRow[] = [
  {
    title:
      "links a counter-accusation ('of ignoring proposals') to the appeal the minister's country received the same day",
    articles: [
      {
        id: "a1",
        published: "2022-02-10",
        mentions: [
          m("Liz Truss", "PERSON", { affiliation: "United Kingdom" }),
          RUSSIA,
          m("Sergei Lavrov", "PERSON", { affiliation: "Russia" }),
          m("United Kingdom", "COUNTRY", { gazetteerKey: "GB" }),
        ],
        statements: [
          says(
            "Liz Truss urged Russia to pull its troops back from the border.",
            "Liz Truss",
            "APPEAL",
            "urged",
            "Russia",
          ),
          says(
            "Sergei Lavrov accused the United Kingdom of ignoring Russian proposals.",
            "Sergei Lavrov",
            "ACCUSE",
            "accused",
            "United Kingdom",
          ),
        ],
      },
    ],
    expected: [
      [
        "Sergei Lavrov accused the United Kingdom of ignoring Russian proposals.",
        "Liz Truss urged Russia to pull its troops back from the border.",
        "accused the United Kingdom of ignoring Russian proposals",
        0,
        0.77,
      ],
    ],
  },
  {
    title: "links a verdict with no reply verb ('This is not the case') to the warning before it",
    articles: [
      {
        id: "a1",
        published: "2022-01-28",
        mentions: [m("White House", "ORGANIZATION"), m("Volodymyr Zelensky", "PERSON")],
        statements: [
          says(
            "The White House warned Volodymyr Zelensky that an invasion was imminent.",
            "White House",
            "WARN",
            "warned",
            "Volodymyr Zelensky",
          ),
          {
            sentence: "Volodymyr Zelensky told reporters about the White House: this is not the case.",
            subject: "Volodymyr Zelensky",
            subjectText: "Volodymyr Zelensky",
            type: "REJECT",
            verbText: "this is not the case",
            object: "White House",
            objectText: "White House",
          },
        ],
      },
    ],
    expected: [
      [
        "Volodymyr Zelensky told reporters about the White House: this is not the case.",
        "The White House warned Volodymyr Zelensky that an invasion was imminent.",
        "this is not the case",
        0,
        0.9,
      ],
    ],
  },
  {
    title: "prefers a strong exchange twelve days back to a weak one made later",
    articles: [
      {
        id: "a1",
        published: "2022-01-12",
        mentions: [m("NATO", "ORGANIZATION", { gazetteerKey: "NATO" }), RUSSIA],
        statements: [
          says("NATO demanded that Russia pull its troops back from Ukraine.", "NATO", "DEMAND", "demanded", "Russia"),
          says("NATO urged Russia to return to talks.", "NATO", "APPEAL", "urged", "Russia"),
        ],
      },
      {
        id: "a2",
        published: "2022-01-24",
        mentions: [RUSSIA, m("NATO", "ORGANIZATION", { gazetteerKey: "NATO" })],
        statements: [says("Russia rejected NATO's position on Ukraine.", "Russia", "REJECT", "rejected", "NATO")],
      },
    ],
    expected: [
      [
        "Russia rejected NATO's position on Ukraine.",
        "NATO demanded that Russia pull its troops back from Ukraine.",
        "DEMAND→REJECT",
        12,
        0.37,
      ],
    ],
  },
  {
    title: "links a condemnation inside a quote to sanctions the same quote reports",
    articles: [
      {
        id: "a1",
        published: "2022-01-28",
        mentions: [
          m("Alexander Lukashenko", "PERSON", { affiliation: "Belarus" }),
          m("European Union", "ORGANIZATION", { gazetteerKey: "EU" }),
          m("Belarus", "COUNTRY", { gazetteerKey: "BY" }),
        ],
        statements: [
          {
            ...says(
              '"The European Union has once again imposed sanctions on Belarus.',
              "European Union",
              "SANCTION",
              "imposed sanctions",
              "Belarus",
            ),
            attributedTo: "Alexander Lukashenko",
          },
          {
            ...says(
              'We resolutely condemn these sanctions of the European Union," Alexander Lukashenko said.',
              "Alexander Lukashenko",
              "CRITICIZE",
              "condemn",
              "European Union",
            ),
            subjectText: "We",
          },
        ],
      },
    ],
    expected: [
      [
        'We resolutely condemn these sanctions of the European Union," Alexander Lukashenko said.',
        '"The European Union has once again imposed sanctions on Belarus.',
        "condemn these sanctions",
        0,
        0.77,
      ],
    ],
  },
  {
    title: "links a condemnation to sanctions an earlier clause of the same sentence reports",
    articles: [
      {
        id: "a1",
        published: "2022-01-28",
        mentions: [
          m("European Union", "ORGANIZATION", { gazetteerKey: "EU" }),
          m("Belarus", "COUNTRY", { gazetteerKey: "BY" }),
          m("Alexander Lukashenko", "PERSON", { affiliation: "Belarus" }),
        ],
        statements: [
          says(
            "The European Union imposed sanctions on Belarus, which Alexander Lukashenko condemned as economic war on the European Union's part.",
            "European Union",
            "SANCTION",
            "imposed sanctions",
            "Belarus",
          ),
          says(
            "The European Union imposed sanctions on Belarus, which Alexander Lukashenko condemned as economic war on the European Union's part.",
            "Alexander Lukashenko",
            "CRITICIZE",
            "condemned",
            "European Union",
          ),
        ],
      },
    ],
    expected: [
      [
        "The European Union imposed sanctions on Belarus, which Alexander Lukashenko condemned as economic war on the European Union's part.",
        "The European Union imposed sanctions on Belarus, which Alexander Lukashenko condemned as economic war on the European Union's part.",
        "SANCTION→CRITICIZE",
        0,
        0.43,
      ],
    ],
  },
  {
    title: "does not link two sides of one shared verb ('accused each other')",
    articles: [
      {
        id: "a1",
        published: "2022-02-18",
        mentions: [RUSSIA, UKRAINE],
        statements: [
          says(
            "Russia and Ukraine accused each other of shelling near the front line.",
            "Russia",
            "ACCUSE",
            "accused",
            "Ukraine",
          ),
          says(
            "Russia and Ukraine accused each other of shelling near the front line.",
            "Ukraine",
            "ACCUSE",
            "accused",
            "Russia",
          ),
        ],
      },
    ],
    expected: [],
  },
  {
    title: "does not link a condemnation of sanctions to a mere warning when no sanction was reported",
    articles: [
      {
        id: "a1",
        published: "2022-02-20",
        mentions: [m("United States", "COUNTRY", { gazetteerKey: "US" }), RUSSIA],
        statements: [
          says("The United States warned Russia of severe costs.", "United States", "WARN", "warned", "Russia"),
        ],
      },
      {
        id: "a2",
        published: "2022-02-23",
        mentions: [RUSSIA, m("United States", "COUNTRY", { gazetteerKey: "US" })],
        statements: [
          says(
            "Russia condemned the sanctions announced by the United States as illegal.",
            "Russia",
            "CRITICIZE",
            "condemned",
            "United States",
          ),
        ],
      },
    ],
    expected: [],
  },
  ...[
    ["The White House cast doubt on Russia's assertions.", true],
    ["The White House cast doubt on Russia's assertions that it was pulling troops back from the border.", false],
  ].map(([sentence, linked]) => ({
    title: linked
      ? "links a neutral dismissal ('cast doubt on Russia's assertions') to an earlier Russian accusation"
      : "does not link a dismissal that spells out the claim to a different statement in another article",
    articles: [
      {
        id: "a1",
        published: "2022-02-11",
        mentions: [RUSSIA, m("White House", "COUNTRY", { gazetteerKey: "US" })],
        statements: [
          says("Russia accused the White House of spreading panic.", "Russia", "ACCUSE", "accused", "White House"),
        ],
      },
      {
        id: "a2",
        published: "2022-02-16",
        mentions: [m("White House", "COUNTRY", { gazetteerKey: "US" }), RUSSIA],
        statements: [says(sentence as string, "White House", "REJECT", "cast doubt", "Russia")],
      },
    ],
    expected: linked
      ? ([
          [
            sentence as string,
            "Russia accused the White House of spreading panic.",
            "cast doubt on Russia's assertions",
            5,
            0.73,
          ],
        ] as LinkBySentence[])
      : [],
  })),
];

describe("createResponseLinker: what an answer can address", () => {
  it.each(ROWS)("$title", ({ articles, expected }) => {
    expect(linkBySentence(articles)).toEqual(expected);
  });
});
