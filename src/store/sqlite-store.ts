// The embedded store: a SQLite database in a folder (default ./.newsgraph). No server, survives restarts,
// incremental, crash-safe (WAL, one transaction per batch). Implements GraphStore for the CLI, API and exports.

import Database from "better-sqlite3";
import { existsSync, mkdirSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import {
  NewsgraphError,
  StoreUnavailableError,
  type ActorRecord,
  type RelationOffsets,
} from "../../graph-schema/index.ts";
import { ANSWER_CUE_RULES_VERSION, answerCueMask } from "../../ingest/respond/answered-types.ts";
import type { GraphStore, StoredArticle } from "./graph-store.ts";
import { queryActorGraph } from "./sqlite/sqlite-graph-query.ts";
import {
  toActorRecord,
  toKnownActor,
  KNOWN_ACTOR_COLUMNS,
  type KnownActorRow,
  toRelationRecord,
  toStoredArticle,
  type ActorRow,
  type ArticleRow,
  type RelationRow,
} from "./sqlite/sqlite-rows.ts";
import {
  ANSWER_CUE_FUNCTION,
  SQLITE_FILE_NAME,
  SQLITE_MIGRATIONS,
  SQLITE_SCHEMA,
  SQLITE_SCHEMA_VERSION,
  SUBJECT_AFFILIATION_INDEX_SQL,
} from "./sqlite/sqlite-schema.ts";
import { createSqliteViewerTables } from "./sqlite/sqlite-viewer-tables.ts";
import { createSqliteViews } from "./sqlite/sqlite-views.ts";
import {
  checkIsNewsgraphStore,
  needsWritableFolder,
  quickCheckBeforeWriting,
  temporaryCopyOf,
} from "./sqlite/open-checks.ts";
import { operatorError } from "./operator-error.ts";
import { listSqliteActors } from "./sqlite/sqlite-actor-list.ts";
import { createSqliteWriter } from "./sqlite/sqlite-writer.ts";
import { createSqliteAnswered, createSqliteHistory, createSqliteStatementsBy } from "./sqlite/sqlite-history.ts";

export const DEFAULT_STORE_DIR = ".newsgraph";
const PAGE_ROWS = 1_000;

export interface SqliteStoreOptions {
  /** Create the folder and database when missing (ingest); otherwise a missing store is an error (serve, stats). */
  create: boolean;
  readonly: boolean;
}

export const DEFAULT_SQLITE_STORE_OPTIONS: SqliteStoreOptions = { create: false, readonly: false };

export interface SqliteStore extends GraphStore {
  answeredStatements: NonNullable<GraphStore["answeredStatements"]>;
  statementsBy: NonNullable<GraphStore["statementsBy"]>;
  readonly dir: string;
  /** The raw database, for maintenance commands and tests. */
  readonly db: Database.Database;
}

/** An open database, and what to do once it is closed (remove a temporary copy). */
interface OpenedDatabase {
  db: Database.Database;
  afterClose: () => void;
}

function openDatabase(dir: string, options: SqliteStoreOptions): OpenedDatabase {
  const file = join(dir, SQLITE_FILE_NAME);
  try {
    return { db: openDatabaseFile(file, dir, options), afterClose: () => {} };
  } catch (error) {
    if (!options.readonly || !needsWritableFolder((error as { cause?: unknown }).cause ?? error)) throw error;
    // A store in a read-only folder without its -shm file: read a temporary copy.
    const copy = temporaryCopyOf(file);
    try {
      return { db: openDatabaseFile(copy.file, dir, options), afterClose: copy.remove };
    } catch (second) {
      copy.remove();
      throw second;
    }
  }
}

function openDatabaseFile(file: string, dir: string, options: SqliteStoreOptions): Database.Database {
  if (!existsSync(file)) {
    if (!options.create) {
      throw new StoreUnavailableError(`no newsgraph store at ${dir}`, {
        hint: `ingest articles first: newsgraph ingest <path…> --store ${dir}`,
      });
    }
    mkdirSync(dir, { recursive: true });
  }
  let opened: Database.Database | undefined;
  try {
    const db = new Database(file, { readonly: options.readonly, fileMustExist: !options.create });
    opened = db;
    db.pragma("busy_timeout = 10000");
    if (!options.readonly) {
      db.pragma("journal_mode = WAL");
      db.pragma("synchronous = NORMAL");
    }
    db.pragma("cache_size = -65536");
    db.function(ANSWER_CUE_FUNCTION, { deterministic: true }, (negated, sentence, cue, offsets) =>
      answerCueMask({
        negated: negated === 1,
        sentence: String(sentence),
        cue: String(cue),
        offsets: JSON.parse(String(offsets)) as RelationOffsets,
      }),
    );
    if (options.readonly) checkIsNewsgraphStore(db, file, dir);
    else quickCheckBeforeWriting(db, file, dir);
    const version = readSchemaVersion(db);
    const setVersion = {
      run: (value: string) =>
        db.prepare(`INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)`).run(value),
    };
    if (version === null && !options.readonly) {
      // One transaction: a run killed while creating the store leaves no tables or all of them, never a half
      // schema that no longer reads as a newsgraph store.
      db.transaction(() => {
        db.exec(`${SQLITE_SCHEMA};\n${SUBJECT_AFFILIATION_INDEX_SQL}`);
        setVersion.run(String(SQLITE_SCHEMA_VERSION));
      })();
    } else if (version !== null && version < SQLITE_SCHEMA_VERSION) {
      if (options.readonly) {
        db.close();
        throw new StoreUnavailableError(`store ${dir} has the older schema version ${version}`, {
          hint: "run any newsgraph ingest on it once (it upgrades the store in place), then retry",
        });
      }
      db.transaction(() => {
        for (let step = version; step < SQLITE_SCHEMA_VERSION; step++) db.exec(SQLITE_MIGRATIONS[step] ?? "");
        setVersion.run(String(SQLITE_SCHEMA_VERSION));
      }).immediate();
    } else if (version !== null && version > SQLITE_SCHEMA_VERSION) {
      db.close();
      throw new StoreUnavailableError(
        `store ${dir} has schema version ${version}; this newsgraph reads up to ${SQLITE_SCHEMA_VERSION}`,
        {
          hint: "upgrade newsgraph",
        },
      );
    }
    if (!options.readonly) refreshAnswerCues(db);
    return db;
  } catch (error) {
    if (opened?.open) opened.close();
    if (error instanceof NewsgraphError) throw error;
    const operator = operatorError(error);
    throw new NewsgraphError(
      operator?.code ?? "STORE_UNAVAILABLE",
      `cannot open the store ${dir}: ${operator?.message ?? `${(error as Error).message}; check the path and its permissions`}`,
      { cause: error },
    );
  }
}

/**
 * Recomputes every statement's answer_cue when the rules that made it (ANSWER_CUE_RULES_VERSION) have changed
 * since, so revisits never leave out a statement the current linker could choose. Writable stores only.
 */
function refreshAnswerCues(db: Database.Database): void {
  const stored = db.prepare(`SELECT value FROM meta WHERE key = 'answer_cue_rules'`).pluck().get() as
    string | undefined;
  if (stored === String(ANSWER_CUE_RULES_VERSION)) return;
  db.transaction(() => {
    db.exec(`UPDATE relations SET answer_cue = ${ANSWER_CUE_FUNCTION}(negated, sentence, cue, offsets)`);
    db.prepare(`INSERT OR REPLACE INTO meta (key, value) VALUES ('answer_cue_rules', ?)`).run(
      String(ANSWER_CUE_RULES_VERSION),
    );
  }).immediate();
}

/** Keyset pagination: streams a whole table in key order without holding a cursor open between pages. */
function* pages<Row>(
  db: Database.Database,
  table: string,
  key: string,
  keyOf: (row: Row) => string | number,
): Generator<Row> {
  const first = db.prepare(`SELECT * FROM ${table} ORDER BY ${key} LIMIT ${PAGE_ROWS}`);
  const next = db.prepare(`SELECT * FROM ${table} WHERE ${key} > ? ORDER BY ${key} LIMIT ${PAGE_ROWS}`);
  let rows = first.all() as Row[];
  while (rows.length > 0) {
    yield* rows;
    if (rows.length < PAGE_ROWS) return;
    rows = next.all(keyOf(rows[rows.length - 1]!)) as Row[];
  }
}

function readSchemaVersion(db: Database.Database): number | null {
  const table = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'meta'`).get();
  if (!table) return null;
  const row = db.prepare(`SELECT value FROM meta WHERE key = 'schema_version'`).get() as { value: string } | undefined;
  return row ? Number(row.value) : null;
}

/**
 * Opens (or with `create`, creates) the embedded store in `dir`.
 * @example
 * const store = openSqliteStore(".newsgraph", { create: true });
 * console.log(await store.stats());
 * await store.close();
 */
export function openSqliteStore(
  dir: string = DEFAULT_STORE_DIR,
  partial: Partial<SqliteStoreOptions> = {},
): SqliteStore {
  const options = { ...DEFAULT_SQLITE_STORE_OPTIONS, ...partial };
  const absolute = resolve(dir);
  const { db, afterClose } = openDatabase(absolute, options);
  const writer = options.readonly ? null : createSqliteWriter(db);
  const views = createSqliteViews(db, basename(absolute));
  const tables = createSqliteViewerTables(db);
  const statementsBetween = createSqliteHistory(db);
  const answeredStatements = createSqliteAnswered(db);
  const statementsBy = createSqliteStatementsBy(db);
  const rolesText = db.prepare(`SELECT roles FROM actors WHERE id = ?`).pluck();
  // An actor gone since it was listed (merged by the alias file) has no roles left to read.
  const rolesOf = (id: string): string => (rolesText.get(id) as string | undefined) ?? "[]";
  const articlesOf = db
    .prepare(
      `SELECT a.id FROM actor_articles aa JOIN articles a ON a.seq = aa.article_seq WHERE aa.actor_id = ? ORDER BY a.id`,
    )
    .pluck();
  const actorRecord = (row: ActorRow): ActorRecord => toActorRecord(row, articlesOf.all(row.id) as string[]);
  const requireWriter = () => {
    if (!writer)
      throw new StoreUnavailableError(`store ${dir} was opened read-only`, {
        hint: "open it without readonly to write",
      });
    return writer;
  };

  return {
    dir: absolute,
    db,
    location: dir,
    stats: async () => views.stats(),
    totals: async () => views.totals(),
    graph: async (query) => queryActorGraph(db, query),
    evidence: async (query) => views.evidence(query),
    actor: async (id) => views.actor(id),
    searchActors: async (text, limit) => views.searchActors(text, limit),
    listActors: async (query) => listSqliteActors(db, query),
    shortestPath: async (from, to, maxHops) => views.shortestPath(from, to, maxHops),
    responseThreads: async (query) => views.responseThreads(query),
    actorTable: async (query) => tables.actorTable(query),
    statementsPerDay: async (filter) => tables.statementsPerDay(filter),
    pairSummary: async (query) => tables.pairSummary(query),
    async *articles(): AsyncIterable<StoredArticle> {
      for (const row of pages<ArticleRow & { seq: number }>(db, "articles", "seq", (r) => r.seq))
        yield toStoredArticle(row);
    },
    async *actors() {
      for (const row of pages<ActorRow>(db, "actors", "id", (r) => r.id)) yield actorRecord(row);
    },
    async *relations() {
      for (const row of pages<RelationRow>(db, "relations", "id", (r) => r.id)) yield toRelationRecord(row);
    },
    async *responseLinks() {
      type ResponseRow = { from_id: string; to_id: string; cue: string; lag_days: number | null; confidence: number };
      const key = (r: ResponseRow) => `${r.from_id}\u0000${r.to_id}`;
      for (const row of pages<ResponseRow>(db, "responses", "from_id || char(0) || to_id", key)) {
        yield { from: row.from_id, to: row.to_id, cue: row.cue, lagDays: row.lag_days, confidence: row.confidence };
      }
    },
    knownContentHashes: async (hashes) => requireWriter().knownContentHashes(hashes),
    // One row per actor: the article links (12 per actor at 100k articles) stay in the store.
    // Roles (13 MB of JSON over a 100k store's 27k actors) are read for the actors a batch touches, when it does.
    knownActors: async () =>
      (db.prepare(`SELECT ${KNOWN_ACTOR_COLUMNS} FROM actors ORDER BY id`).all() as KnownActorRow[]).map((row) =>
        toKnownActor(row, rolesOf),
      ),
    write: async (batch) => requireWriter().write(batch),
    remapActors: async (remap) => requireWriter().remapActors(remap),
    statementsBetween: async (requests) => statementsBetween(requests),
    answeredStatements: async (ids) => answeredStatements(ids),
    statementsBy: async (speakers) => statementsBy(speakers),
    close: async () => {
      if (db.open) db.close();
      afterClose();
    },
  };
}
