import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { knownActorData, StoreUnavailableError } from "../../../graph-schema/index.ts";
import { openSqliteStore, type SqliteStore } from "../../../src/store/sqlite-store.ts";
import { SQLITE_SCHEMA_VERSION } from "../../../src/store/sqlite/sqlite-schema.ts";
import { ANSWER_CUE_RULES_VERSION, answerCueBit, answerCueMask } from "../../../ingest/respond/answered-types.ts";
import { ARTICLE_ONE, GRAPH_BATCH } from "../../fixtures/graph-batch.ts";

let dir: string;
let store: SqliteStore;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-store-"));
  store = openSqliteStore(dir, { create: true });
  await store.write(GRAPH_BATCH);
});

afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe("openSqliteStore", () => {
  it("counts what was written and changes nothing when the same batch is written again", async () => {
    const before = await store.stats();
    expect(before).toMatchObject({ articles: 2, actors: 5, relations: 4, responses: 1 });
    expect(await store.totals()).toEqual({ articles: 2, actors: 5, relations: 4, responses: 1 });
    const second = await store.write(GRAPH_BATCH);
    expect(second).toMatchObject({ articles: 0, relations: 0, responses: 0 });
    expect(await store.stats()).toEqual(before);
  });

  it("survives a restart with the same content", async () => {
    const relations = await collect(store.relations());
    await store.close();
    store = openSqliteStore(dir, { readonly: true });
    expect(await collect(store.relations())).toEqual(relations);
    expect(relations.map((r) => r.id)).toEqual(["r-attack-negated", "r-meet-hypothetical", "r-reject", "r-warn"]);
  });

  it("refuses to open a folder that holds no store unless asked to create one", () => {
    const empty = mkdtempSync(join(tmpdir(), "newsgraph-empty-"));
    expect(() => openSqliteStore(empty)).toThrow(StoreUnavailableError);
    rmSync(empty, { recursive: true, force: true });
  });

  it("lists an actor's articles by id, not in the order they were stored", async () => {
    // Stored after a-one and a-two, but first by id.
    const later = { ...ARTICLE_ONE, id: "a-0-later", contentHash: "0".repeat(64), published: "2022-01-20" };
    const stoltenberg = GRAPH_BATCH.actors.find((actor) => actor.id === "jens-stoltenberg")!;
    await store.write({
      articles: [later],
      actors: [{ ...stoltenberg, articles: ["a-0-later", ...stoltenberg.articles] }],
      relations: [],
      responses: [],
    });
    const listed = (await collect(store.actors())).find((actor) => actor.id === "jens-stoltenberg");
    expect(listed?.articles).toEqual(["a-0-later", "a-one", "a-two"]);
    expect((await store.actor("jens-stoltenberg"))?.articles.map((article) => article.id)).toEqual([
      "a-0-later",
      "a-two",
      "a-one",
    ]);
  });

  it("knows which content hashes it already holds", async () => {
    const known = await store.knownContentHashes(["1".repeat(64), "f".repeat(64)]);
    expect([...known]).toEqual(["1".repeat(64)]);
  });

  it.each([
    {
      title: "the speaker itself",
      subject: "jens-stoltenberg",
      object: "russia",
      window: ["2022-01-01", "2022-01-31"],
      ids: ["r-warn"],
    },
    {
      title: "a member of the body asked about (Stoltenberg for NATO)",
      subject: "nato",
      object: "russia",
      window: ["2022-01-01", "2022-01-31"],
      ids: ["r-warn"],
    },
    {
      title: "nothing outside the window",
      subject: "nato",
      object: "russia",
      window: ["2022-01-11", "2022-01-31"],
      ids: [],
    },
    {
      title: "nothing by another body's members",
      subject: "russia",
      object: "russia",
      window: ["2022-01-01", "2022-01-31"],
      ids: [],
    },
    {
      title: "statements without an event date, by their article's date, negated and hypothetical ones too",
      subject: "russia",
      object: "ukraine",
      window: ["2022-01-10", "2022-01-12"],
      ids: ["r-attack-negated", "r-meet-hypothetical"],
    },
    {
      title: "an article's date outside the window",
      subject: "russia",
      object: "ukraine",
      window: ["2022-01-11", "2022-01-11"],
      ids: [],
    },
  ])("finds earlier statements for the response linker: $title", async ({ subject, object, window, ids }) => {
    const [from, to] = window as [string, string];
    const found = await store.statementsBetween([{ subject, object, from, to }]);
    expect(found.map((statement) => statement.id)).toEqual(ids);
  });

  it("returns every actor with its number of articles for resolution, roles read on demand", async () => {
    const actors = await store.knownActors();
    const stoltenberg = actors.find((a) => a.id === "jens-stoltenberg")!;
    expect(knownActorData(stoltenberg)).toEqual({
      id: "jens-stoltenberg",
      name: "Jens Stoltenberg",
      type: "PERSON",
      aliases: ["Stoltenberg"],
      roles: [{ title: "Secretary General", affiliation: "nato", article: "a-one", date: "2022-01-10" }],
      articleCount: 2,
      affiliation: "nato",
    });
    // Each read is a new array: resolution may change what it was given.
    expect(stoltenberg.readRoles()).not.toBe(stoltenberg.readRoles());
  });

  it("reports an actor whose stored roles are not JSON as a corrupt store when they are read, naming the actor", async () => {
    store.db.prepare(`UPDATE actors SET roles = '[{"title":' WHERE id = 'jens-stoltenberg'`).run();
    const stoltenberg = (await store.knownActors()).find((a) => a.id === "jens-stoltenberg")!;
    expect(() => stoltenberg.readRoles()).toThrow(
      expect.objectContaining({
        code: "STORE_CORRUPT",
        message: expect.stringMatching(/actor jens-stoltenberg has roles that are not valid JSON/),
      }),
    );
  });
});

describe("schema upgrades", () => {
  /** Turns the store back into a version-9 one: articles without what dated them and whether the title was derived. */
  const TO_VERSION_9 = `ALTER TABLE articles DROP COLUMN published_from; ALTER TABLE articles DROP COLUMN title_derived`;
  /** Turns the store back into a version-8 one: statements without their article's seq and publication time. */
  const TO_VERSION_8 = `${TO_VERSION_9}; ALTER TABLE relations DROP COLUMN article_seq; ALTER TABLE relations DROP COLUMN article_published;
    DROP INDEX articles_seq_id; CREATE INDEX articles_seq ON articles(seq)`;
  /** Turns the store back into a version-7 one: actor links keyed by the article's text id. */
  const TO_VERSION_7 = `${TO_VERSION_8}; CREATE TABLE links_by_id (actor_id TEXT NOT NULL, article_id TEXT NOT NULL,
      PRIMARY KEY (actor_id, article_id)) WITHOUT ROWID;
    INSERT INTO links_by_id SELECT aa.actor_id, a.id FROM actor_articles aa JOIN articles a ON a.seq = aa.article_seq;
    DROP TABLE actor_articles;
    ALTER TABLE links_by_id RENAME TO actor_articles`;
  /** Turns the store back into a version-6 one: those links also indexed by article. */
  const TO_VERSION_6 = `${TO_VERSION_7}; CREATE INDEX actor_articles_article ON actor_articles(article_id)`;
  /** Turns the store back into a version-5 one: no answer_cue column. */
  const TO_VERSION_5 = `${TO_VERSION_6}; ALTER TABLE relations DROP COLUMN answer_cue`;
  /** Turns the store back into a version-4 one: no subject_affiliation column, the old history index. */
  const TO_VERSION_4 = `${TO_VERSION_5}; DROP INDEX relations_object_affiliation_day; DROP INDEX relations_member_kinds;
    ALTER TABLE relations DROP COLUMN subject_affiliation;
    CREATE INDEX relations_object_day_subject ON relations(object, day, subject)`;

  it("upgrades a version-1 store in place and keeps its statements and views", async () => {
    const before = await store.graph({ limit: 100, includeNegated: true });
    store.db.exec(`${TO_VERSION_4}; DROP INDEX relations_object_day_subject; DROP TABLE pair_counts;
      DROP INDEX relations_pair_facts; UPDATE meta SET value = '1' WHERE key = 'schema_version'`);
    await store.close();
    expect(() => openSqliteStore(dir, { readonly: true })).toThrow(/older schema version 1/);
    store = openSqliteStore(dir);
    expect(await store.graph({ limit: 100, includeNegated: true })).toEqual(before);
  });

  it.each([
    { version: 2, drop: `${TO_VERSION_4}; DROP INDEX relations_object_day_subject` },
    {
      version: 3,
      drop: `${TO_VERSION_4}; DROP INDEX relations_object_day_subject; CREATE INDEX relations_object_day ON relations(object, day)`,
    },
    { version: 4, drop: TO_VERSION_4 },
  ])(
    "upgrades a version-$version store to the speaker's affiliation that response history reads by",
    async ({ version, drop }) => {
      store.db.exec(`${drop}; UPDATE meta SET value = '${version}' WHERE key = 'schema_version'`);
      await store.close();
      store = openSqliteStore(dir);
      const indexes = store.db
        .prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'relations'`)
        .pluck()
        .all();
      expect(indexes).toContain("relations_object_affiliation_day");
      expect(indexes).toContain("relations_member_kinds");
      expect(indexes).not.toContain("relations_object_day");
      expect(indexes).not.toContain("relations_object_day_subject");
      // NATO's statements are Stoltenberg's: found through the filled-in affiliation.
      const found = await store.statementsBetween([
        { subject: "nato", object: "russia", from: "2022-01-01", to: "2022-01-31" },
      ]);
      expect(found.map((statement) => statement.id)).toEqual(["r-warn"]);
    },
  );

  it("recomputes what each statement's cue answers when the rules that made it have changed", async () => {
    const written = store.db.prepare(`SELECT id, answer_cue FROM relations ORDER BY id`).all();
    // As if made by older cue rules: other masks, and another rules version.
    store.db.exec(`UPDATE relations SET answer_cue = 0; UPDATE meta SET value = '0' WHERE key = 'answer_cue_rules'`);
    await store.close();
    store = openSqliteStore(dir, { readonly: true });
    expect(store.db.prepare(`SELECT DISTINCT answer_cue FROM relations`).pluck().all()).toEqual([0]);
    await store.close();
    store = openSqliteStore(dir);
    expect(store.db.prepare(`SELECT id, answer_cue FROM relations ORDER BY id`).all()).toEqual(written);
    expect(store.db.prepare(`SELECT value FROM meta WHERE key = 'answer_cue_rules'`).pluck().get()).toBe(
      String(ANSWER_CUE_RULES_VERSION),
    );
  });

  it.each([4, 5])("fills in from a version-%i store what each statement's cue answers", async (version) => {
    const written = store.db.prepare(`SELECT id, answer_cue FROM relations ORDER BY id`).all();
    store.db.exec(
      `${version === 4 ? TO_VERSION_4 : TO_VERSION_5}; UPDATE meta SET value = '${version}' WHERE key = 'schema_version'`,
    );
    await store.close();
    store = openSqliteStore(dir);
    const migrated = store.db.prepare(`SELECT id, answer_cue FROM relations ORDER BY id`).all();
    expect(migrated).toEqual(written);
    // The same as the writer computes, and Peskov's "rejected Stoltenberg's accusations" answers an ACCUSE.
    const expected = GRAPH_BATCH.relations.map((relation) => ({
      id: relation.id,
      answer_cue: answerCueMask(relation),
    }));
    expect(migrated).toEqual(expected.sort((a, b) => a.id.localeCompare(b.id)));
    const reject = migrated.find((row) => (row as { id: string }).id === "r-reject") as { answer_cue: number };
    expect(reject.answer_cue & answerCueBit("ACCUSE")).not.toBe(0);
  });

  it.each([
    { version: 6, drop: TO_VERSION_6 },
    { version: 7, drop: TO_VERSION_7 },
  ])(
    "keys a version-$version store's actor links by article seq and lists each actor's articles as before",
    async ({ version, drop }) => {
      const before = await store.actor("jens-stoltenberg");
      const linksSql = `SELECT aa.actor_id, a.id FROM actor_articles aa JOIN articles a ON a.seq = aa.article_seq ORDER BY 1, 2`;
      const links = store.db.prepare(linksSql).raw().all();
      store.db.exec(`${drop}; UPDATE meta SET value = '${version}' WHERE key = 'schema_version'`);
      await store.close();
      store = openSqliteStore(dir);
      const indexes = store.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index'`).pluck().all();
      expect(indexes).not.toContain("actor_articles_article");
      const columns = store.db.prepare(`SELECT name FROM pragma_table_info('actor_articles')`).pluck().all();
      expect(columns).toEqual(["actor_id", "article_seq"]);
      expect(links.length).toBeGreaterThan(0);
      expect(store.db.prepare(linksSql).raw().all()).toEqual(links);
      expect(store.db.prepare(`SELECT value FROM meta WHERE key = 'schema_version'`).pluck().get()).toBe(String(SQLITE_SCHEMA_VERSION));
      expect(await store.actor("jens-stoltenberg")).toEqual(before);
      expect(before?.articles.length).toBeGreaterThan(0);
    },
  );
  it("gives a version-8 store's statements their article's seq and publication time, and history reads the same", async () => {
    const requests = [
      { subject: "nato", object: "russia", from: "2022-01-01", to: "2022-12-31" },
      { subject: "russia", object: "nato", from: "2022-01-01", to: "2022-12-31" },
      { subject: "dmitry-peskov", object: "jens-stoltenberg", from: "2022-01-01", to: "2022-12-31" },
    ];
    const history = await store.statementsBetween(requests);
    expect(history.map((statement) => statement.order)).not.toContain(undefined);
    store.db.exec(`${TO_VERSION_8}; UPDATE meta SET value = '8' WHERE key = 'schema_version'`);
    await store.close();
    store = openSqliteStore(dir);
    const stale = store.db
      .prepare(
        `SELECT count(*) FROM relations r JOIN articles a ON a.id = r.article
         WHERE r.article_seq IS NOT a.seq OR r.article_published IS NOT a.published`,
      )
      .pluck()
      .get();
    expect(stale).toBe(0);
    expect(store.db.prepare(`SELECT count(*) FROM relations WHERE article_seq IS NULL`).pluck().get()).toBe(0);
    const indexes = store.db.prepare(`SELECT name FROM sqlite_master WHERE tbl_name = 'articles'`).pluck().all();
    expect(indexes).toContain("articles_seq_id");
    expect(indexes).not.toContain("articles_seq");
    expect(await store.statementsBetween(requests)).toEqual(history);
  });

  it("keeps what dated an article and a derived title, and gives a version-9 store's articles neither", async () => {
    const dated = { ...ARTICLE_ONE, id: "a-dated", contentHash: "f".repeat(64), publishedFrom: "sidecar" as const, titleDerived: true };
    await store.write({ articles: [dated], actors: [], relations: [], responses: [] });
    const stored = async () => {
      for await (const article of store.articles()) if (article.id === "a-dated") return article;
      return null;
    };
    expect(await stored()).toMatchObject({ publishedFrom: "sidecar", titleDerived: true });
    store.db.exec(`${TO_VERSION_9}; UPDATE meta SET value = '9' WHERE key = 'schema_version'`);
    await store.close();
    store = openSqliteStore(dir);
    const upgraded = await stored();
    expect(upgraded).not.toHaveProperty("publishedFrom");
    expect(upgraded).not.toHaveProperty("titleDerived");
  });
});

describe("remapActors", () => {
  it("folds a merged-away actor into its target, dropping statements that became self-relations", async () => {
    expect(
      await store.remapActors(
        new Map([
          ["ukraine", "russia"],
          ["dmitry-peskov", "russia"],
        ]),
      ),
    ).toBe(2);
    const relations = await collect(store.relations());
    expect(relations.map((r) => [r.id, r.subject, r.object])).toEqual([
      ["r-reject", "russia", "jens-stoltenberg"],
      ["r-warn", "jens-stoltenberg", "russia"],
    ]);
    const actors = await store.knownActors();
    expect(actors.map((a) => [a.id, a.articleCount])).toEqual([
      ["jens-stoltenberg", 2],
      ["nato", 1],
      ["russia", 2],
    ]);
    expect((await store.searchActors("peskov", 5)).map((m) => m.id)).toEqual(["russia"]);
    expect(await store.stats()).toMatchObject({ actors: 3, relations: 2, responses: 1 });
    expect(
      (
        await store.statementsBetween([
          { subject: "russia", object: "jens-stoltenberg", from: "2022-01-01", to: "2022-01-31" },
        ])
      ).map((statement) => statement.id),
    ).toEqual(["r-reject"]);
    expect(await store.remapActors(new Map([["ukraine", "russia"]]))).toBe(0);
  });
});

describe("sqlite graph queries", () => {
  const cases = [
    {
      title: "asserted statements only by default",
      query: {},
      edges: ["dmitry-peskov->jens-stoltenberg", "jens-stoltenberg->russia"],
    },
    {
      title: "negated statements on request",
      query: { includeNegated: true },
      edges: ["dmitry-peskov->jens-stoltenberg", "jens-stoltenberg->russia", "russia->ukraine"],
    },
    {
      title: "a time window",
      query: { from: "2022-01-11", to: "2022-01-31" },
      edges: ["dmitry-peskov->jens-stoltenberg"],
    },
    { title: "relation types", query: { relationTypes: ["WARN" as const] }, edges: ["jens-stoltenberg->russia"] },
    {
      title: "quad classes",
      query: { quads: ["VERBAL_CONFLICT" as const] },
      edges: ["dmitry-peskov->jens-stoltenberg", "jens-stoltenberg->russia"],
    },
    { title: "actor types", query: { actorTypes: ["PERSON" as const] }, edges: ["dmitry-peskov->jens-stoltenberg"] },
    { title: "sources", query: { sources: ["Example Wire"] }, edges: ["jens-stoltenberg->russia"] },
    {
      title: "an ego network of one hop",
      query: { focus: "russia", hops: 1 as const },
      edges: ["jens-stoltenberg->russia"],
    },
    {
      title: "an ego network of two hops",
      query: { focus: "russia", hops: 2 as const },
      edges: ["dmitry-peskov->jens-stoltenberg", "jens-stoltenberg->russia"],
    },
    { title: "a minimum count", query: { minCount: 2 }, edges: [] },
  ];
  it.each(cases)("filters by $title", async ({ query, edges }) => {
    const graph = await store.graph({ limit: 100, ...query });
    expect(graph.edges.map((edge) => edge.key).sort()).toEqual(edges);
    const nodeKeys = new Set(graph.nodes.map((node) => node.key));
    for (const edge of graph.edges) expect(nodeKeys.has(edge.source) && nodeKeys.has(edge.target)).toBe(true);
  });

  it.each([
    { title: "the default view", query: {} },
    { title: "negated and hypothetical included", query: { includeNegated: true, includeHypothetical: true } },
    { title: "a one-hop ego network", query: { focus: "russia", hops: 1 as const } },
    {
      title: "a two-hop ego network with negated statements",
      query: { focus: "ukraine", hops: 2 as const, includeNegated: true },
    },
    { title: "a minimum count", query: { minCount: 2, includeNegated: true } },
  ])("ranks $title from the pair counts exactly as from the statements", async ({ query }) => {
    // A date window that excludes nothing forces the statement-by-statement aggregation.
    const fast = await store.graph({ limit: 100, ...query });
    const slow = await store.graph({ limit: 100, ...query, from: "1900-01-01" });
    expect(fast).toEqual(slow);
  });

  it("aggregates an edge with its dominant type, PLOVER class and dates", async () => {
    const graph = await store.graph({ limit: 10 });
    expect(graph.edges.find((edge) => edge.key === "jens-stoltenberg->russia")?.attributes).toEqual({
      count: 1,
      types: { WARN: 1 },
      dominantType: "WARN",
      plover: "THREATEN",
      quad: "VERBAL_CONFLICT",
      negated: 0,
      hypothetical: 0,
      asserted: 1,
      firstDate: "2022-01-10",
      lastDate: "2022-01-10",
    });
  });

  it("shows the evidence with highlights relative to the sentence", async () => {
    const [statement] = await store.evidence({ subject: "dmitry-peskov", object: "jens-stoltenberg" });
    expect(statement).toBeDefined();
    const { sentence, highlight } = statement!;
    expect(sentence.slice(...highlight.subject)).toBe("Dmitry Peskov");
    expect(sentence.slice(...highlight.verb)).toBe("rejected");
    expect(sentence.slice(...highlight.object)).toBe("Stoltenberg");
    expect(statement!.article).toEqual({
      id: "a-two",
      title: "Kremlin hits back",
      published: "2022-01-12",
      source: "Other Daily",
      url: null,
    });
  });

  it("describes an actor with its relations and articles", async () => {
    const details = await store.actor("jens-stoltenberg");
    expect(details?.outgoing).toEqual([
      { actor: { id: "russia", name: "Russia", type: "COUNTRY" }, type: "WARN", count: 1 },
    ]);
    expect(details?.incoming).toEqual([
      { actor: { id: "dmitry-peskov", name: "Dmitry Peskov", type: "PERSON" }, type: "REJECT", count: 1 },
    ]);
    expect(details?.articles.map((a) => a.id)).toEqual(["a-two", "a-one"]);
    expect(await store.actor("nobody")).toBeNull();
  });

  it.each([
    { q: "stolt", ids: ["jens-stoltenberg"] },
    { q: "Kreml", ids: ["russia"] },
    { q: "peskov", ids: ["dmitry-peskov"] },
    { q: "treaty", ids: ["nato"] },
    { q: "zzz", ids: [] },
  ])("finds actors by name or alias: $q", async ({ q, ids }) => {
    expect((await store.searchActors(q, 10)).map((m) => m.id)).toEqual(ids);
  });

  it("finds the shortest path over asserted statements", async () => {
    expect(await store.shortestPath("dmitry-peskov", "russia", 4)).toEqual([
      "dmitry-peskov",
      "jens-stoltenberg",
      "russia",
    ]);
    expect(await store.shortestPath("dmitry-peskov", "ukraine", 4)).toBeNull();
  });

  it("returns response threads between two actors", async () => {
    const threads = await store.responseThreads({ actor: "jens-stoltenberg", with: "dmitry-peskov" });
    expect(threads.map((t) => [t.from.id, t.to.id, t.lagDays])).toEqual([["r-reject", "r-warn", 2]]);
  });
});
