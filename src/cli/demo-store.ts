// The folder `newsgraph demo` rebuilds: only a store demo made itself, an empty folder or a new one. A store
// holding anything else (an analyst's own articles, passed by mistake as --store) is refused in one line and left
// as it is; so is a folder holding other files. Demo marks the stores it makes in their meta table.

import Database from "better-sqlite3";
import { existsSync, readdirSync, rmSync } from "node:fs";
import { basename, join } from "node:path";
import { StoreUnavailableError } from "../../graph-schema/index.ts";
import { SQLITE_FILE_NAME } from "../store/sqlite/sqlite-schema.ts";
import { LOCK_FILE_NAME, LOCK_HANDLE_NAME } from "../store/store-lock.ts";

/** The meta key and value a demo store carries. */
export const DEMO_MARK = { key: "created_by", value: "newsgraph demo" } as const;

/** Files of a store folder that do not hold data of their own. */
const STORE_FILES = new Set([
  SQLITE_FILE_NAME,
  `${SQLITE_FILE_NAME}-wal`,
  `${SQLITE_FILE_NAME}-shm`,
  `${SQLITE_FILE_NAME}-journal`,
  LOCK_FILE_NAME,
  LOCK_HANDLE_NAME,
  `${LOCK_HANDLE_NAME}-journal`,
]);

/** Whether the store in `file` was made by demo: marked so, or (made before the mark) holding demo articles only. */
function madeByDemo(file: string, demoArticleNames: ReadonlySet<string>): { demo: boolean; articles: number } {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    return { demo: false, articles: -1 };
  }
  try {
    const hasTable = (name: string) =>
      db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name) !== undefined;
    if (!hasTable("meta") || !hasTable("articles")) return { demo: false, articles: -1 };
    const mark = db.prepare(`SELECT value FROM meta WHERE key = ?`).pluck().get(DEMO_MARK.key);
    const files = db.prepare(`SELECT file FROM articles`).pluck().all() as string[];
    const onlyDemo = files.every((path) => demoArticleNames.has(basename(path)));
    return { demo: mark === DEMO_MARK.value || onlyDemo, articles: files.length };
  } catch {
    return { demo: false, articles: -1 };
  } finally {
    db.close();
  }
}

/**
 * Empties `dir` for a fresh demo store, or throws a one-line StoreUnavailableError when it holds data demo did
 * not make. Call it holding the store's write lock. `demoArticleNames`: file names of the bundled articles.
 */
export function clearDemoStore(dir: string, demoArticleNames: ReadonlySet<string>): void {
  if (!existsSync(dir)) return;
  const others = readdirSync(dir).filter((name) => !STORE_FILES.has(name));
  if (others.length > 0) {
    throw new StoreUnavailableError(
      `demo: ${dir} holds other files (${others.slice(0, 3).join(", ")}${others.length > 3 ? ", …" : ""}); demo builds its store only in a new or empty folder or its own store`,
      { hint: "pass --store with a new folder" },
    );
  }
  const file = join(dir, SQLITE_FILE_NAME);
  if (existsSync(file)) {
    const { demo, articles } = madeByDemo(file, demoArticleNames);
    if (!demo) {
      const what =
        articles >= 0 ? `a store with ${articles} articles demo did not make` : "a file that is not a demo store";
      throw new StoreUnavailableError(`demo: ${dir} holds ${what}; demo never replaces it`, {
        hint: "pass --store with a new folder for the demo (your store is unchanged)",
      });
    }
  }
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(join(dir, SQLITE_FILE_NAME + suffix), { force: true });
}
