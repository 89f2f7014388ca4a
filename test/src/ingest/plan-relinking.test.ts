// What a batch links again when an actor's affiliation has changed: what the actor said (its addressees changed),
// what answers it (that answer may no longer be allowed) and what it may now be the answer to.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ploverOf, type ActorRecord, type RelationRecord, type RelationType } from "../../../graph-schema/index.ts";
import { createResponseLinker } from "../../../ingest/respond/create-response-linker.ts";
import { createInMemoryResponseHistory } from "../../../ingest/respond/response-history.ts";
import { planRelinking } from "../../../src/ingest/plan-relinking.ts";
import type { StoredArticle } from "../../../src/store/graph-store.ts";
import { openSqliteStore, type SqliteStore } from "../../../src/store/sqlite-store.ts";

const NAMES: Record<string, string> = {
  "jan-nowak": "Jan Nowak",
  belarus: "Belarus",
  poland: "Poland",
  lithuania: "Lithuania",
};

/** `[id, speaker, verb, addressee, type, day]`: one short report each. */
const STATEMENTS: [string, string, string, string, RelationType, string][] = [
  ["d1", "jan-nowak", "demanded that", "belarus", "DEMAND", "2022-03-01"],
  ["r1", "belarus", "refused", "poland", "REJECT", "2022-03-03"],
  ["r2", "belarus", "refused", "lithuania", "REJECT", "2022-03-04"],
];

function statement([id, subject, verb, object, type, day]: (typeof STATEMENTS)[number]): {
  article: StoredArticle;
  relation: RelationRecord;
} {
  const sentence = `${NAMES[subject]} ${verb} ${NAMES[object]} stop sending migrants to the border.`;
  const verbStart = NAMES[subject]!.length + 1;
  const objectStart = verbStart + verb.length + 1;
  const article: StoredArticle = {
    id: `a-${id}`,
    file: `${id}.txt`,
    title: sentence,
    published: day,
    source: "Example Wire",
    url: null,
    contentHash: id.padEnd(64, "0"),
    language: "en",
    text: sentence,
  };
  const relation: RelationRecord = {
    id,
    subject,
    object,
    type,
    plover: ploverOf(type),
    article: article.id,
    sentence,
    negated: false,
    hypothetical: false,
    confidence: 0.9,
    attributedTo: subject,
    cue: verb.split(" ")[0]!,
    eventDate: null,
    offsets: {
      sentence: [0, sentence.length],
      subject: [0, verbStart - 1],
      verb: [verbStart, verbStart + verb.length],
      object: [objectStart, objectStart + NAMES[object]!.length],
    },
  };
  return { article, relation };
}

const actor = (id: string, affiliation: string | null): ActorRecord => ({
  id,
  name: NAMES[id]!,
  type: id === "jan-nowak" ? "PERSON" : "COUNTRY",
  aliases: [],
  articles: [],
  roles: [],
  affiliation,
});

let dir: string;
let store: SqliteStore;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-relink-"));
  store = openSqliteStore(dir, { create: true });
  const made = STATEMENTS.map(statement);
  await store.write({
    articles: made.map((item) => item.article),
    actors: [actor("jan-nowak", "poland"), actor("belarus", null), actor("poland", null), actor("lithuania", null)],
    relations: made.map((item) => item.relation),
    // Linked when Nowak spoke for Poland: Belarus refused Poland what Nowak demanded.
    responses: [{ from: "r1", to: "d1", cue: "DEMAND→REJECT", lagDays: 2, confidence: 0.56 }],
  });
});

afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("planRelinking", () => {
  it("links again what a moved actor said, what answers it, and what it may now be the answer to", async () => {
    // r1's stored answer is Nowak's, which Belarus may no longer answer as Poland's; r2 has no stored link, so a
    // candidate below the confidence floor may exist: both read their history again, as what Nowak said does.
    // Nowak now belongs to Lithuania (most of his articles say so); the store follows before history is read.
    await store.write({ articles: [], actors: [actor("jan-nowak", "lithuania")], relations: [], responses: [] });
    const affiliationOf = (id: string): string | null => (id === "jan-nowak" ? "lithuania" : null);
    const linker = createResponseLinker();
    const plan = await planRelinking(store, linker, [], ["jan-nowak"], affiliationOf);
    expect({
      revisit: plan.revisit.map((s) => s.id).sort(),
      fromHistory: plan.fromHistory.map((s) => s.id).sort(),
      currentAnswers: [...plan.currentAnswers].map(([id, answer]) => [id, answer?.id ?? null]),
    }).toEqual({ revisit: ["d1", "r1", "r2"], fromHistory: ["d1", "r1", "r2"], currentAnswers: [] });
    // Linked again: the refusal addressed to Lithuania now answers its member's demand; Poland's no longer does.
    const history = createInMemoryResponseHistory(
      await store.statementsBetween(linker.historyRequests([], new Map(), affiliationOf, plan.fromHistory)),
      [],
      affiliationOf,
    );
    const links = linker.link([], new Map(), history, plan.revisit, plan.currentAnswers);
    expect(links.map((link) => [link.from, link.to, link.cue])).toEqual([["r2", "d1", "DEMAND→REJECT"]]);
  });

  it("leaves the statements of actors that did not move as they are", async () => {
    const plan = await planRelinking(store, createResponseLinker(), [], [], () => null);
    expect(plan).toEqual({ revisit: [], currentAnswers: new Map(), fromHistory: [] });
  });
});
