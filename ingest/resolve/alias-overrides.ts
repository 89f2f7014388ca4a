// The user-editable alias file (`.newsgraph/aliases.json`): the analyst's corrections to actor resolution, read
// and validated here, applied on every ingest by the registry and to a stored graph by applyAliasOverrides.

import {
  ACTOR_TYPES,
  InvalidInputError,
  SchemaViolationError,
  isActorId,
  isActorType,
} from "../../graph-schema/index.ts";
import type { ActorType } from "../../graph-schema/index.ts";
import { actorSlug } from "./actor-slug.ts";
import { assertNoRemapCycle } from "./follow-remap.ts";

/** Where the alias file lives by default, relative to the working directory. */
export const DEFAULT_ALIAS_FILE_PATH = ".newsgraph/aliases.json";

/** These names and/or actor ids are one actor, called `name` (its id is `id`, else the slug of `name`). */
export interface AliasMerge {
  name: string;
  id: string | null;
  members: string[];
  type: ActorType | null;
}

/** Mentions written `alias` do not belong to actor `actor`; they go to actor `to`, else to an actor of their own. */
export interface AliasSplit {
  alias: string;
  actor: string;
  to: string | null;
}

/** Show actor `actor` as `name`; the id does not change. */
export interface AliasRename {
  actor: string;
  name: string;
}

/** Actor `actor` is of type `type`, whatever the extractor says. */
export interface AliasTypeOverride {
  actor: string;
  type: ActorType;
}

export interface AliasOverrides {
  /** The file the overrides came from, for messages. */
  origin: string;
  merge: AliasMerge[];
  split: AliasSplit[];
  rename: AliasRename[];
  type: AliasTypeOverride[];
}

/** Overrides that change nothing, for when there is no alias file. */
export const EMPTY_ALIAS_OVERRIDES: AliasOverrides = { origin: "(none)", merge: [], split: [], rename: [], type: [] };

/** Whether `overrides` changes anything (an alias file may be empty). */
export const hasOverrides = (overrides: AliasOverrides): boolean =>
  overrides.merge.length + overrides.split.length + overrides.rename.length + overrides.type.length > 0;

const SECTIONS = ["merge", "split", "rename", "type"] as const;

const SECTION_EXAMPLES: Readonly<Record<(typeof SECTIONS)[number], string>> = {
  merge: '{ "name": "Volodymyr Zelensky", "members": ["Zelenskyy", "Selenskyj"] }',
  split: '{ "alias": "Johnson", "actor": "boris-johnson" }',
  rename: '{ "actor": "nato", "name": "NATO" }',
  type: '{ "actor": "hamas", "type": "GROUP" }',
};

type Entry = Record<string, unknown>;

function fail(origin: string, where: string, expected: string, found: unknown, fix: string): never {
  const shown = found === undefined ? "nothing" : JSON.stringify(found);
  throw new SchemaViolationError(`${origin}: ${where} must be ${expected}, found ${shown}`, { hint: fix });
}

function text(origin: string, entry: Entry, where: string, key: string, required: boolean): string | null {
  const value = entry[key];
  if (value === undefined && !required) return null;
  if (typeof value !== "string" || value.trim() === "") {
    fail(origin, `${where}.${key}`, "a non-empty string", value, `write e.g. ${exampleFor(where)}`);
  }
  return value.trim();
}

function exampleFor(where: string): string {
  const section = where.split("[")[0] as (typeof SECTIONS)[number];
  return SECTION_EXAMPLES[section];
}

function actorType(origin: string, entry: Entry, where: string, required: boolean): ActorType | null {
  const value = entry.type;
  if (value === undefined && !required) return null;
  if (!isActorType(value))
    fail(origin, `${where}.type`, `one of ${ACTOR_TYPES.join(", ")}`, value, "use an upper-case actor type");
  return value;
}

function checkKeys(origin: string, entry: Entry, where: string, allowed: readonly string[]): void {
  for (const key of Object.keys(entry)) {
    if (!allowed.includes(key)) {
      fail(
        origin,
        `${where}`,
        `an object with keys ${allowed.join(", ")}`,
        `key "${key}"`,
        `remove "${key}" or fix its spelling`,
      );
    }
  }
}

function entries(origin: string, root: Entry, section: (typeof SECTIONS)[number]): Entry[] {
  const list = root[section];
  if (list === undefined) return [];
  if (!Array.isArray(list))
    fail(origin, section, "an array", list, `write "${section}": [${SECTION_EXAMPLES[section]}]`);
  return list.map((entry: unknown, index) => {
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
      fail(origin, `${section}[${index}]`, "an object", entry, `write e.g. ${SECTION_EXAMPLES[section]}`);
    }
    return entry as Entry;
  });
}

function readMerge(origin: string, entry: Entry, where: string): AliasMerge {
  checkKeys(origin, entry, where, ["name", "id", "members", "type"]);
  const members = entry.members;
  if (
    !Array.isArray(members) ||
    members.length === 0 ||
    members.some((m) => typeof m !== "string" || m.trim() === "")
  ) {
    fail(
      origin,
      `${where}.members`,
      "a non-empty array of names or actor ids",
      members,
      `write e.g. ${SECTION_EXAMPLES.merge}`,
    );
  }
  const id = text(origin, entry, where, "id", false);
  if (id !== null && !isActorId(id)) {
    fail(
      origin,
      `${where}.id`,
      "an actor id (a letter or digit, then letters, digits and . _ : -, at most 200 characters)",
      id,
      `write it as a slug such as "${actorSlug(id, "PERSON")}", or leave "id" out to take the slug of the name`,
    );
  }
  return {
    name: text(origin, entry, where, "name", true) as string,
    id,
    members: (members as string[]).map((member) => member.trim()),
    type: actorType(origin, entry, where, false),
  };
}

/**
 * Reads and validates an alias file. Every error names the file, the entry (`merge[2].members`), what was
 * expected and found, and the fix.
 *
 * The file is JSON with four optional sections, each a list:
 * - `merge`: `{ "name", "members", "id"?, "type"? }`: the members (names, aliases or actor ids) are one actor
 *   called `name`; its id is `id`, else an existing member whose id is the slug of `name`, else that slug.
 * - `split`: `{ "alias", "actor", "to"? }`: mentions written `alias` do not belong to `actor`; they go to actor
 *   `to`, or to an actor of their own.
 * - `rename`: `{ "actor", "name" }`: display name of an actor; the id stays.
 * - `type`: `{ "actor", "type" }`: actor type override (PERSON, ORGANIZATION, COUNTRY, GROUP, LOCATION, MEDIA).
 *
 * Sections apply in that order, on every ingest, over the automatic resolution.
 * @example
 * loadAliasOverrides(`{
 *   "merge":  [{ "name": "Volodymyr Zelensky", "members": ["Zelenskyy", "Selenskyj", "zelenskiy"] }],
 *   "split":  [{ "alias": "Johnson", "actor": "boris-johnson", "to": "ben-jonson" }],
 *   "rename": [{ "actor": "nato", "name": "NATO" }],
 *   "type":   [{ "actor": "hamas", "type": "GROUP" }]
 * }`, ".newsgraph/aliases.json");
 */
export function loadAliasOverrides(json: string, origin: string): AliasOverrides {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw new InvalidInputError(`${origin}: not valid JSON (${(error as Error).message})`, {
      cause: error,
      hint: 'fix the syntax; the file is one object such as { "merge": [], "split": [], "rename": [], "type": [] }',
    });
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    fail(origin, "the file", "a JSON object with merge, split, rename and type lists", parsed, "wrap the lists in { }");
  }
  const root = parsed as Entry;
  checkKeys(origin, root, "the file", SECTIONS);
  const overrides: AliasOverrides = {
    origin,
    merge: entries(origin, root, "merge").map((entry, i) => readMerge(origin, entry, `merge[${i}]`)),
    split: entries(origin, root, "split").map((entry, i) => {
      checkKeys(origin, entry, `split[${i}]`, ["alias", "actor", "to"]);
      return {
        alias: text(origin, entry, `split[${i}]`, "alias", true) as string,
        actor: text(origin, entry, `split[${i}]`, "actor", true) as string,
        to: text(origin, entry, `split[${i}]`, "to", false),
      };
    }),
    rename: entries(origin, root, "rename").map((entry, i) => {
      checkKeys(origin, entry, `rename[${i}]`, ["actor", "name"]);
      return {
        actor: text(origin, entry, `rename[${i}]`, "actor", true) as string,
        name: text(origin, entry, `rename[${i}]`, "name", true) as string,
      };
    }),
    type: entries(origin, root, "type").map((entry, i) => {
      checkKeys(origin, entry, `type[${i}]`, ["actor", "type"]);
      return {
        actor: text(origin, entry, `type[${i}]`, "actor", true) as string,
        type: actorType(origin, entry, `type[${i}]`, true) as ActorType,
      };
    }),
  };
  checkMergeConflicts(overrides);
  return overrides;
}

/** A member written as an id (a slug: `joe-biden`, `nato`) may name a stored actor that a merge moves. */
const SLUG_LIKE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Merges that name each other's ids as members (joe-biden into jens-stoltenberg and jens-stoltenberg into
 * joe-biden) would send actors round forever: reported before anything is read.
 */
function checkMergeCycles(overrides: AliasOverrides): void {
  const next = new Map<string, string>();
  for (const merge of overrides.merge) {
    const target = merge.id ?? actorSlug(merge.name, merge.type ?? "PERSON");
    for (const member of merge.members) if (SLUG_LIKE.test(member) && member !== target) next.set(member, target);
  }
  assertNoRemapCycle(next, overrides.origin, "merge entries");
}

/** A name may belong to one merge only, and a split may not undo a merge of the same file. */
function checkMergeConflicts(overrides: AliasOverrides): void {
  checkMergeCycles(overrides);
  const owner = new Map<string, number>();
  overrides.merge.forEach((merge, index) => {
    for (const member of [merge.name, ...merge.members]) {
      const key = member.toLowerCase();
      const previous = owner.get(key);
      if (previous !== undefined && previous !== index) {
        fail(
          overrides.origin,
          `merge[${index}].members`,
          `names not already in merge[${previous}]`,
          member,
          `keep "${member}" in one merge entry`,
        );
      }
      owner.set(key, index);
    }
  });
  overrides.split.forEach((split, index) => {
    const merged = owner.get(split.alias.toLowerCase());
    if (merged !== undefined) {
      fail(
        overrides.origin,
        `split[${index}].alias`,
        `a name not listed in merge[${merged}]`,
        split.alias,
        "remove it from the merge or drop the split",
      );
    }
  });
}
