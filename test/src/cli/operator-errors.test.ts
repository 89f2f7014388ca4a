// Operator mistakes and machine failures get one line saying what is wrong and what to do, never "internal
// error": an empty or misnamed --store, an empty, half-made, foreign or damaged graph.db, a missing output folder,
// and the disk and file-system failures of operatorError. (A full disk and a read-only store were also run by
// hand on a 600 KB tmpfs and as an unprivileged user: docs/robustness.md.)

import Database from "better-sqlite3";
import {
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
  closeSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operatorError } from "../../../src/store/operator-error.ts";
import { GRAPH_BATCH } from "../../fixtures/graph-batch.ts";
import { writeNewsWeek } from "../../fixtures/news-week.ts";
import { runCliCaptured } from "../../support/run-cli-captured.ts";
import { openSqliteStore } from "../../../src/store/sqlite-store.ts";

let dir: string;
let news: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-operator-"));
  news = writeNewsWeek(join(dir, "news"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI and returns its exit code and its one stderr line (failing when there are more). */
async function oneLine(argv: string[]): Promise<[number, string]> {
  const run = await runCliCaptured(argv, { cwd: dir });
  const lines = run.stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
  return [run.code, lines[0] as string];
}

const folder = (name: string, graphDb?: Buffer | string): string => {
  const path = join(dir, name);
  mkdirSync(path, { recursive: true });
  if (graphDb !== undefined) writeFileSync(join(path, "graph.db"), graphDb);
  return path;
};

describe("operator errors on the command line", () => {
  it("refuses an empty --store instead of writing graph.db into the working folder", async () => {
    expect(await oneLine(["ingest", news, "--store", ""])).toEqual([
      2,
      "newsgraph: --store is empty; give the store's folder, or leave --store out for ./.newsgraph",
    ]);
    expect(() => statSync(join(dir, "graph.db"))).toThrow();
  });

  it.each(["stats", "ingest"])("%s refuses a --store that names a file", async (command) => {
    const file = join(dir, "notes.txt");
    writeFileSync(file, "notes");
    const argv = command === "ingest" ? ["ingest", news, "--store", file] : ["stats", "--store", file];
    expect(await oneLine(argv)).toEqual([
      1,
      `newsgraph: ${file} is a file, not a store folder; give --store the folder that holds graph.db (a new folder for a new store)`,
    ]);
  });

  it("reads a 0-byte graph.db as a store with no data yet, and ingest fills it", async () => {
    const store = folder("zero-bytes", "");
    expect(await oneLine(["stats", "--store", store])).toEqual([
      1,
      `newsgraph: store ${store} holds no data yet (graph.db is empty: a run was stopped while creating it); ingest into it to fill it: newsgraph ingest <path…> --store ${store}`,
    ]);
    expect((await runCliCaptured(["ingest", news, "--store", store, "--workers", "1"])).code).toBe(0);
  });

  it("says an SQLite file without newsgraph's tables is not a store", async () => {
    const store = folder("foreign");
    const db = new Database(join(store, "graph.db"));
    db.exec("CREATE TABLE recipes (name TEXT)");
    db.close();
    expect(await oneLine(["stats", "--store", store])).toEqual([
      1,
      `newsgraph: ${join(store, "graph.db")} is an SQLite database but not a newsgraph store; give --store the folder of a newsgraph store, or a new folder for a new one`,
    ]);
  });

  it.each(["stats", "ingest"])("%s calls a graph.db of random bytes damaged", async (command) => {
    const store = folder(`random-${command}`, Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919) % 251)));
    const argv = command === "ingest" ? ["ingest", news, "--store", store] : ["stats", "--store", store];
    const [code, line] = await oneLine(argv);
    expect([code, line]).toEqual([
      1,
      `newsgraph: cannot open the store ${store}: the store's database is damaged (file is not a database); restore it from a backup, or ingest the articles again into a new --store`,
    ]);
  });

  it("finds a damaged page before writing, and writes nothing", async () => {
    const store = folder("damaged-page");
    const filled = openSqliteStore(store, { create: true });
    await filled.write(GRAPH_BATCH);
    filled.db.pragma("wal_checkpoint(TRUNCATE)");
    await filled.close();
    const file = join(store, "graph.db");
    const pages = statSync(file).size / 4096;
    // Every page but the first (the schema) overwritten: the tables' pages no longer make b-trees.
    const fd = openSync(file, "r+");
    for (let page = 1; page < pages; page++) writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, page * 4096);
    closeSync(fd);
    const before = readFileSync(file);
    const [code, line] = await oneLine(["ingest", news, "--store", store, "--workers", "1"]);
    expect(code).toBe(1);
    // SQLite's quick check names the first bad page, or opening fails on it first ("database disk image is
    // malformed"): either way one line, before anything is written.
    expect(line).toMatch(
      /^newsgraph: (store .* is damaged \(SQLite's quick check: .+\); nothing was written|cannot open the store .*: the store's database is damaged \(.+\)); restore it from a backup, or ingest the articles again into a new --store$/,
    );
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it.each([
    ["export", ["export", "--format", "json", "-o", "missing/folder/graph.json"]],
    ["extract", ["extract", join("NEWS", "wednesday.txt"), "-o", "missing/folder/out.json"]],
  ])("%s names a missing output folder", async (_name, argv) => {
    const store = folder("for-export");
    expect((await runCliCaptured(["ingest", news, "--store", store, "--workers", "1"])).code).toBe(0);
    const args = argv.map((arg) => arg.replace(/^NEWS/, news));
    const [code, line] = await oneLine([...args, ...(args[0] === "export" ? ["--store", store] : [])]);
    expect([code, line]).toEqual([
      2,
      `newsgraph: cannot write ${args.at(-1)}: the folder ${join(dir, "missing/folder")} does not exist; create it first (mkdir -p ${join(dir, "missing/folder")})`,
    ]);
  });
});

describe("operatorError", () => {
  it.each([
    { code: "SQLITE_FULL", path: undefined, line: /^the disk is full: nothing more could be written; free some space/ },
    { code: "ENOSPC", path: "/data/out.gexf", line: /^the disk is full \(\/data\/out\.gexf\)/ },
    { code: "SQLITE_READONLY", path: undefined, line: /^cannot write: it is read-only \(.*\); copy the store/ },
    { code: "EROFS", path: "/mnt/ro/store", line: /^cannot write \(\/mnt\/ro\/store\): it is read-only/ },
    {
      code: "EACCES",
      path: "/srv/store/graph.db",
      line: /^permission denied \(\/srv\/store\/graph\.db\); check the permissions/,
    },
    { code: "ENOENT", path: "/nowhere/x.json", line: /^no such file or folder \(\/nowhere\/x\.json\); check the path/ },
    {
      code: "SQLITE_CORRUPT",
      path: undefined,
      line: /^the store's database is damaged \(.*\); restore it from a backup/,
    },
    {
      code: "SQLITE_IOERR_WRITE",
      path: undefined,
      line: /^the disk failed to read or write \(SQLITE_IOERR_WRITE\); check the disk/,
    },
    { code: "SQLITE_BUSY", path: undefined, line: /^the store is busy: another process holds its database; wait/ },
  ])("turns $code into one line", ({ code, path, line }) => {
    const error = Object.assign(new Error(`${code} happened\nsecond line`), { code, path });
    const described = operatorError(error);
    expect(described?.message).toMatch(line);
    expect(described?.message.includes("\n")).toBe(false);
  });

  it("leaves other errors to be reported as internal", () => {
    expect(operatorError(new TypeError("x is undefined"))).toBe(null);
  });
});
