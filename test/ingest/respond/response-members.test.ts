// An answer to a body also answers what its members said (Russia's reply to the United States answers Blinken).
// The linker asks its history about the body once; the history answers with the members' statements too, so a
// country with thousands of affiliated people costs one question, not thousands.

import { describe, expect, it } from "vitest";
import { createResponseLinker } from "../../../ingest/respond/create-response-linker.ts";
import { datedStatement } from "../../../ingest/respond/dated-statement.ts";
import { createInMemoryResponseHistory } from "../../../ingest/respond/response-history.ts";
import { m, resolveArticles, says, type ArticleSpec } from "./fixtures/resolve-articles.ts";

const US = { affiliation: "United States" };

/** Three US officials; only Blinken says anything about Russia, Austin and Sullivan talk about China. */
const US_OFFICIALS: ArticleSpec = {
  id: "a1",
  published: "2022-02-10",
  mentions: [
    m("Antony Blinken", "PERSON", US),
    m("Lloyd Austin", "PERSON", US),
    m("Jake Sullivan", "PERSON", US),
    m("United States", "COUNTRY"),
    m("Russia", "COUNTRY"),
    m("China", "COUNTRY"),
  ],
  statements: [
    says("Antony Blinken accused Russia of staging a pretext for war.", "Antony Blinken", "ACCUSE", "accused", "Russia"),
    says("Lloyd Austin warned China over its drills near Taiwan.", "Lloyd Austin", "WARN", "warned", "China"),
    says("Jake Sullivan criticised China for its export controls.", "Jake Sullivan", "CRITICIZE", "criticised", "China"),
  ],
};

const RUSSIA_ANSWERS: ArticleSpec = {
  id: "a2",
  published: "2022-02-12",
  mentions: [m("Russia", "COUNTRY"), m("United States", "COUNTRY")],
  statements: [
    says("Russia rejected the accusations of the United States as lies.", "Russia", "REJECT", "rejected", "United States"),
  ],
};

describe("answers to a body and its members", () => {
  const earlier = resolveArticles([US_OFFICIALS]);
  const stored = earlier.relations.map((relation) => datedStatement(relation, earlier.articles));
  const later = resolveArticles([RUSSIA_ANSWERS], earlier.actors);
  const affiliations = new Map(later.actors.map((actor) => [actor.id, actor.affiliation]));
  const affiliationOf = (id: string): string | null => affiliations.get(id) ?? null;
  const linker = createResponseLinker();
  const sentenceOf = (id: string): string | undefined =>
    [...stored, ...later.relations].find((statement) => statement.id === id)?.sentence;

  it("asks about the body once, however many members it has", () => {
    expect(linker.historyRequests(later.relations, later.articles, affiliationOf)).toEqual([
      // A reply to "the accusations": only what can be called that.
      {
        subject: "united-states",
        object: "russia",
        from: "2022-01-13",
        to: "2022-02-12",
        types: ["WARN", "ACCUSE", "CRITICIZE", "INVESTIGATE"],
        latest: true,
        article: "a2",
      },
    ]);
  });

  it("looks for later answers by the addressed actor or its members, to the speaker and to its body", () => {
    const answered = resolveArticles([US_OFFICIALS], later.actors);
    const blinken = answered.relations.filter((relation) => relation.subject === "antony-blinken");
    const blinkenAccuses = { subject: "antony-blinken", object: "russia", type: "ACCUSE", hypothetical: false };
    // Only statements that can answer an accusation: a cue naming it, or a type the exchange table lets answer it.
    const answering = { type: "ACCUSE", exchangeTypes: ["WARN", "THREATEN", "ACCUSE", "CRITICIZE", "REJECT", "DENY"] };
    expect(linker.revisitRequests(blinken.map((relation) => datedStatement(relation, answered.articles)), affiliationOf)).toEqual([
      { subject: "russia", object: "antony-blinken", from: "2022-02-10", to: "2022-03-12", newStatement: blinkenAccuses, answering },
      { subject: "russia", object: "united-states", from: "2022-02-10", to: "2022-03-12", newStatement: blinkenAccuses, answering },
    ]);
  });

  it.each([
    { title: "the body itself", speaker: "united-states", object: "russia", said: ["Antony Blinken accused Russia of staging a pretext for war."] },
    { title: "a member", speaker: "antony-blinken", object: "russia", said: ["Antony Blinken accused Russia of staging a pretext for war."] },
    {
      title: "the body, about another addressee",
      speaker: "united-states",
      object: "china",
      said: ["Lloyd Austin warned China over its drills near Taiwan.", "Jake Sullivan criticised China for its export controls."],
    },
    { title: "another body", speaker: "russia", object: "china", said: [] },
  ])("an in-memory history answers for $title", ({ speaker, object, said }) => {
    const history = createInMemoryResponseHistory(stored, later.actors);
    expect(history.statementsBetween(speaker, object, "2022-02-01", "2022-02-28").map((s) => s.sentence)).toEqual(said);
  });

  it.each([
    { title: "actors that carry the affiliations", history: createInMemoryResponseHistory(stored, later.actors) },
    { title: "the registry's affiliations", history: createInMemoryResponseHistory(stored, [], affiliationOf) },
  ])("links the country's answer to its official's accusation, with $title", ({ history }) => {
    const links = linker.link(later.relations, later.articles, history);
    expect(links.map((link) => [sentenceOf(link.from), sentenceOf(link.to), link.cue])).toEqual([
      [
        "Russia rejected the accusations of the United States as lies.",
        "Antony Blinken accused Russia of staging a pretext for war.",
        "rejected the accusations",
      ],
    ]);
  });
});
