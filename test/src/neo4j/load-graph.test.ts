import { describe, expect, it } from "vitest";
import { UsageError } from "../../../graph-schema/index.ts";
import { MODEL_LABELS, MODEL_RELATIONSHIP_TYPES } from "../../../graph-schema/neo4j-model.ts";
import { loadGraph, type LoadProgress } from "../../../src/neo4j/load-graph.ts";
import { planGraphLoad } from "../../../src/neo4j/plan-graph-load.ts";
import { FakeSession } from "./fake-session.ts";
import { HOSTILE_ALIAS, HOSTILE_CUE, HOSTILE_NAME, hostileBatch } from "./hostile-batch.ts";

/** Every backticked identifier in a Cypher text. */
const identifiers = (cypher: string): string[] =>
  [...cypher.matchAll(/`((?:[^`]|``)*)`/g)].map((m) => m[1]!.replaceAll("``", "`"));

describe("loadGraph", () => {
  it("sends articles, actors, affiliations, roles, statements by type and responses, in that order", async () => {
    const session = new FakeSession();
    const summary = await loadGraph(hostileBatch(), { session });
    expect(summary).toEqual({ articles: 2, actors: 6, relations: 4, responses: 1 });
    expect(session.queries.map((q) => [q.mode, q.cypher.split("\n")[1], (q.params.rows as unknown[]).length])).toEqual([
      ["WRITE", "MERGE (n:`Article` {id: row.id})", 2],
      ["WRITE", "MERGE (n:`Actor` {id: row.id})", 2],
      ["WRITE", "MERGE (n:`Actor` {id: row.id})", 2],
      ["WRITE", "MERGE (n:`Actor` {id: row.id})", 1],
      ["WRITE", "MERGE (n:`Actor` {id: row.id})", 1],
      ["WRITE", "MATCH (n:`Actor` {id: row.id})", 1],
      ["WRITE", "MATCH (n:`Actor` {id: row.actor})", 1],
      ["WRITE", "MATCH (n:`Actor` {id: row.actor})", 1],
      ["WRITE", "MATCH (s:`Actor` {id: row.props.subject})", 1],
      ["WRITE", "MATCH (s:`Actor` {id: row.props.subject})", 1],
      ["WRITE", "MATCH (s:`Actor` {id: row.props.subject})", 1],
      ["WRITE", "MATCH (s:`Actor` {id: row.props.subject})", 1],
      ["WRITE", "MATCH (later:`Statement` {id: row.from})", 1],
    ]);
  });

  it("never writes a value into the Cypher text: hostile names, aliases, sentences and cues travel as parameters", async () => {
    const session = new FakeSession();
    await loadGraph(hostileBatch(), { session });
    for (const { cypher } of session.queries) {
      expect(cypher).not.toContain("DETACH DELETE");
      expect(cypher).not.toContain("Evil");
      expect(
        identifiers(cypher).filter((id) => !MODEL_LABELS.includes(id) && !MODEL_RELATIONSHIP_TYPES.includes(id)),
      ).toEqual([]);
    }
    const params = JSON.stringify(session.queries.map((q) => q.params));
    for (const hostile of [HOSTILE_NAME, HOSTILE_ALIAS, HOSTILE_CUE])
      expect(params).toContain(JSON.stringify(hostile).slice(1, -1));
  });

  it("writes the hostile actor and its statement with constant labels and types", async () => {
    const session = new FakeSession();
    await loadGraph(hostileBatch(), { session });
    const group = session.queries.find((q) => q.cypher.includes("SET n:`Group`"))!;
    expect(group.cypher).toMatchInlineSnapshot(`
      "UNWIND $rows AS row
      MERGE (n:\`Actor\` {id: row.id})
      REMOVE n:\`Person\`:\`Organization\`:\`Country\`:\`Group\`:\`Location\`:\`Media\`
      SET n:\`Group\`, n += row.props
      WITH n, row
      UNWIND row.articles AS articleId
      MATCH (a:\`Article\` {id: articleId})
      MERGE (n)-[:\`MENTIONED_IN\`]->(a)"
    `);
    expect(group.params).toMatchInlineSnapshot(`
      {
        "rows": [
          {
            "articles": [
              "a2",
            ],
            "id": "evil-group",
            "props": {
              "affiliation": null,
              "aliasText": "}]->() DETACH DELETE n // | O'Brien "Quote" \\ group",
              "aliases": [
                "}]->() DETACH DELETE n //",
                "O'Brien "Quote" \\ group",
              ],
              "name": "Evil\`]->() DETACH DELETE n //",
              "rolesJson": [],
              "type": "GROUP",
            },
          },
        ],
      }
    `);
    const accuse = session.queries.find((q) => q.cypher.includes("[r:`ACCUSES`"))!;
    expect(accuse.cypher).toMatchInlineSnapshot(`
      "UNWIND $rows AS row
      MATCH (s:\`Actor\` {id: row.props.subject})
      MATCH (o:\`Actor\` {id: row.props.object})
      MATCH (a:\`Article\` {id: row.props.article})
      MERGE (st:\`Statement\` {id: row.props.id})
      SET st += row.props,
          st.date = coalesce(row.props.eventDate, left(a.published, 10)),
          st.source = a.source,
          st.sentenceStart = toInteger(row.offsets[0]), st.sentenceEnd = toInteger(row.offsets[1]),
          st.subjectStart = toInteger(row.offsets[2]), st.subjectEnd = toInteger(row.offsets[3]),
          st.verbStart = toInteger(row.offsets[4]), st.verbEnd = toInteger(row.offsets[5]),
          st.objectStart = toInteger(row.offsets[6]), st.objectEnd = toInteger(row.offsets[7])
      MERGE (st)-[:\`SUBJECT\`]->(s)
      MERGE (st)-[:\`OBJECT\`]->(o)
      MERGE (st)-[:\`IN_ARTICLE\`]->(a)
      MERGE (s)-[r:\`ACCUSES\` {statementId: st.id}]->(o)
      SET r.articleId = st.article, r.type = st.type, r.plover = st.plover, r.quad = st.quad,
          r.sentence = st.sentence, r.eventDate = st.eventDate, r.date = st.date, r.source = st.source,
          r.negated = st.negated, r.hypothetical = st.hypothetical, r.confidence = st.confidence, r.cue = st.cue
      WITH st, row
      OPTIONAL MATCH (speaker:\`Actor\` {id: row.props.attributedTo})
      FOREACH (ignored IN CASE WHEN speaker IS NULL THEN [] ELSE [1] END | MERGE (st)-[:\`ATTRIBUTED_TO\`]->(speaker))"
    `);
    expect(accuse.params).toMatchInlineSnapshot(`
      {
        "rows": [
          {
            "offsets": [
              0,
              118,
              10,
              39,
              40,
              68,
              69,
              73,
            ],
            "props": {
              "article": "a2",
              "attributedTo": null,
              "confidence": 0.9,
              "cue": "accused\`) DETACH DELETE n //",
              "eventDate": "2022-01-27",
              "hypothetical": false,
              "id": "s-accuse",
              "negated": false,
              "object": "nato",
              "plover": "DISAPPROVE",
              "quad": "VERBAL_CONFLICT",
              "sentence": "The group Evil\`]->() DETACH DELETE n // accused\`) DETACH DELETE n // NATO of 'staging' "provocations" near the border.",
              "subject": "evil-group",
              "type": "ACCUSE",
            },
          },
        ],
      }
    `);
  });

  it("links roles whose affiliation is an actor, keyed by title, and responses between statements", async () => {
    const session = new FakeSession();
    await loadGraph(hostileBatch(), { session });
    const roles = session.queries.filter((q) => q.cypher.includes("MERGE (n)-[r:"));
    expect(roles.map((q) => [identifiers(q.cypher), q.params])).toMatchInlineSnapshot(`
      [
        [
          [
            "Actor",
            "Actor",
            "HEAD_OF",
          ],
          {
            "rows": [
              {
                "actor": "jens-stoltenberg",
                "affiliation": "nato",
                "article": "a1",
                "since": "2022-01-25",
                "title": "Secretary General",
              },
            ],
          },
        ],
        [
          [
            "Actor",
            "Actor",
            "SPOKESPERSON_OF",
          ],
          {
            "rows": [
              {
                "actor": "dmitry-peskov",
                "affiliation": "kremlin",
                "article": "a1",
                "since": "2022-01-25",
                "title": "spokesman",
              },
            ],
          },
        ],
      ]
    `);
    const responses = session.queries.at(-1)!;
    expect(responses.cypher).toMatchInlineSnapshot(`
      "UNWIND $rows AS row
      MATCH (later:\`Statement\` {id: row.from})
      MATCH (earlier:\`Statement\` {id: row.to})
      CALL (later, earlier) {
        MATCH (later)-[old:\`RESPONDS_TO\`]->(other:\`Statement\`)
        WHERE other <> earlier
        DELETE old
      }
      MERGE (later)-[r:\`RESPONDS_TO\`]->(earlier)
      SET r.cue = row.cue, r.lagDays = toInteger(row.lagDays), r.confidence = row.confidence"
    `);
    expect(responses.params).toEqual({
      rows: [{ from: "s-reject", to: "s-warn", cue: "rejected the warning", lagDays: 0, confidence: 0.8 }],
    });
  });

  it("drops the old links of relinked statements that have no new one, before writing the replacing links", async () => {
    const session = new FakeSession();
    const batch = hostileBatch();
    await loadGraph(
      { ...batch, articles: [], actors: [], relations: [], relinked: ["s-reject", "s-warn"] },
      { session },
    );
    expect(session.queries.map((q) => [q.cypher, q.params])).toEqual([
      [
        "UNWIND $rows AS row\nMATCH (:`Statement` {id: row.id})-[old:`RESPONDS_TO`]->(:`Statement`)\nDELETE old",
        { rows: [{ id: "s-warn" }] },
      ],
      [
        expect.stringContaining("WHERE other <> earlier\n  DELETE old"),
        { rows: [expect.objectContaining({ from: "s-reject" })] },
      ],
    ]);
  });

  it("splits steps into transactions of batchSize rows and reports progress with rows per second", async () => {
    const session = new FakeSession();
    const progress: LoadProgress[] = [];
    let clock = 0;
    await loadGraph(hostileBatch(), {
      session,
      batchSize: 1,
      onProgress: (p) => progress.push(p),
      now: () => (clock += 250),
    });
    expect(session.queries.length).toEqual(16);
    expect(progress.map((p) => p.rows)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
    expect(progress[0]).toEqual({ kind: "articles", group: null, rows: 1, totalRows: 16, rowsPerSecond: 4 });
    expect(progress.at(-1)).toEqual({ kind: "responses", group: null, rows: 16, totalRows: 16, rowsPerSecond: 4 });
  });

  it("sends the same Cypher and rows when loading the same batch twice", async () => {
    const first = new FakeSession();
    const second = new FakeSession();
    await loadGraph(hostileBatch(), { session: first });
    await loadGraph(hostileBatch(), { session: second });
    expect(second.queries).toEqual(first.queries);
    expect(
      first.queries.every((q) => /^UNWIND \$rows AS row\nMERGE|^UNWIND \$rows AS row\nMATCH/.test(q.cypher)),
    ).toEqual(true);
  });

  it("stops at a failed transaction with its error, having written the chunks before it", async () => {
    const session = new FakeSession();
    session.failOnCall = (call) => (call === 3 ? new Error("Neo.TransientError.General.DatabaseUnavailable") : null);
    await expect(loadGraph(hostileBatch(), { session, batchSize: 1 })).rejects.toThrow("DatabaseUnavailable");
    expect(session.queries.length).toEqual(3);
  });

  it.each([0, -5, 1.5, 1_000_000])("rejects batch size %s", async (batchSize) => {
    await expect(loadGraph(hostileBatch(), { session: new FakeSession(), batchSize })).rejects.toThrow(UsageError);
  });
});

describe("planGraphLoad", () => {
  it("leaves out empty steps and keeps the earliest date of a repeated role", () => {
    const batch = hostileBatch();
    const peskov = batch.actors[1]!;
    peskov.roles.push({ title: "spokesman", affiliation: "kremlin", article: "a0", date: "2021-12-01" });
    const steps = planGraphLoad({ articles: [], actors: [peskov], relations: [], responses: [] });
    expect(steps.map((step) => [step.kind, step.group, step.rows])).toEqual([
      ["actors", "PERSON", [expect.objectContaining({ id: "dmitry-peskov" })]],
      [
        "roles",
        "SPOKESPERSON_OF",
        [{ actor: "dmitry-peskov", affiliation: "kremlin", title: "spokesman", since: "2021-12-01", article: "a0" }],
      ],
    ]);
  });
});
