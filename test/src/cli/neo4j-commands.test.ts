import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UsageError } from "../../../graph-schema/index.ts";
import { SCHEMA_STATEMENTS } from "../../../graph-schema/neo4j-model.ts";
import type { CliCommand, CliContext } from "../../../src/cli/cli-command.ts";
import { createInterruption } from "../../../src/cli/interruption.ts";
import { createExportCommand } from "../../../src/cli/commands/export.ts";
import { createQueryCommand, parseQueryParams } from "../../../src/cli/commands/query.ts";
import { createSchemaCommand } from "../../../src/cli/commands/schema.ts";
import { createSyncCommand, DEFAULT_SYNC_DEPENDENCIES } from "../../../src/cli/commands/sync.ts";
import { parseCommandArgs } from "../../../src/cli/parse-command-args.ts";
import { splitCypherScript } from "../../../src/export/export-cypher.ts";
import { loadAnalystQueries } from "../../../src/neo4j/load-analyst-queries.ts";
import { createNeo4jStore } from "../../../src/neo4j/neo4j-store.ts";
import { openSqliteStore } from "../../../src/store/sqlite-store.ts";
import { FakeDriver, FakeSession, type FakeResponder } from "../neo4j/fake-session.ts";
import { hostileBatch } from "../neo4j/hostile-batch.ts";

let dir: string;
let storeDir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-neo4j-cli-"));
  storeDir = join(dir, "store");
  const store = openSqliteStore(storeDir, { create: true });
  await store.write(hostileBatch());
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function collect(): PassThrough & { text(): string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  return Object.assign(stream, { text: () => Buffer.concat(chunks).toString("utf8") });
}

async function run(command: CliCommand, argv: string[]) {
  const stdout = collect();
  const stderr = collect();
  const context: CliContext = {
    stdin: new PassThrough(),
    stdout,
    stderr,
    env: { NEO4J_PASSWORD: "secret" },
    cwd: dir,
    isTTY: false,
    debug: false,
    interruption: createInterruption(() => {}),
  };
  const code = await command.run(parseCommandArgs(command, argv), context);
  await new Promise((resolve) => setImmediate(resolve));
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** A Neo4j store over a recording fake driver; `session` sees every query after the connection probe. */
function fakeNeo4j(responder: FakeResponder = () => []) {
  const session = new FakeSession(responder);
  const open = async (uri: string | undefined, _context: CliContext, batchSize?: number) => {
    const store = await createNeo4jStore(
      { uri: uri ?? "bolt://localhost:7687", ...(batchSize ? { batchSize } : {}) },
      { driver: new FakeDriver(session), env: {} },
    );
    session.queries.length = 0;
    return store;
  };
  return { session, open };
}

describe("newsgraph schema", () => {
  it("applies every constraint and index", async () => {
    const { session, open } = fakeNeo4j();
    const result = await run(createSchemaCommand(open), ["apply", "--neo4j", "bolt://graph.example:7687"]);
    expect(result).toEqual({
      code: 0,
      stdout: "applied 10 schema statements (constraints and indexes) to bolt://graph.example:7687/neo4j\n",
      stderr: "",
    });
    expect(session.queries.map((q) => [q.mode, q.cypher])).toEqual(
      SCHEMA_STATEMENTS.map((cypher) => ["WRITE", cypher]),
    );
  });

  it("shows the schema without connecting", async () => {
    const result = await run(
      createSchemaCommand(() => Promise.reject(new Error("must not connect"))),
      ["show"],
    );
    expect(result.stdout).toEqual(SCHEMA_STATEMENTS.map((s) => `${s};\n`).join(""));
  });

  it.each([[[]], [["drop"]], [["apply", "now"]]])("rejects %j", async (argv) => {
    await expect(run(createSchemaCommand(fakeNeo4j().open), argv)).rejects.toThrow(UsageError);
  });
});

describe("newsgraph sync", () => {
  it("streams the embedded store into Neo4j: schema, then UNWIND batches in dependency order", async () => {
    const { session, open } = fakeNeo4j();
    const command = createSyncCommand({
      ...DEFAULT_SYNC_DEPENDENCIES,
      openTarget: (uri, context, batchSize) => open(uri, context, batchSize),
    });
    const result = await run(command, ["--neo4j", "bolt://localhost:7687", "--store", storeDir, "--batch-size", "2"]);
    expect(result.code).toEqual(0);
    expect(result.stdout).toMatch(
      /^synced .*store -> bolt:\/\/localhost:7687\/neo4j: 16 rows in [\d.]+ s \(\d+ rows\/s\); Neo4j now holds 0 articles/,
    );
    const loads = session.queries.filter((q) => q.cypher.startsWith("UNWIND $rows"));
    expect(session.queries.slice(0, SCHEMA_STATEMENTS.length).map((q) => q.cypher)).toEqual([...SCHEMA_STATEMENTS]);
    expect(loads.every((q) => (q.params.rows as unknown[]).length <= 2)).toEqual(true);
    expect(loads.reduce((sum, q) => sum + (q.params.rows as unknown[]).length, 0)).toEqual(16);
    const phases = loads.map((q) => q.cypher.split("\n")[1]!.replace(/ \{.*$/, ""));
    expect(phases.filter((phase, i) => phase !== phases[i - 1])).toEqual([
      "MERGE (n:`Article`",
      "MERGE (n:`Actor`",
      "MATCH (n:`Actor`",
      "MATCH (s:`Actor`",
      "MATCH (later:`Statement`",
    ]);
  });
});

describe("newsgraph query", () => {
  const rows = () => [
    {
      actor: {
        kind: "node",
        labels: ["Actor", "Person"],
        properties: { id: "jens-stoltenberg", name: "Jens Stoltenberg" },
      },
      warnings: neo4j.int(3),
      last: "2022-01-27",
    },
  ];

  it("runs read-only by default, types parameters and prints a table", async () => {
    const { session, open } = fakeNeo4j(rows);
    const result = await run(createQueryCommand(open), [
      "MATCH (a:Actor)-[r:WARNS]->() RETURN a AS actor, count(r) AS warnings LIMIT $limit",
      "--param",
      "limit=5",
      "--param",
      "name=Jens Stoltenberg",
      "--param",
      'ids=["nato","russia"]',
    ]);
    expect(result.stdout).toMatchInlineSnapshot(`
      "actor                                                        | warnings | last
      -------------------------------------------------------------+----------+-----------
      (:Actor:Person {id: "jens-stoltenberg", name: "Jens Stolten… | 3        | 2022-01-27
      1 row
      "
    `);
    expect(session.queries).toEqual([
      {
        mode: "READ",
        cypher: "MATCH (a:Actor)-[r:WARNS]->() RETURN a AS actor, count(r) AS warnings LIMIT $limit",
        params: { limit: neo4j.int(5), name: "Jens Stoltenberg", ids: ["nato", "russia"] },
      },
    ]);
  });

  it("writes only with --write, and prints JSON or CSV", async () => {
    const { session, open } = fakeNeo4j(rows);
    const json = await run(createQueryCommand(open), [
      "MATCH (n) SET n.seen = true RETURN n",
      "--write",
      "--format",
      "json",
    ]);
    expect(session.queries[0]!.mode).toEqual("WRITE");
    expect(JSON.parse(json.stdout)).toEqual([
      {
        actor: {
          kind: "node",
          labels: ["Actor", "Person"],
          properties: { id: "jens-stoltenberg", name: "Jens Stoltenberg" },
        },
        warnings: 3,
        last: "2022-01-27",
      },
    ]);
    const csv = await run(createQueryCommand(open), ["RETURN 1", "--format", "csv"]);
    expect(csv.stdout).toEqual(
      'actor,warnings,last\n"(:Actor:Person {id: ""jens-stoltenberg"", name: ""Jens Stoltenberg""})",3,2022-01-27\n',
    );
  });

  it("runs a named analyst query with its example parameters, overridden by --param", async () => {
    const { session, open } = fakeNeo4j();
    const [first] = loadAnalystQueries();
    await run(createQueryCommand(open), ["--analyst", first!.name, "--param", "limit=3"]);
    expect(session.queries).toEqual([{ mode: "READ", cypher: first!.cypher, params: { limit: neo4j.int(3) } }]);
    const list = await run(createQueryCommand(open), ["--list"]);
    expect(
      list.stdout
        .split("\n")
        .filter((line) => !line.startsWith(" ") && line)
        .map((line) => line.split("  ")[0]),
    ).toEqual(loadAnalystQueries().map((q) => q.name));
  });

  it.each([
    {
      code: "Neo.ClientError.Statement.SyntaxError",
      expected:
        /query: Neo4j rejected the query \(Neo\.ClientError\.Statement\.SyntaxError\): Invalid input 'RETRUN'; check the Cypher/,
    },
    {
      code: "Neo.ClientError.Statement.AccessMode",
      expected: /Writing in read access mode not allowed; add --write to allow writes/,
    },
  ])("reports $code in one line as a usage error", async ({ code, expected }) => {
    const { session, open } = fakeNeo4j();
    const message = code.endsWith("AccessMode")
      ? "Writing in read access mode not allowed."
      : "Invalid input 'RETRUN'\n\"RETRUN 1\"\n ^";
    session.failOnCall = (call) =>
      session.queries[call - 1]?.cypher === "RETRUN 1" ? Object.assign(new Error(message), { code }) : null;
    const attempt = run(createQueryCommand(open), ["RETRUN 1"]);
    await expect(attempt).rejects.toThrow(UsageError);
    await expect(attempt).rejects.toThrow(expected);
  });

  it.each([
    "CALL { MATCH (n:Actor) SET n.seen = true } IN TRANSACTIONS",
    "MATCH (n) CALL (n) { DETACH DELETE n } IN 500 ROWS\nIN TRANSACTIONS OF 1000 ROWS",
    "UNWIND range(1, 9) AS i CALL (i) { CREATE (:X {i: i}) } in 2 concurrent transactions",
  ])("refuses %j in one line before connecting", async (cypher) => {
    const attempt = run(createQueryCommand(() => Promise.reject(new Error("must not connect"))), [cypher, "--write"]);
    await expect(attempt).rejects.toThrow(UsageError);
    await expect(attempt).rejects.toThrow(/CALL \{ … \} IN TRANSACTIONS .* cypher-shell or Neo4j Browser with :auto$/);
  });

  it("runs a query that only mentions IN TRANSACTIONS in a string or a comment", async () => {
    const { session, open } = fakeNeo4j(() => [{ text: "IN TRANSACTIONS" }]);
    const cypher = "RETURN 'CALL {} IN TRANSACTIONS' AS text // IN TRANSACTIONS";
    expect((await run(createQueryCommand(open), [cypher, "--format", "json"])).code).toEqual(0);
    expect(session.queries.map((q) => q.cypher)).toEqual([cypher]);
  });

  it("turns Neo4j's refusal of a batched transaction into the same line", async () => {
    const { session, open } = fakeNeo4j();
    session.failOnCall = (call) =>
      session.queries[call - 1]?.cypher.startsWith("CALL db.labels") !== true
        ? null
        : Object.assign(
        new Error(
          "A query with 'CALL { ... } IN TRANSACTIONS' can only be executed in an implicit transaction, but tried to execute in an explicit transaction.",
        ),
        { code: "Neo.DatabaseError.Transaction.TransactionStartFailed" },
      );
    await expect(run(createQueryCommand(open), ["CALL db.labels() YIELD label RETURN label"])).rejects.toThrow(
      /^query: CALL \{ … \} IN TRANSACTIONS commits in batches/,
    );
  });

  it.each([
    { argv: [], title: "no query" },
    { argv: ["--analyst", "who-hugged-whom"], title: "an unknown analyst query" },
    { argv: ["RETURN 1", "--param", "1x=2"], title: "a bad parameter name" },
    { argv: ["RETURN 1", "--format", "xml"], title: "an unknown format" },
  ])("rejects $title", async ({ argv }) => {
    await expect(run(createQueryCommand(fakeNeo4j().open), argv)).rejects.toThrow(UsageError);
  });

  it.each([
    { pair: "limit=10", expected: { limit: 10 } },
    { pair: "actor=nato", expected: { actor: "nato" } },
    { pair: 'actor="123"', expected: { actor: "123" } },
    { pair: "flag=true", expected: { flag: true } },
    { pair: "from=null", expected: { from: null } },
    { pair: "text=a=b", expected: { text: "a=b" } },
  ])("reads --param $pair", ({ pair, expected }) => {
    expect(parseQueryParams([pair])).toEqual(expected);
  });
});

describe("newsgraph export", () => {
  const exportCommand = createExportCommand();

  it("exports the embedded store as the extraction contract JSON on stdout", async () => {
    const result = await run(exportCommand, ["--format", "json", "--store", storeDir]);
    const exported = JSON.parse(result.stdout);
    const batch = hostileBatch();
    const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(exported.articles)).toEqual(byId(batch.articles.map(({ text: _text, ...record }) => record)));
    expect(byId(exported.relations)).toEqual(byId(batch.relations));
    expect(exported.responses).toEqual(batch.responses);
  });

  it.each(["gexf", "graphml", "cypher"])("writes %s to a file with -o", async (format) => {
    const result = await run(exportCommand, ["--format", format, "--store", storeDir, "-o", `graph.${format}`]);
    expect(result.stderr).toMatch(new RegExp(`exported .*store as ${format} to graph\\.${format}\\n`));
    const text = readFileSync(join(dir, `graph.${format}`), "utf8");
    expect(text.length).toBeGreaterThan(1000);
    if (format === "cypher") expect(splitCypherScript(text).length).toEqual(SCHEMA_STATEMENTS.length + 13);
  });

  it("writes the neo4j-admin CSV folder with -o DIR and leaves no temporary files", async () => {
    await run(exportCommand, ["--format", "csv", "--store", storeDir, "-o", "csv"]);
    expect(readdirSync(join(dir, "csv")).sort()).toEqual([
      "actor-links.csv",
      "actor-statements.csv",
      "actors.csv",
      "articles.csv",
      "import.sh",
      "mentions.csv",
      "responses.csv",
      "statement-actors.csv",
      "statement-articles.csv",
      "statements.csv",
    ]);
  });

  it.each([
    { argv: ["--store", "x"], title: "a missing --format" },
    { argv: ["--format", "csv", "--store", "x"], title: "csv without -o" },
    { argv: ["--format", "pdf"], title: "an unknown format" },
  ])("rejects $title", async ({ argv }) => {
    await expect(run(exportCommand, argv)).rejects.toThrow(UsageError);
  });
});
