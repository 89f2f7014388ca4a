// changedActors reports each actor's articles as a delta: only the ids added since the previous call, with the rest
// of the record in full. A stored actor the alias file merged brings no stored articles: the store moves them.

import { describe, expect, it } from "vitest";
import type { ActorRecord, KnownActor } from "../../../graph-schema/index.ts";
import { loadAliasOverrides } from "../../../ingest/resolve/alias-overrides.ts";
import { createActorRegistry } from "../../../ingest/resolve/create-actor-registry.ts";
import { buildExtraction, type MentionSpec } from "./fixtures/build-extraction.ts";
import { knownActor } from "./fixtures/resolve-clusters.ts";

const person = (name: string): MentionSpec => ({ name, type: "PERSON" });
const country = (name: string): MentionSpec => ({ name, type: "COUNTRY" });

interface DeltaRow {
  title: string;
  known?: KnownActor[];
  aliasFile?: string;
  /** Batches of articles (ids a1, a2… across batches); changedActors is called after each batch. */
  batches: MentionSpec[][][];
  /** Per call, the actors reported with their articles. */
  expected: [string, string[]][][];
}

const ROWS: DeltaRow[] = [
  {
    title: "reports new actors with the articles of their batch only",
    batches: [
      [[person("Volodymyr Zelensky"), country("Ukraine")], [country("Ukraine")]],
      [[person("Volodymyr Zelensky")]],
      [[country("Poland")]],
    ],
    expected: [
      [
        ["volodymyr-zelensky", ["a1"]],
        ["ukraine", ["a1", "a2"]],
      ],
      [["volodymyr-zelensky", ["a3"]]],
      [["poland", ["a4"]]],
    ],
  },
  {
    title: "reports a stored actor with its new articles, not the stored ones",
    known: [knownActor("nato", "NATO", "ORGANIZATION")],
    batches: [[[{ name: "NATO", type: "ORGANIZATION" }]], [], [[{ name: "NATO", type: "ORGANIZATION" }]]],
    expected: [[["nato", ["a1"]]], [], [["nato", ["a2"]]]],
  },
  {
    title: "reports a stored actor the alias file merged others into on the first call, with no stored articles",
    known: [
      knownActor("volodymyr-zelensky", "Volodymyr Zelensky", "PERSON"),
      { ...knownActor("selenskyj", "Selenskyj", "PERSON"), articleCount: 4 },
    ],
    aliasFile: '{ "merge": [{ "name": "Volodymyr Zelensky", "members": ["Selenskyj"] }] }',
    batches: [[], [[person("Selenskyj")]]],
    expected: [[["volodymyr-zelensky", []]], [["volodymyr-zelensky", ["a1"]]]],
  },
  {
    title: "reports a merged stored actor with the first batch's articles when first called after it",
    known: [
      knownActor("volodymyr-zelensky", "Volodymyr Zelensky", "PERSON"),
      { ...knownActor("selenskyj", "Selenskyj", "PERSON"), articleCount: 4 },
    ],
    aliasFile: '{ "merge": [{ "name": "Volodymyr Zelensky", "members": ["Selenskyj"] }] }',
    batches: [[[person("Selenskyj"), country("Ukraine")]]],
    expected: [
      [
        ["volodymyr-zelensky", ["a1"]],
        ["ukraine", ["a1"]],
      ],
    ],
  },
];

const CAST = ["Olaf Scholz", "Emmanuel Macron", "Giorgia Meloni", "Pedro Sanchez", "Mark Rutte"].map(person);

describe("createActorRegistry changedActors", () => {
  it.each(ROWS)("$title", ({ known, aliasFile, batches, expected }) => {
    const overrides = aliasFile === undefined ? undefined : loadAliasOverrides(aliasFile, "test/aliases.json");
    const registry = createActorRegistry(known ?? [], overrides ? { overrides } : {});
    let next = 1;
    const reports = batches.map((batch) => {
      for (const mentions of batch) registry.resolve(buildExtraction(`a${next++}`, "2022-03-01", mentions));
      return registry.changedActors().map((actor) => [actor.id, actor.articles]);
    });
    expect(reports).toEqual(expected);
  });

  it("reports each added article exactly once over 1,000 articles, with the rest of the record in full", () => {
    const registry = createActorRegistry([]);
    const reported = new Map<string, string[]>();
    let lastReport: ActorRecord[] = [];
    for (let i = 0; i < 1_000; i++) {
      const guests = [CAST[i % CAST.length], CAST[(i * 3) % CAST.length]] as MentionSpec[];
      registry.resolve(
        buildExtraction(`a${i + 1}`, `2022-03-0${1 + (i % 9)}`, [
          { ...country("Germany"), aliases: i % 2 === 0 ? ["Berlin"] : [] },
          ...new Set(guests),
        ]),
      );
      // Reports at irregular intervals, as batches that lose articles to rejections would.
      if (i % 7 === 3 || i % 11 === 0 || i === 999) {
        lastReport = registry.changedActors();
        for (const actor of lastReport) reported.set(actor.id, [...(reported.get(actor.id) ?? []), ...actor.articles]);
      }
    }
    const all = registry.allActors();
    expect(Object.fromEntries(reported)).toEqual(Object.fromEntries(all.map((actor) => [actor.id, actor.articles])));
    const full = new Map(all.map((actor) => [actor.id, actor]));
    expect(lastReport.map(({ articles: _delta, ...rest }) => rest)).toEqual(
      lastReport.map((actor) => {
        const { articles: _all, ...rest } = full.get(actor.id) as ActorRecord;
        return rest;
      }),
    );
    expect(registry.changedActors()).toEqual([]);
  });

  it("keeps affiliations as a live view that follows later articles", () => {
    const registry = createActorRegistry([]);
    const affiliations = registry.affiliations();
    registry.resolve(buildExtraction("a1", "2022-03-01", [person("Dmitry Peskov"), country("Russia")]));
    const before = [...affiliations];
    registry.resolve(
      buildExtraction("a2", "2022-03-02", [{ ...person("Dmitry Peskov"), affiliation: "Russia" }, country("Russia")]),
    );
    expect({ before, after: [...affiliations] }).toEqual({
      before: [
        ["dmitry-peskov", null],
        ["russia", null],
      ],
      after: [
        ["dmitry-peskov", "russia"],
        ["russia", null],
      ],
    });
  });
});
