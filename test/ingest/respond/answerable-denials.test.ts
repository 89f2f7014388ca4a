// Which negated statements an answer can address: a subject's own denial is answerable as a DENY, a negated fact
// or a denial someone else reported about the subject is not (see ingest/respond/answerable-statement.ts).
import { describe, expect, it } from "vitest";
import type { MentionSpec } from "../resolve/fixtures/build-extraction.ts";
import { createResponseLinker } from "../../../ingest/respond/create-response-linker.ts";
import { datedStatement } from "../../../ingest/respond/dated-statement.ts";
import {
  linkBySentence,
  m,
  resolveArticles,
  says,
  type ArticleSpec,
  type LinkBySentence,
} from "./fixtures/resolve-articles.ts";

const RUSSIA = m("Russia", "COUNTRY", { gazetteerKey: "RU" });
const UKRAINE = m("Ukraine", "COUNTRY", { gazetteerKey: "UA" });

/** Kyiv's answer two days after whatever Moscow said on 10 February. */
const KYIV_REJECTS: ArticleSpec = {
  id: "a2",
  published: "2022-02-12",
  mentions: [UKRAINE, RUSSIA],
  statements: [
    says(
      "Ukraine rejected the Russian position as a smokescreen for the build-up.",
      "Ukraine",
      "REJECT",
      "rejected",
      "Russia",
    ),
  ],
};

const moscowSays = (statement: ArticleSpec["statements"][number], mentions: MentionSpec[] = [RUSSIA, UKRAINE]) => ({
  id: "a1",
  published: "2022-02-10",
  mentions,
  statements: [statement],
});

interface AnswerRow {
  title: string;
  articles: ArticleSpec[];
  expected: LinkBySentence[];
}

const ROWS: AnswerRow[] = [
  {
    title: "answers Moscow's own denial of invasion plans as a denial",
    articles: [
      moscowSays(
        says("Russia has repeatedly denied planning to invade Ukraine.", "Russia", "ATTACK", "invade", "Ukraine", {
          negated: true,
          hypothetical: true,
        }),
      ),
      KYIV_REJECTS,
    ],
    expected: [
      [
        "Ukraine rejected the Russian position as a smokescreen for the build-up.",
        "Russia has repeatedly denied planning to invade Ukraine.",
        "DENY→REJECT",
        2,
        0.37,
      ],
    ],
  },
  {
    title: "links an explicit dismissal of 'Moscow's denials' to the denial",
    articles: [
      moscowSays(
        says("The Kremlin said Russia has no plans to attack Ukraine.", "Russia", "ATTACK", "attack", "Ukraine", {
          negated: true,
          hypothetical: true,
        }),
      ),
      {
        id: "a2",
        published: "2022-02-13",
        mentions: [UKRAINE, RUSSIA],
        statements: [says("Ukraine dismissed Russia's denials as lies.", "Ukraine", "REJECT", "dismissed", "Russia")],
      },
    ],
    expected: [
      [
        "Ukraine dismissed Russia's denials as lies.",
        "The Kremlin said Russia has no plans to attack Ukraine.",
        "dismissed Russia's denials",
        3,
        0.76,
      ],
    ],
  },
  {
    title: "does not answer a negated fact: Moscow not rejecting a proposal is no position",
    articles: [
      moscowSays(
        says("Russia did not reject the proposal from Ukraine outright.", "Russia", "REJECT", "reject", "Ukraine", {
          negated: true,
        }),
      ),
      KYIV_REJECTS,
    ],
    expected: [],
  },
  {
    title: "does not answer a denial someone else reported about Moscow",
    articles: [
      moscowSays(
        says(
          "Belarus denied that Russia plans to attack Ukraine from its soil.",
          "Russia",
          "ATTACK",
          "attack",
          "Ukraine",
          {
            negated: true,
            hypothetical: true,
            attributedTo: "Belarus",
          },
        ),
        [RUSSIA, UKRAINE, m("Belarus", "COUNTRY", { gazetteerKey: "BY" })],
      ),
      KYIV_REJECTS,
    ],
    expected: [],
  },
];

describe("createResponseLinker: negated statements", () => {
  it.each(ROWS)("$title", ({ articles, expected }) => {
    expect(linkBySentence(articles)).toEqual(expected);
  });

  it("asks a store for the answers a new denial may already have, and none for a negated fact", () => {
    const denial = ROWS[0]!.articles[0]!;
    const fact = ROWS[2]!.articles[0]!;
    const linker = createResponseLinker();
    const requests = [denial, fact].map((spec) => {
      const { relations, articles } = resolveArticles([spec]);
      return linker.revisitRequests(relations.map((relation) => datedStatement(relation, articles)));
    });
    // A denial is answered as a DENY: by a cue naming denials, or by a warning, accusation, criticism or rejection.
    const answering = { type: "DENY", exchangeTypes: ["WARN", "ACCUSE", "CRITICIZE", "REJECT"] };
    expect(requests).toEqual([
      [{ subject: "ukraine", object: "russia", from: "2022-02-10", to: "2022-03-12", answering }],
      [],
    ]);
  });
});
