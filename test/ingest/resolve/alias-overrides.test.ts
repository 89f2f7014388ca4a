import { describe, expect, it } from "vitest";
import { InvalidInputError, knownActorOf, SchemaViolationError } from "../../../graph-schema/index.ts";
import type { ActorRecord, RelationRecord } from "../../../graph-schema/index.ts";
import { loadAliasOverrides } from "../../../ingest/resolve/alias-overrides.ts";
import { applyAliasOverrides } from "../../../ingest/resolve/apply-alias-overrides.ts";
import { createActorRegistry } from "../../../ingest/resolve/create-actor-registry.ts";
import { buildExtraction } from "./fixtures/build-extraction.ts";

const ORIGIN = ".newsgraph/aliases.json";

describe("loadAliasOverrides", () => {
  it("reads all four sections with defaults for optional fields", () => {
    const overrides = loadAliasOverrides(
      JSON.stringify({
        merge: [{ name: "Volodymyr Zelensky", members: ["Selenskyj", " zelenskyy "] }],
        split: [{ alias: "Johnson", actor: "boris-johnson" }],
        rename: [{ actor: "nato", name: "NATO" }],
        type: [{ actor: "hamas", type: "GROUP" }],
      }),
      ORIGIN,
    );
    expect(overrides).toEqual({
      origin: ORIGIN,
      merge: [{ name: "Volodymyr Zelensky", id: null, members: ["Selenskyj", "zelenskyy"], type: null }],
      split: [{ alias: "Johnson", actor: "boris-johnson", to: null }],
      rename: [{ actor: "nato", name: "NATO" }],
      type: [{ actor: "hamas", type: "GROUP" }],
    });
  });

  it.each([
    { title: "broken JSON", json: '{ "merge": [ }', error: InvalidInputError, names: "aliases.json" },
    { title: "an unknown section", json: '{ "merges": [] }', error: SchemaViolationError, names: '"merges"' },
    {
      title: "members that are not a list",
      json: '{ "merge": [{ "name": "NATO", "members": "OTAN" }] }',
      error: SchemaViolationError,
      names: "merge[0].members",
    },
    {
      title: "an unknown actor type",
      json: '{ "type": [{ "actor": "hamas", "type": "MILITIA" }] }',
      error: SchemaViolationError,
      names: "type[0].type",
    },
    {
      title: "a name in two merges",
      json: '{ "merge": [{ "name": "A", "members": ["X"] }, { "name": "B", "members": ["x"] }] }',
      error: SchemaViolationError,
      names: "merge[1].members",
    },
    {
      title: "a split of a merged name",
      json: '{ "merge": [{ "name": "A", "members": ["X"] }], "split": [{ "alias": "X", "actor": "a" }] }',
      error: SchemaViolationError,
      names: "split[0].alias",
    },
    {
      title: "two merges that swap two ids",
      json: JSON.stringify({
        merge: [
          { name: "Jens Stoltenberg", id: "jens-stoltenberg", members: ["joe-biden"] },
          { name: "Joe Biden", id: "joe-biden", members: ["jens-stoltenberg"] },
        ],
      }),
      error: SchemaViolationError,
      names: "merge entries form a cycle: joe-biden → jens-stoltenberg → joe-biden",
    },
    {
      title: "a ring of three merges, the targets taken from the names",
      json: JSON.stringify({
        merge: [
          { name: "Antony Blinken", members: ["sergei-lavrov"] },
          { name: "Sergei Lavrov", members: ["dmitry-peskov"] },
          { name: "Dmitry Peskov", members: ["antony-blinken"] },
        ],
      }),
      error: SchemaViolationError,
      names: "form a cycle: sergei-lavrov → antony-blinken → dmitry-peskov → sergei-lavrov",
    },
    {
      title: "a merge id the API could never show",
      json: '{ "merge": [{ "name": "Joe Biden", "id": "Joe Biden!", "members": ["Biden"] }] }',
      error: SchemaViolationError,
      names: "merge[0].id must be an actor id",
    },
  ])("rejects $title, naming the file and the entry", ({ json, error, names }) => {
    let thrown: unknown;
    try {
      loadAliasOverrides(json, ORIGIN);
    } catch (caught) {
      thrown = caught;
    }
    expect([
      thrown instanceof error,
      String((thrown as Error).message).includes(ORIGIN),
      String((thrown as Error).message).includes(names),
    ]).toEqual([true, true, true]);
  });
});

const actor = (
  id: string,
  name: string,
  type: ActorRecord["type"],
  aliases: string[],
  articles: string[],
): ActorRecord => ({
  id,
  name,
  type,
  aliases,
  articles,
  roles: [],
  affiliation: null,
});

/** A relation whose sentence starts at offset 100 of its article, with subject and object spans by their words. */
function relation(
  id: string,
  sentence: string,
  subject: [string, string],
  object: [string, string],
  article = "a1",
): RelationRecord {
  const at = (words: string): [number, number] => [
    100 + sentence.indexOf(words),
    100 + sentence.indexOf(words) + words.length,
  ];
  return {
    id,
    subject: subject[0],
    object: object[0],
    type: "CRITICIZE",
    plover: "DISAPPROVE",
    article,
    sentence,
    negated: false,
    hypothetical: false,
    confidence: 0.8,
    attributedTo: subject[0],
    cue: "criticised",
    eventDate: null,
    offsets: {
      sentence: [100, 100 + sentence.length],
      subject: at(subject[1]),
      verb: at("criticised"),
      object: at(object[1]),
    },
  };
}

describe("applyAliasOverrides", () => {
  const stored: ActorRecord[] = [
    actor("volodymyr-zelensky", "Volodymyr Zelensky", "PERSON", ["Zelensky"], ["a1"]),
    actor("selenskyj", "Selenskyj", "PERSON", [], ["a2"]),
    actor("boris-johnson", "Boris Johnson", "PERSON", ["Johnson"], ["a1", "a2"]),
    actor("ukraine", "Ukraine", "COUNTRY", [], ["a1", "a2"]),
    actor("hamas", "Hamas", "ORGANIZATION", [], ["a3"]),
  ];
  const relations = [
    relation(
      "r1",
      "Selenskyj criticised Boris Johnson over delays.",
      ["selenskyj", "Selenskyj"],
      ["boris-johnson", "Boris Johnson"],
    ),
    relation(
      "r2",
      "Ukraine criticised Johnson for the remarks.",
      ["ukraine", "Ukraine"],
      ["boris-johnson", "Johnson"],
      "a2",
    ),
    relation(
      "r3",
      "Selenskyj criticised Volodymyr Zelensky's critics.",
      ["selenskyj", "Selenskyj"],
      ["volodymyr-zelensky", "Volodymyr Zelensky"],
    ),
  ];
  const overrides = loadAliasOverrides(
    JSON.stringify({
      merge: [{ name: "Volodymyr Zelensky", members: ["Selenskyj"] }],
      split: [{ alias: "Johnson", actor: "boris-johnson" }],
      rename: [{ actor: "ukraine", name: "Ukraine (state)" }],
      type: [{ actor: "hamas", type: "GROUP" }],
    }),
    ORIGIN,
  );

  it("merges, splits by what the text said, renames and retypes, and returns the remapping", () => {
    const result = applyAliasOverrides(stored, relations, overrides);
    expect({
      actors: result.actors.map((a) => [a.id, a.name, a.type, a.aliases, a.articles]),
      relations: result.relations.map((r) => [r.id, r.subject, r.object]),
      remap: [...result.remap],
      dropped: result.droppedRelations,
      changed: result.changedActors,
    }).toEqual({
      actors: [
        ["volodymyr-zelensky", "Volodymyr Zelensky", "PERSON", ["Zelensky", "Selenskyj"], ["a1", "a2"]],
        ["boris-johnson", "Boris Johnson", "PERSON", [], ["a1", "a2"]],
        ["ukraine", "Ukraine (state)", "COUNTRY", ["Ukraine"], ["a1", "a2"]],
        ["hamas", "Hamas", "GROUP", [], ["a3"]],
        ["johnson", "Johnson", "PERSON", [], ["a2"]],
      ],
      relations: [
        ["r1", "volodymyr-zelensky", "boris-johnson"],
        ["r2", "ukraine", "johnson"],
      ],
      remap: [["selenskyj", "volodymyr-zelensky"]],
      dropped: ["r3"],
      changed: ["volodymyr-zelensky", "boris-johnson", "johnson", "ukraine", "hamas"],
    });
  });

  it("stops at merges that send stored actors into each other by name, naming the cycle in one line", () => {
    const swapping = loadAliasOverrides(
      JSON.stringify({
        merge: [
          { name: "Boris Johnson", id: "hamas", members: ["Johnson"] },
          { name: "Hamas", id: "boris-johnson", members: ["Hamas"] },
        ],
      }),
      ORIGIN,
    );
    expect(() => applyAliasOverrides(stored, relations, swapping)).toThrow(
      expect.objectContaining({
        code: "SCHEMA_VIOLATION",
        message: expect.stringMatching(
          /^\.newsgraph\/aliases\.json: the merges form a cycle: (boris-johnson → hamas → boris-johnson|hamas → boris-johnson → hamas); [^\n]*$/,
        ),
      }),
    );
    const known = stored.map(knownActorOf);
    expect(() => createActorRegistry(known, { overrides: swapping })).toThrow(/the merges form a cycle/);
  });

  it("changes nothing when applied a second time", () => {
    const once = applyAliasOverrides(stored, relations, overrides);
    const twice = applyAliasOverrides(once.actors, once.relations, overrides);
    expect([twice.actors, twice.relations, [...twice.remap], twice.droppedRelations]).toEqual([
      once.actors,
      once.relations,
      [],
      [],
    ]);
  });

  it("is re-applied by the registry on every ingest", () => {
    const registry = createActorRegistry(stored.map(knownActorOf), { overrides });
    const person = (name: string) => ({ name, type: "PERSON" as const, aliases: [] });
    const ids = ["Selenskyj", "Johnson", "Boris Johnson"].map((name, i) => {
      const resolved = registry.resolve(buildExtraction(`n${i}`, "2022-03-01", [person(name)]));
      return resolved.actorIds.l1;
    });
    const ukraine = registry.resolve(
      buildExtraction("n9", null, [
        { name: "Ukraine", type: "COUNTRY" },
        { name: "Hamas", type: "ORGANIZATION" },
      ]),
    );
    expect({
      ids,
      renamed: ukraine.actors.map((a) => [a.id, a.name, a.type]),
      remap: [...registry.remappedIds()],
    }).toEqual({
      ids: ["volodymyr-zelensky", "johnson", "boris-johnson"],
      renamed: [
        ["ukraine", "Ukraine (state)", "COUNTRY"],
        ["hamas", "Hamas", "GROUP"],
      ],
      remap: [["selenskyj", "volodymyr-zelensky"]],
    });
  });

  it("routes a split alias to the actor the file names", () => {
    const registry = createActorRegistry(
      [...stored, actor("ben-jonson", "Ben Jonson", "PERSON", [], ["a4"])].map(knownActorOf),
      {
        overrides: loadAliasOverrides(
          '{ "split": [{ "alias": "Johnson", "actor": "boris-johnson", "to": "ben-jonson" }] }',
          ORIGIN,
        ),
      },
    );
    const resolved = registry.resolve(buildExtraction("n1", null, [{ name: "Johnson", type: "PERSON" }]));
    expect(resolved.actorIds).toEqual({ l1: "ben-jonson" });
  });
});
