// The --store option shared by commands that read or write the embedded store, and opening it.

import { resolve } from "node:path";
import type { CliContext, OptionSpec, ParsedCommandArgs } from "./cli-command.ts";
import { stringOption } from "./parse-command-args.ts";
import { DEFAULT_STORE_DIR, openSqliteStore, type SqliteStore } from "../store/sqlite-store.ts";

export const STORE_OPTION: OptionSpec = {
  name: "store",
  type: "string",
  valueName: "DIR",
  description: `embedded store folder (default: $NEWSGRAPH_STORE or ./${DEFAULT_STORE_DIR})`,
};

/** The store folder from --store, else NEWSGRAPH_STORE, else ./.newsgraph, relative to the working directory. */
export function storeDirFromArgs(args: ParsedCommandArgs, context: CliContext): string {
  return resolve(context.cwd, stringOption(args, "store") ?? context.env["NEWSGRAPH_STORE"] ?? DEFAULT_STORE_DIR);
}

export function openStoreFromArgs(
  args: ParsedCommandArgs,
  context: CliContext,
  mode: { create: boolean; readonly: boolean },
): SqliteStore {
  return openSqliteStore(storeDirFromArgs(args, context), mode);
}
