// `newsgraph actors`: the actors of a store, to find an actor's name or id for `trace`, the viewer or the alias
// file: search by name or alias, filter by type, most statements (or articles) first; text or JSON.

import {
  ACTOR_LIST_SORTS,
  ACTOR_TYPES,
  UsageError,
  type ActorListing,
  type ActorType,
} from "../../../graph-schema/index.ts";
import type { CliCommand } from "../cli-command.ts";
import { openReaderFromArgs, READER_OPTIONS } from "../open-reader.ts";
import { choiceOption, integerOption, stringListOption } from "../parse-command-args.ts";

export const DEFAULT_ACTORS_LIMIT = 50;
const ALIASES_SHOWN = 4;

/** `--type person,country --type org` to actor types; any case; `org` and `country` forms as the types are named. */
export function parseActorTypes(values: readonly string[]): ActorType[] {
  const types = new Set<ActorType>();
  for (const part of values.flatMap((value) => value.split(","))) {
    const wanted = part.trim().toUpperCase();
    if (wanted === "") continue;
    const type = ACTOR_TYPES.find((candidate) => candidate === wanted || (wanted.length >= 3 && candidate.startsWith(wanted)));
    if (type === undefined) {
      throw new UsageError(`actors: unknown actor type "${part.trim()}"; expected one of ${ACTOR_TYPES.join(", ")}`);
    }
    types.add(type);
  }
  return [...types];
}

/** One actor a line: counts, type, name and id, then the aliases (and the alias the search matched). */
export function formatActorsText(actors: readonly ActorListing[], limit: number): string {
  if (actors.length === 0) return "no actors match\n";
  const lines = [`${"statements".padStart(10)}  ${"articles".padStart(8)}  ${"type".padEnd(12)}  name (id)  aliases`];
  for (const actor of actors) {
    const matched = actor.matched !== null && actor.matched !== actor.name ? ` [matched "${actor.matched}"]` : "";
    const aliases = actor.aliases.filter((alias) => alias !== actor.name);
    const shown = aliases.slice(0, ALIASES_SHOWN).join(", ") + (aliases.length > ALIASES_SHOWN ? `, +${aliases.length - ALIASES_SHOWN}` : "");
    lines.push(
      `${String(actor.statements).padStart(10)}  ${String(actor.articles).padStart(8)}  ${actor.type.padEnd(12)}  ` +
        `${actor.name} (${actor.id})${matched}${shown ? `  ${shown}` : ""}`,
    );
  }
  if (actors.length >= limit) lines.push(`(first ${limit}; --limit N shows more)`);
  return `${lines.join("\n")}\n`;
}

export const actorsCommand: CliCommand = {
  name: "actors",
  usage: "actors [TEXT] [--type TYPE…] [--sort statements|articles|name] [--limit N] [--format text|json] [--store DIR | --neo4j URI]",
  options: [
    { name: "type", type: "string", multiple: true, valueName: "TYPE", description: `only these types (${ACTOR_TYPES.join(", ")}; comma-separated or repeated)` },
    { name: "sort", type: "string", valueName: ACTOR_LIST_SORTS.join("|"), description: "order (default statements: most first)" },
    { name: "limit", type: "string", valueName: "N", description: `at most N actors (default ${DEFAULT_ACTORS_LIMIT})` },
    { name: "format", type: "string", valueName: "text|json", description: "output format (default text)" },
    ...READER_OPTIONS,
  ],
  async run(args, context) {
    if (args.positionals.length > 1) {
      throw new UsageError("actors: give at most one search text (quote a name with spaces)", { hint: "see newsgraph actors --help" });
    }
    const search = args.positionals[0];
    const format = choiceOption(args, "format", ["text", "json"] as const, "text");
    const sort = choiceOption(args, "sort", ACTOR_LIST_SORTS, "statements");
    const limit = integerOption(args, "limit", DEFAULT_ACTORS_LIMIT, 1, 1_000_000);
    const types = parseActorTypes(stringListOption(args, "type"));
    const reader = await openReaderFromArgs(args, context);
    try {
      const actors = await reader.listActors({ ...(search !== undefined ? { search } : {}), types, sort, limit });
      context.stdout.write(format === "json" ? `${JSON.stringify(actors, null, 2)}\n` : formatActorsText(actors, limit));
      return 0;
    } finally {
      await reader.close();
    }
  },
};
