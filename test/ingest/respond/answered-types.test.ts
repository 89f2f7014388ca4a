import { describe, expect, it } from "vitest";
import { RELATION_TYPES, type RelationType } from "../../../graph-schema/index.ts";
import {
  answerCueBit,
  answerCueMask,
  answeredTypes,
  maskAnswers,
  NEUTRAL_CUE_BIT,
  typesAnsweringByExchange,
  VERBAL_CONFLICT_TYPES,
} from "../../../ingest/respond/answered-types.ts";
import { createResponseLinker } from "../../../ingest/respond/create-response-linker.ts";
import { datedStatement } from "../../../ingest/respond/dated-statement.ts";
import { DEFAULT_RESPONSE_EXCHANGES } from "../../../ingest/respond/response-exchange-table.ts";
import type { StatementSpec } from "../resolve/fixtures/build-extraction.ts";
import { m, resolveArticles, says } from "./fixtures/resolve-articles.ts";

/** One article with one statement by Russia about Britain, resolved as in a run. */
function statementOf(spec: StatementSpec) {
  const { relations, articles } = resolveArticles([
    {
      id: "a1",
      published: "2022-02-14",
      mentions: [m("Russia", "COUNTRY"), m("Britain", "COUNTRY")],
      statements: [spec],
    },
  ]);
  return { relations, articles, statement: datedStatement(relations[0]!, articles) };
}

describe("answeredTypes", () => {
  it.each<{ title: string; spec: StatementSpec; types: readonly RelationType[] }>([
    {
      title: "a reply that names accusations answers only what can be called that (a warning of what the other did too)",
      spec: says("Russia rejected Britain's accusations of plotting a coup in Kyiv.", "Russia", "REJECT", "rejected", "Britain"),
      types: ["WARN", "ACCUSE", "CRITICIZE", "INVESTIGATE"],
    },
    {
      title: "a reply to remarks answers any verbal conflict, and what a rejection answers without a cue",
      spec: says("Russia dismissed Britain's remarks as nonsense.", "Russia", "REJECT", "dismissed", "Britain"),
      types: ["WARN", "THREATEN", "ACCUSE", "CRITICIZE", "REJECT", "DENY", "DEMAND", "APPEAL", "NEGOTIATE", "INVESTIGATE", "SANCTION"],
    },
    {
      title: "an uncued accusation answers what the exchange table lets it",
      spec: says("Russia accused Britain of spreading disinformation.", "Russia", "ACCUSE", "accused", "Britain"),
      types: ["WARN", "ACCUSE", "CRITICIZE", "REJECT", "DENY", "DEMAND", "APPEAL", "ATTACK"],
    },
    {
      title: "thanks answer aid and support",
      spec: says("Russia thanked Britain for the humanitarian aid.", "Russia", "PRAISE", "thanked", "Britain"),
      types: ["SUPPORT", "AID"],
    },
    {
      title: "a meeting answers nothing",
      spec: says("Russia met Britain's envoy in Geneva.", "Russia", "MEET", "met", "Britain"),
      types: [],
    },
    {
      title: "a strike without a cue answers nothing",
      spec: says("Russia struck Britain's embassy compound.", "Russia", "ATTACK", "struck", "Britain"),
      types: [],
    },
    {
      title: "a negated statement answers nothing",
      spec: says("Russia did not reject Britain's proposal.", "Russia", "REJECT", "reject", "Britain", { negated: true }),
      types: [],
    },
  ])("$title", ({ spec, types }) => {
    expect(answeredTypes(statementOf(spec).statement, DEFAULT_RESPONSE_EXCHANGES)).toEqual(types);
  });

  it("leaves statements that answer nothing out of the history requests", () => {
    const linker = createResponseLinker();
    const meeting = statementOf(says("Russia met Britain's envoy in Geneva.", "Russia", "MEET", "met", "Britain"));
    expect(linker.historyRequests(meeting.relations, meeting.articles)).toEqual([]);
    const rejection = statementOf(
      says("Russia rejected Britain's accusations of plotting a coup in Kyiv.", "Russia", "REJECT", "rejected", "Britain"),
    );
    expect(linker.historyRequests(rejection.relations, rejection.articles)).toEqual([
      {
        subject: "britain",
        object: "russia",
        from: "2022-01-15",
        to: "2022-02-14",
        types: ["WARN", "ACCUSE", "CRITICIZE", "INVESTIGATE"],
        latest: true,
        article: "a1",
      },
    ]);
  });
});

// Stores keep these masks: a change to what a row below expects changes what stored statements can answer, so
// it needs ANSWER_CUE_RULES_VERSION bumped (stores then recompute their masks).
describe("answerCueMask", () => {
  /** The mask as the types its cue names and whether the exchange table applies. */
  const decode = (mask: number) => ({
    named: RELATION_TYPES.filter((type) => (mask & answerCueBit(type)) !== 0),
    neutral: (mask & NEUTRAL_CUE_BIT) !== 0,
  });

  it.each<{ title: string; spec: StatementSpec; named: readonly RelationType[]; neutral: boolean }>([
    {
      title: "a reply naming accusations keeps what it names, and no exchange",
      spec: says("Russia rejected Britain's accusations of plotting a coup in Kyiv.", "Russia", "REJECT", "rejected", "Britain"),
      named: ["WARN", "ACCUSE", "CRITICIZE", "INVESTIGATE"],
      neutral: false,
    },
    {
      title: "a reply to remarks names every verbal conflict and leaves the exchange table to its type",
      spec: says("Russia dismissed Britain's remarks as nonsense.", "Russia", "REJECT", "dismissed", "Britain"),
      named: VERBAL_CONFLICT_TYPES,
      neutral: true,
    },
    {
      // Rules version 3: an attack is also the act itself, not only a verbal one.
      title: "a condemnation of an attack names the attack and the verbal attacks it may be",
      spec: says("Britain condemned the Russian attack on the border post.", "Britain", "CRITICIZE", "condemned", "Russia", {
        objectText: "Russian",
      }),
      named: ["ACCUSE", "CRITICIZE", "ATTACK"],
      neutral: false,
    },
    {
      title: "an uncued statement names nothing and leaves the exchange table to its type",
      spec: says("Russia accused Britain of spreading disinformation.", "Russia", "ACCUSE", "accused", "Britain"),
      named: [],
      neutral: true,
    },
    {
      title: "a negated statement is 0: it answers nothing",
      spec: says("Russia did not reject Britain's proposal.", "Russia", "REJECT", "reject", "Britain", { negated: true }),
      named: [],
      neutral: false,
    },
  ])("$title", ({ spec, named, neutral }) => {
    const { statement } = statementOf(spec);
    expect(decode(answerCueMask(statement))).toEqual({ named, neutral });
    // What a store keeps decides the same as the linker's rule, for every type a statement could answer.
    const byMask = RELATION_TYPES.filter((answered) =>
      maskAnswers(answerCueMask(statement), statement.type, answered, DEFAULT_RESPONSE_EXCHANGES),
    );
    expect(byMask).toEqual(answeredTypes(statement, DEFAULT_RESPONSE_EXCHANGES));
  });

  it("lists the types that answer a type by the exchange table alone", () => {
    expect(typesAnsweringByExchange("MEET", DEFAULT_RESPONSE_EXCHANGES)).toEqual([]);
    expect(typesAnsweringByExchange("AID", DEFAULT_RESPONSE_EXCHANGES)).toEqual(["PRAISE"]);
  });
});
