import { describe, expect, it } from "vitest";
import type { ResponseRecord } from "../../../graph-schema/index.ts";
import { buildResponseChains } from "../../../ingest/respond/build-response-chains.ts";
import { createResponseLinker } from "../../../ingest/respond/create-response-linker.ts";
import { datedStatement } from "../../../ingest/respond/dated-statement.ts";
import { resolveArticles, says, type ArticleSpec } from "./fixtures/resolve-articles.ts";

/** One article with one statement between two countries. */
const exchange = (
  id: string,
  published: string,
  sentence: string,
  subject: string,
  type: "ACCUSE" | "DENY" | "WARN" | "SANCTION" | "CRITICIZE" | "REJECT",
  verb: string,
  object: string,
): ArticleSpec => ({
  id,
  published,
  mentions: [
    { name: subject, type: "COUNTRY" },
    { name: object, type: "COUNTRY" },
  ],
  statements: [says(sentence, subject, type, verb, object)],
});

const ARTICLES: ArticleSpec[] = [
  exchange(
    "a1",
    "2022-01-17",
    "Ukraine accused Russia of a cyberattack on government websites.",
    "Ukraine",
    "ACCUSE",
    "accused",
    "Russia",
  ),
  exchange(
    "a2",
    "2022-01-18",
    "Canada criticised Belarus over the migrant crossings.",
    "Canada",
    "CRITICIZE",
    "criticised",
    "Belarus",
  ),
  exchange(
    "a3",
    "2022-01-19",
    "Russia denied Ukraine's version of the website attack.",
    "Russia",
    "DENY",
    "denied",
    "Ukraine",
  ),
  exchange(
    "a4",
    "2022-01-24",
    "Ukraine rejected Russia's denial of the website attack.",
    "Ukraine",
    "REJECT",
    "rejected",
    "Russia",
  ),
  exchange(
    "a5",
    "2022-01-26",
    "Belarus rejected Canada's criticism of its border policy.",
    "Belarus",
    "REJECT",
    "rejected",
    "Canada",
  ),
];

describe("buildResponseChains", () => {
  it("rebuilds each exchange in the order it happened, with who answered what", () => {
    const { relations, articles, actors } = resolveArticles(ARTICLES);
    const links = createResponseLinker().link(relations, articles);
    const statements = relations.map((relation) => datedStatement(relation, articles));
    const chains = buildResponseChains(links, statements);
    const type = (id: string | null) => statements.find((s) => s.id === id)?.type ?? null;
    expect([
      actors.length,
      chains.map((chain) => ({
        actors: chain.actors,
        first: chain.first,
        last: chain.last,
        steps: chain.steps.map((step) => [
          step.statement.subject,
          step.statement.type,
          step.statement.object,
          type(step.respondsTo),
          step.lagDays,
        ]),
      })),
    ]).toEqual([
      4,
      [
        {
          actors: ["russia", "ukraine"],
          first: "2022-01-17",
          last: "2022-01-24",
          steps: [
            ["ukraine", "ACCUSE", "russia", null, null],
            ["russia", "DENY", "ukraine", "ACCUSE", 2],
            ["ukraine", "REJECT", "russia", "DENY", 5],
          ],
        },
        {
          actors: ["belarus", "canada"],
          first: "2022-01-18",
          last: "2022-01-26",
          steps: [
            ["canada", "CRITICIZE", "belarus", null, null],
            ["belarus", "REJECT", "canada", "CRITICIZE", 8],
          ],
        },
      ],
    ]);
  });

  it("leaves out links to statements it was not given, and orders an answer after what it answers on the same day", () => {
    const { relations, articles } = resolveArticles([ARTICLES[0]!, { ...ARTICLES[2]!, published: "2022-01-17" }]);
    const [accusation, denial] = relations.map((relation) => datedStatement(relation, articles));
    const links: ResponseRecord[] = [
      { from: denial!.id, to: accusation!.id, cue: "ACCUSE→DENY", lagDays: 0, confidence: 0.7 },
      { from: denial!.id, to: "r-missing", cue: "ACCUSE→DENY", lagDays: 1, confidence: 0.7 },
    ];
    const chains = buildResponseChains(links, [denial!, accusation!]);
    expect(chains.map((chain) => chain.steps.map((step) => [step.statement.type, step.respondsTo]))).toEqual([
      [
        ["ACCUSE", null],
        ["DENY", accusation!.id],
      ],
    ]);
  });
});
