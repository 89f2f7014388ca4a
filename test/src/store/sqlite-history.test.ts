import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ploverOf, type ActorRecord, type RelationRecord, type RelationType } from "../../../graph-schema/index.ts";
import { typesAnsweringByExchange } from "../../../ingest/respond/answered-types.ts";
import { DEFAULT_RESPONSE_EXCHANGES } from "../../../ingest/respond/response-exchange-table.ts";
import type { HistoryRequest } from "../../../ingest/respond/response-history.ts";
import type { StoredArticle } from "../../../src/store/graph-store.ts";
import { openSqliteStore, type SqliteStore } from "../../../src/store/sqlite-store.ts";

/** One short report per statement: `[id, speaker, verb, addressee, type, day, extra]`. */
type Row = [string, string, string, string, RelationType, string, Partial<RelationRecord>?];

const NAMES: Record<string, string> = {
  ukraine: "Ukraine",
  russia: "Russia",
  "dmytro-kuleba": "Dmytro Kuleba",
  "dmitry-peskov": "Dmitry Peskov",
  belarus: "Belarus",
};

// A fortnight of exchanges between Kyiv and Moscow, some by the foreign minister and the Kremlin spokesman.
const ROWS: Row[] = [
  ["w1", "ukraine", "warned", "russia", "WARN", "2022-03-02"],
  ["w2", "ukraine", "warned", "russia", "WARN", "2022-03-04"],
  ["w3a", "ukraine", "warned", "russia", "WARN", "2022-03-06"],
  ["w3b", "ukraine", "cautioned", "russia", "WARN", "2022-03-06"],
  ["w4", "ukraine", "warned", "russia", "WARN", "2022-03-08"],
  ["a1", "ukraine", "accused", "russia", "ACCUSE", "2022-03-03"],
  ["h1", "ukraine", "could warn", "russia", "WARN", "2022-03-05", { hypothetical: true }],
  ["m0", "dmytro-kuleba", "warned", "russia", "WARN", "2022-03-01"],
  ["m1", "dmytro-kuleba", "warned", "russia", "WARN", "2022-03-07"],
  ["n1", "ukraine", "did not accuse", "russia", "ACCUSE", "2022-03-02", { negated: true }],
  ["x1", "ukraine", "met", "russia", "MEET", "2022-03-09"],
  ["own", "ukraine", "warned", "russia", "WARN", "2022-03-01", { article: "a-asking" }],
  ["r1", "russia", "rejected", "ukraine", "REJECT", "2022-03-02"],
  ["r2", "dmitry-peskov", "rejected", "ukraine", "REJECT", "2022-03-03"],
  ["r3", "russia", "criticised", "ukraine", "CRITICIZE", "2022-03-05"],
  ["r4", "russia", "rejected", "ukraine", "REJECT", "2022-03-09"],
  ["r5", "russia", "met", "ukraine", "MEET", "2022-03-04"],
  ["r6", "russia", "rejected the accusations by", "ukraine", "REJECT", "2022-03-06"],
  // One report of what Moscow and its spokesman said about Belarus, and Kyiv's verdict on it.
  ["t1", "russia", "pulled troops back from", "belarus", "RETREAT", "2022-03-03", { article: "a-story" }],
  ["t2", "dmitry-peskov", "praised", "belarus", "PRAISE", "2022-03-03", { article: "a-story" }],
  ["t3", "ukraine", "called false the claims of", "russia", "REJECT", "2022-03-03", { article: "a-story" }],
];

function batchOf(rows: Row[]): { articles: StoredArticle[]; actors: ActorRecord[]; relations: RelationRecord[] } {
  const articles: StoredArticle[] = [];
  const relations = rows.map(([id, subject, verb, object, type, day, extra]) => {
    const sentence = `${NAMES[subject]} ${verb} ${NAMES[object]} over the shelling of the capital.`;
    const article = extra?.article ?? `a-${id}`;
    articles.push({
      id: article,
      file: `${article}.txt`,
      title: `${NAMES[subject]} and ${NAMES[object]}`,
      published: day,
      source: "Example Wire",
      url: null,
      contentHash: article.padEnd(64, "0"),
      language: "en",
      text: sentence,
    });
    const subjectEnd = NAMES[subject]!.length;
    const verbEnd = subjectEnd + 1 + verb.length;
    return {
      id,
      subject,
      object,
      type,
      plover: ploverOf(type),
      article,
      sentence,
      negated: false,
      hypothetical: false,
      confidence: 0.9,
      attributedTo: subject,
      cue: verb,
      eventDate: null,
      offsets: {
        sentence: [0, sentence.length] as [number, number],
        subject: [0, subjectEnd] as [number, number],
        verb: [subjectEnd + 1, verbEnd] as [number, number],
        object: [verbEnd + 1, verbEnd + 1 + NAMES[object]!.length] as [number, number],
      },
      ...extra,
    };
  });
  const actor = (id: string, type: ActorRecord["type"], affiliation: string | null): ActorRecord => ({
    id,
    name: NAMES[id]!,
    type,
    aliases: [],
    articles: [],
    roles: [],
    affiliation,
  });
  const actors = [
    actor("ukraine", "COUNTRY", null),
    actor("russia", "COUNTRY", null),
    actor("dmytro-kuleba", "PERSON", "ukraine"),
    actor("dmitry-peskov", "PERSON", "russia"),
    actor("belarus", "COUNTRY", null),
  ];
  return { articles, actors, relations };
}

let dir: string;
let store: SqliteStore;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-history-"));
  store = openSqliteStore(dir, { create: true });
  await store.write({ ...batchOf(ROWS), responses: [] });
});

afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const MARCH = { from: "2022-03-01", to: "2022-03-31" };
const MOSCOW_ASKS: HistoryRequest = { subject: "ukraine", object: "russia", ...MARCH, types: ["WARN", "ACCUSE"] };
const KYIV_WARNED = { subject: "ukraine", object: "russia", type: "WARN" as const, hypothetical: false };
const answering = (type: RelationType) => ({ type, exchangeTypes: typesAnsweringByExchange(type, DEFAULT_RESPONSE_EXCHANGES) });

describe("sqlite response history", () => {
  it.each<{ title: string; request: HistoryRequest; ids: string[] }>([
    {
      title: "every statement of the wanted types (negated ones of those types too) without hints",
      request: MOSCOW_ASKS,
      ids: ["a1", "h1", "m0", "m1", "n1", "own", "w1", "w2", "w3a", "w3b", "w4"],
    },
    {
      // A negated accusation is not a warning: it is wanted only as a denial (Neo4j 5.26 returned it here).
      title: "exactly the wanted types: no negated statement of another type unless denials are wanted",
      request: { ...MOSCOW_ASKS, types: ["WARN"] },
      ids: ["h1", "m0", "m1", "own", "w1", "w2", "w3a", "w3b", "w4"],
    },
    {
      title: "the negated statements of any type when denials are wanted, without hints",
      request: { ...MOSCOW_ASKS, types: ["WARN", "DENY"] },
      ids: ["h1", "m0", "m1", "n1", "own", "w1", "w2", "w3a", "w3b", "w4"],
    },
    {
      title: "only the two latest days of each kind and the asking article's, with `latest`",
      request: { ...MOSCOW_ASKS, latest: true, article: "a-asking" },
      ids: ["a1", "h1", "m0", "m1", "own", "w3a", "w3b", "w4"],
    },
    {
      title: "nothing of another article for `latest` without one",
      request: { ...MOSCOW_ASKS, latest: true },
      ids: ["a1", "h1", "m0", "m1", "w3a", "w3b", "w4"],
    },
    {
      title: "the negated statements too, whatever their day, when denials are wanted",
      request: { ...MOSCOW_ASKS, types: ["WARN", "DENY"], latest: true },
      ids: ["h1", "m0", "m1", "n1", "w3a", "w3b", "w4"],
    },
    {
      title: "every answer to a new warning without hints",
      request: { subject: "russia", object: "ukraine", ...MARCH },
      ids: ["r1", "r2", "r3", "r4", "r5", "r6"],
    },
    {
      // "rejected Ukraine over the shelling" replies to an attack; "criticised" has no cue, so the exchange table
      // decides; a meeting answers nothing; "rejected the accusations by" answers accusations and the warnings
      // that carry them.
      title: "only what can answer a new warning, with `answering`: the criticism and the reply to accusations",
      request: { subject: "russia", object: "ukraine", ...MARCH, answering: answering("WARN") },
      ids: ["r3", "r6"],
    },
    {
      title: "the criticism and the reply to accusations, for a new accusation",
      request: { subject: "russia", object: "ukraine", ...MARCH, answering: answering("ACCUSE") },
      ids: ["r3", "r6"],
    },
    {
      title: "the replies to the shelling, for a new attack",
      request: { subject: "russia", object: "ukraine", ...MARCH, answering: answering("ATTACK") },
      ids: ["r1", "r2", "r3", "r4"],
    },
    {
      title: "what both hints leave: answers to a new hypothetical warning, up to the next one like it",
      request: {
        subject: "russia",
        object: "ukraine",
        ...MARCH,
        newStatement: { ...KYIV_WARNED, hypothetical: true },
        answering: answering("WARN"),
      },
      ids: ["r3"],
    },
    {
      title: "only answers no later Ukrainian warning stands before, for a new warning dated 1 March",
      request: { subject: "russia", object: "ukraine", ...MARCH, newStatement: KYIV_WARNED },
      ids: ["r1"],
    },
    {
      title: "only answers no later accusation stands before, for a new accusation",
      request: { subject: "russia", object: "ukraine", ...MARCH, newStatement: { ...KYIV_WARNED, type: "ACCUSE" } },
      ids: ["r1", "r2"],
    },
    {
      title: "answers up to the next hypothetical warning, for a new hypothetical one",
      request: { subject: "russia", object: "ukraine", ...MARCH, newStatement: { ...KYIV_WARNED, hypothetical: true } },
      ids: ["r1", "r2", "r3", "r5"],
    },
    {
      title: "every statement of the article by the speaker or its members, about anyone, with `anyObject`",
      request: { subject: "russia", object: "ukraine", from: "2022-03-10", to: "2022-03-10", article: "a-story", anyObject: true },
      ids: ["t1", "t2"],
    },
    {
      title: "only that article's statements with `anyObject`, not the pair's in other articles",
      request: { subject: "russia", object: "ukraine", ...MARCH, article: "a-r1", anyObject: true },
      ids: ["r1"],
    },
  ])("returns $title", async ({ request, ids }) => {
    const found = await store.statementsBetween([request]);
    expect(found.map((statement) => statement.id).sort()).toEqual(ids);
  });

  it("tells what stored statements answer now, by answerer, dated and in input order", async () => {
    await store.write({
      articles: [],
      actors: [],
      relations: [],
      responses: [
        { from: "r1", to: "w1", cue: "WARN→REJECT", lagDays: 0, confidence: 0.6 },
        { from: "r2", to: "a1", cue: "ACCUSE→REJECT", lagDays: 0, confidence: 0.6 },
      ],
    });
    const answered = await store.answeredStatements!(["r1", "r2", "x1"]);
    const seq = (article: string) => store.db.prepare(`SELECT seq FROM articles WHERE id = ?`).pluck().get(article);
    expect([...answered].map(([by, statement]) => [by, statement.id, statement.date, statement.order])).toEqual([
      ["r1", "w1", "2022-03-02", seq("a-w1")],
      ["r2", "a1", "2022-03-03", seq("a-a1")],
    ]);
    expect(await store.answeredStatements!([])).toEqual(new Map());
  });

  it("answers hinted requests one by one and each statement once", async () => {
    const found = await store.statementsBetween([
      { ...MOSCOW_ASKS, latest: true, to: "2022-03-04" },
      { ...MOSCOW_ASKS, latest: true, to: "2022-03-04" },
      { ...MOSCOW_ASKS, latest: true, from: "2022-03-05" },
    ]);
    expect(found.map((statement) => statement.id).sort()).toEqual(["a1", "h1", "m0", "m1", "w1", "w2", "w3a", "w3b", "w4"]);
  });
});
