// The --store option shared by commands that read or write the embedded store, and opening it.

import { accessSync, constants, existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { resolve } from "node:path";
import { StoreUnavailableError, UsageError } from "../../graph-schema/index.ts";
import type { CliContext, OptionSpec, ParsedCommandArgs } from "./cli-command.ts";
import { stringOption } from "./parse-command-args.ts";
import { DEFAULT_STORE_DIR, openSqliteStore, type SqliteStore } from "../store/sqlite-store.ts";
import { SQLITE_FILE_NAME } from "../store/sqlite/sqlite-schema.ts";

export const STORE_OPTION: OptionSpec = {
  name: "store",
  type: "string",
  valueName: "DIR",
  description: `embedded store folder (default: $NEWSGRAPH_STORE or ./${DEFAULT_STORE_DIR})`,
};

/**
 * The store folder from --store, else NEWSGRAPH_STORE (when not empty), else ./.newsgraph, relative to the working
 * directory. An empty --store is a usage error (it would put the store in the working folder); a path naming a
 * file is refused in one line.
 */
export function storeDirFromArgs(args: ParsedCommandArgs, context: CliContext): string {
  const given = stringOption(args, "store");
  if (given !== undefined && given.trim() === "") {
    throw new UsageError('--store is empty; give the store\'s folder, or leave --store out for ./.newsgraph');
  }
  const fromEnv = context.env["NEWSGRAPH_STORE"]?.trim() || undefined;
  const dir = resolve(context.cwd, given ?? fromEnv ?? DEFAULT_STORE_DIR);
  const info = statSync(dir, { throwIfNoEntry: false });
  if (info && !info.isDirectory()) {
    throw new StoreUnavailableError(`${dir} is a file, not a store folder`, {
      hint: "give --store the folder that holds graph.db (a new folder for a new store)",
    });
  }
  return dir;
}

/**
 * Throws a one-line error when the store folder `dir` (or its database) cannot be written by this user: a
 * read-only copy, a read-only mount, another user's store. Checked before the write lock is taken.
 */
export function checkWritableStore(dir: string): void {
  for (const path of [dir, join(dir, SQLITE_FILE_NAME)]) {
    if (!existsSync(path)) continue;
    try {
      accessSync(path, constants.W_OK);
    } catch {
      throw new StoreUnavailableError(`store ${dir} is read-only here (${path} cannot be written); ingest needs to write into it`, {
        hint: `copy it to a folder you can write to (cp -r ${dir} NEW_DIR) and ingest with --store NEW_DIR, or fix its permissions`,
      });
    }
  }
}

export function openStoreFromArgs(
  args: ParsedCommandArgs,
  context: CliContext,
  mode: { create: boolean; readonly: boolean },
): SqliteStore {
  return openSqliteStore(storeDirFromArgs(args, context), mode);
}
