// Integration suite against a real Neo4j 5 (runs when NEO4J_URI is set; CI starts a neo4j:5 service). Every node
// it makes has an id starting with a unique prefix, and it deletes only those.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { knownActorData, knownActorOf, StoreUnavailableError } from "../../../graph-schema/index.ts";
import { SCHEMA_STATEMENTS } from "../../../graph-schema/neo4j-model.ts";
import { batchGraphSource } from "../../../src/export/batch-graph-source.ts";
import { exportCypher, splitCypherScript } from "../../../src/export/export-cypher.ts";
import { stringSink } from "../../../src/export/text-sink.ts";
import type { CypherSession } from "../../../src/neo4j/cypher-session.ts";
import { loadAnalystQueries } from "../../../src/neo4j/load-analyst-queries.ts";
import { loadGraph } from "../../../src/neo4j/load-graph.ts";
import { createNeo4jStore, type Neo4jStore } from "../../../src/neo4j/neo4j-store.ts";
import { HOSTILE_ALIAS, HOSTILE_CUE, HOSTILE_NAME, hostileBatch } from "./hostile-batch.ts";

const NEO4J_URI = process.env.NEO4J_URI;
const SKIP_REASON =
  "NEO4J_URI not set: start Neo4j with `docker compose up -d --wait` and export NEO4J_URI and NEO4J_PASSWORD";
const suite = NEO4J_URI ? describe : describe.skip;

const PREFIX = `int-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-`;
const BATCH = hostileBatch(PREFIX);
const ID_PARAMS = ["subject", "object", "actor", "target", "organisation"];

/** Node labels and relationship types among this run's nodes, with counts. */
const COUNT_CYPHER = {
  labels: `MATCH (n) WHERE n.id STARTS WITH $prefix UNWIND labels(n) AS label RETURN label AS name, count(*) AS total ORDER BY name`,
  types: `MATCH (n)-[r]->(m) WHERE n.id STARTS WITH $prefix AND m.id STARTS WITH $prefix
RETURN type(r) AS name, count(*) AS total ORDER BY name`,
};

const EXPECTED_COUNTS = {
  labels: { Actor: 6, Article: 2, Country: 1, Group: 1, Organization: 2, Person: 2, Statement: 4 },
  types: {
    ACCUSES: 1,
    AFFILIATED_WITH: 1,
    ATTRIBUTED_TO: 3,
    HEAD_OF: 1,
    IN_ARTICLE: 4,
    MENTIONED_IN: 9,
    OBJECT: 4,
    REJECTS: 1,
    RESPONDS_TO: 1,
    SPOKESPERSON_OF: 1,
    SUBJECT: 4,
    THREATENS: 1,
    WARNS: 1,
  },
};

suite(
  NEO4J_URI ? "Neo4j store against a real server" : `Neo4j store against a real server (skipped: ${SKIP_REASON})`,
  () => {
    let store: Neo4jStore;

    const counts = async () => {
      const read = async (cypher: string) =>
        Object.fromEntries((await store.query(cypher, { prefix: PREFIX }, "READ")).map((row) => [row.name, row.total]));
      return { labels: await read(COUNT_CYPHER.labels), types: await read(COUNT_CYPHER.types) };
    };
    const clean = () =>
      store.query(
        "MATCH (n) WHERE (n:Actor OR n:Statement OR n:Article) AND n.id STARTS WITH $prefix DETACH DELETE n",
        { prefix: PREFIX },
        "WRITE",
      );

    beforeAll(async () => {
      store = await createNeo4jStore({}, { env: process.env });
    });

    afterAll(async () => {
      if (!store) return;
      await clean();
      await store.close();
    });

    it("applies the schema twice without error, and holds every constraint and index", async () => {
      expect(await store.applySchema()).toEqual(SCHEMA_STATEMENTS.length);
      expect(await store.applySchema()).toEqual(SCHEMA_STATEMENTS.length);
      const names = [
        ...(await store.query("SHOW CONSTRAINTS YIELD name RETURN name", {}, "READ")),
        ...(await store.query("SHOW INDEXES YIELD name RETURN name", {}, "READ")),
      ].map((row) => row.name);
      const expected = SCHEMA_STATEMENTS.map((statement) =>
        statement.split(" ").find((_, i, words) => words[i - 1] === "CONSTRAINT" || words[i - 1] === "INDEX"),
      );
      expect(names).toEqual(expect.arrayContaining(expected));
    });

    it("loads the same fixture twice with identical counts, hostile names stored as data", async () => {
      await store.write(BATCH);
      const first = await counts();
      expect(first).toEqual(EXPECTED_COUNTS);
      await store.write(BATCH);
      expect(await counts()).toEqual(first);
      // Totals count the whole database (other data may share it): at least the fixture, and what stats says.
      const totals = await store.totals();
      const { articles, actors, relations, responses } = await store.stats();
      expect(totals).toEqual({ articles, actors, relations, responses });
      expect([totals.articles >= 2, totals.actors >= 6, totals.relations >= 4]).toEqual([true, true, true]);
      const [row] = await store.query(
        "MATCH (a:Actor {id: $id}) RETURN a.name AS name, a.aliases AS aliases",
        { id: `${PREFIX}evil-group` },
        "READ",
      );
      expect(row).toEqual({ name: HOSTILE_NAME, aliases: [HOSTILE_ALIAS, 'O\'Brien "Quote" \\ group'] });
    });

    it("answers the reader calls from the loaded graph", async () => {
      const id = (name: string) => `${PREFIX}${name}`;
      const evidence = await store.evidence({
        subject: id("jens-stoltenberg"),
        object: id("russia"),
        includeNegated: true,
      });
      expect(evidence.map((s) => [s.type, s.negated, s.cue, s.article.id])).toEqual([
        ["WARN", false, "warned", id("a1")],
        ["THREATEN", true, "threaten", id("a2")],
      ]);
      expect(evidence[0]!.sentence.slice(...evidence[0]!.highlight.verb)).toEqual("warned");
      const accuse = await store.evidence({ subject: id("evil-group"), object: id("nato") });
      expect([accuse[0]?.cue, accuse[0]?.subject.name, accuse[0]?.attributedTo]).toEqual([
        HOSTILE_CUE,
        HOSTILE_NAME,
        null,
      ]);

      const graph = await store.graph({ limit: 100, focus: id("jens-stoltenberg"), hops: 1, includeNegated: true });
      expect(graph.edges.map((e) => [e.key, e.attributes?.count, e.attributes?.dominantType])).toEqual([
        [`${id("jens-stoltenberg")}->${id("russia")}`, 2, "WARN"],
      ]);

      const peskov = await store.actor(id("dmitry-peskov"));
      expect(peskov?.actor.roles.map((r) => r.title)).toEqual(["spokesman", "press aide"]);
      expect([peskov?.statementsAsSubject, peskov?.outgoing]).toEqual([
        1,
        [{ actor: { id: id("nato"), name: "NATO", type: "ORGANIZATION" }, type: "REJECT", count: 1 }],
      ]);
      expect(await store.actor(id("nobody"))).toEqual(null);

      const found = (await store.searchActors("o'brien", 50)).filter((m) => m.id.startsWith(PREFIX));
      expect(found).toEqual([
        {
          id: id("evil-group"),
          name: HOSTILE_NAME,
          type: "GROUP",
          matched: 'O\'Brien "Quote" \\ group',
          statements: 1,
        },
      ]);
      expect(await store.shortestPath(id("dmitry-peskov"), id("evil-group"), 4)).toEqual([
        id("dmitry-peskov"),
        id("nato"),
        id("evil-group"),
      ]);
      const threads = await store.responseThreads({ actor: id("dmitry-peskov") });
      expect(threads.map((t) => [t.from.id, t.to.id, t.lagDays])).toEqual([[id("s-reject"), id("s-warn"), 0]]);
      const earlier = await store.statementsBetween([
        { subject: id("jens-stoltenberg"), object: id("russia"), from: "2022-01-01", to: "2022-01-31" },
      ]);
      expect(earlier.map((s) => [s.id, s.date])).toEqual([
        [id("s-threaten"), "2022-01-27"],
        [id("s-warn"), "2022-01-25"],
      ]);
      // Asked about the body, the store answers with what its members said too (Stoltenberg for NATO).
      const byMembers = await store.statementsBetween([
        { subject: id("nato"), object: id("russia"), from: "2022-01-01", to: "2022-01-31" },
      ]);
      expect(byMembers.map((s) => s.id).sort()).toEqual([id("s-threaten"), id("s-warn")]);
      // Asked for the kinds a reply can answer, it leaves the others out.
      const warnings = await store.statementsBetween([
        { subject: id("nato"), object: id("russia"), from: "2022-01-01", to: "2022-01-31", types: ["WARN", "ACCUSE"] },
      ]);
      expect(warnings.map((s) => s.id)).toEqual([id("s-warn")]);
      // Asked for an article's statements by a body about anyone: its members' in that article, whatever the day.
      const claims = await store.statementsBetween([
        {
          subject: id("nato"),
          object: id("kremlin"),
          from: "2022-03-01",
          to: "2022-03-01",
          article: id("a1"),
          anyObject: true,
        },
      ]);
      expect(claims.map((s) => [s.id, s.object])).toEqual([[id("s-warn"), id("russia")]]);
      expect(await store.knownContentHashes([`${PREFIX}hash-1`, `${PREFIX}hash-9`])).toEqual(
        new Set([`${PREFIX}hash-1`]),
      );
    });

    it("streams back what it was given through GraphSource", async () => {
      const mine = async <T extends { id: string }>(items: AsyncIterable<T>): Promise<T[]> => {
        const out: T[] = [];
        for await (const item of items) if (item.id.startsWith(PREFIX)) out.push(item);
        return out;
      };
      // Neo4j orders strings by code point, as `<` does.
      const byId = <T extends { id: string }>(items: T[]) =>
        [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      expect(await mine(store.articles())).toEqual(byId(BATCH.articles));
      expect(await mine(store.relations())).toEqual(byId(BATCH.relations));
      expect(await mine(store.actors())).toEqual(
        byId(BATCH.actors.map((a) => ({ ...a, articles: [...a.articles].sort() }))),
      );
      const links = [];
      for await (const link of store.responseLinks()) if (link.from.startsWith(PREFIX)) links.push(link);
      expect(links).toEqual(BATCH.responses);
      // Resolution reads each actor with its number of articles, not the articles.
      const known = (await store.knownActors()).filter((actor) => actor.id.startsWith(PREFIX));
      expect(known.map(knownActorData)).toEqual(byId(BATCH.actors).map(knownActorOf).map(knownActorData));
    });

    it("tells what a statement answers, and what a speaker said and what answers it, for relinking", async () => {
      const link = BATCH.responses[0]!;
      const answered = BATCH.relations.find((relation) => relation.id === link.to)!;
      const byAnswerer = await store.answeredStatements([link.from, `${PREFIX}missing`]);
      expect([...byAnswerer].map(([by, statement]) => [by, statement.id])).toEqual([[link.from, link.to]]);
      const { said, answering } = await store.statementsBy([answered.subject]);
      const saidIds = BATCH.relations.filter((relation) => relation.subject === answered.subject).map((r) => r.id);
      expect(said.map((statement) => statement.id).sort()).toEqual(saidIds.sort());
      expect(said.every((statement) => statement.date !== null)).toBe(true);
      expect(answering.map((statement) => statement.id)).toEqual([link.from]);
    });

    it("runs every analyst query", async () => {
      for (const query of loadAnalystQueries()) {
        const params = Object.fromEntries(
          Object.entries(query.params).map(([k, v]) => [k, ID_PARAMS.includes(k) ? `${PREFIX}${v}` : v]),
        );
        const rows = await store.query(query.cypher, params, "READ");
        expect(Array.isArray(rows), query.name).toEqual(true);
        if (query.name === "what-x-said-about-y") expect(rows.map((r) => r.type)).toEqual(["WARN", "THREATEN"]);
        if (query.name === "people-of-an-organisation")
          expect(rows.map((r) => [r.person, r.role, r.since])).toEqual([
            ["Dmitry Peskov", "SPOKESPERSON_OF", "2022-01-25"],
          ]);
        if (query.name === "negated-or-hypothetical-claims") expect(rows.map((r) => r.type)).toEqual(["THREATEN"]);
      }
    });

    it("round-trips through the exported Cypher script", async () => {
      const before = await counts();
      const sink = stringSink();
      await exportCypher(batchGraphSource(BATCH), sink, 2);
      await clean();
      expect((await counts()).labels).toEqual({});
      for (const statement of splitCypherScript(sink.text())) await store.query(statement, {}, "WRITE");
      expect(await counts()).toEqual(before);
    });

    it("completes a load that failed mid-batch when it is retried", async () => {
      await clean();
      const real = store.connection.session("WRITE");
      let calls = 0;
      const failing: CypherSession = {
        run: (cypher, params) => real.run(cypher, params),
        executeRead: (work) => real.executeRead(work),
        executeWrite: (work) =>
          ++calls === 5 ? Promise.reject(new Error("simulated network failure")) : real.executeWrite(work),
        close: () => real.close(),
      };
      await expect(loadGraph(BATCH, { session: failing, batchSize: 1 })).rejects.toThrow("simulated network failure");
      await failing.close();
      expect((await counts()).labels.Statement ?? 0).toEqual(0);
      await store.write(BATCH);
      expect(await counts()).toEqual(EXPECTED_COUNTS);
    });

    it("folds a merged-away actor into its target", async () => {
      const moved = await store.remapActors(new Map([[`${PREFIX}kremlin`, `${PREFIX}russia`]]));
      expect(moved).toEqual(1);
      const rows = await store.query(
        "MATCH (p:Actor {id: $peskov})-[r:SPOKESPERSON_OF]->(o:Actor) RETURN o.id AS org, o.aliases AS aliases",
        { peskov: `${PREFIX}dmitry-peskov` },
        "READ",
      );
      expect(rows).toEqual([{ org: `${PREFIX}russia`, aliases: ["Moscow", "Kremlin"] }]);
      expect(await store.actor(`${PREFIX}kremlin`)).toEqual(null);
      expect(await store.remapActors(new Map([[`${PREFIX}kremlin`, `${PREFIX}russia`]]))).toEqual(0);
    });

    it("reports a wrong password and an unknown database as StoreUnavailableError", async () => {
      const wrong = createNeo4jStore({ password: `wrong-${PREFIX}` }, { env: process.env });
      await expect(wrong).rejects.toThrow(StoreUnavailableError);
      await expect(wrong).rejects.toThrow(/authentication failed/);
      const unknown = createNeo4jStore({ database: "no-such-database-newsgraph" }, { env: process.env });
      await expect(unknown).rejects.toThrow(/unknown database/);
    });
  },
);
