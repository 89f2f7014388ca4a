// The registry keeps an actor's roles as spans (earliest and latest sighting per title and affiliation), so a
// person seen in hundreds of articles under one title carries two role entries, and the viewer and the Neo4j
// loader read the same spans as from the full list of sightings.

import { describe, expect, it } from "vitest";
import { knownActorOf, type ActorRecord, type ActorRole, type KnownActor } from "../../../graph-schema/index.ts";
import { loadAliasOverrides } from "../../../ingest/resolve/alias-overrides.ts";
import { createActorRegistry } from "../../../ingest/resolve/create-actor-registry.ts";
import { planGraphLoad } from "../../../src/neo4j/plan-graph-load.ts";
import { roleSpans } from "../../../viewer/src/actor-view.ts";
import { buildExtraction, type MentionSpec } from "./fixtures/build-extraction.ts";

/** One article naming the person with a role: `affiliation` is the name of a body the article also mentions. */
interface Sighting {
  date: string | null;
  title: string;
  affiliation: string | null;
}

const BODY_IDS: Record<string, string> = { NATO: "nato", "United States": "united-states" };

/** Day `n` after 1 January 2021, as an ISO date. */
const day = (n: number): string => new Date(Date.UTC(2021, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

/** Resolves one article per sighting (ids a1, a2…) and returns the person's record. */
function resolveSightings(person: string, sightings: Sighting[], known: ActorRecord[] = []): ActorRecord {
  const registry = createActorRegistry(known.map(knownActorOf));
  sightings.forEach(({ date, title, affiliation }, i) => {
    const mentions: MentionSpec[] = [
      { name: person, type: "PERSON", roles: [{ title, affiliation }] },
      { name: "NATO", type: "ORGANIZATION" },
      { name: "United States", type: "COUNTRY" },
      { name: "Russia", type: "COUNTRY" },
    ];
    const sentence = `${title} ${person} warned Russia against moving more troops to the border.`;
    registry.resolve(
      buildExtraction(`a${i + 1}`, date, mentions, [
        {
          sentence,
          subject: person,
          subjectText: person,
          type: "WARN",
          verbText: "warned",
          object: "Russia",
          objectText: "Russia",
        },
      ]),
    );
  });
  const record = registry.allActors().find((actor) => actor.name === person);
  if (!record) throw new Error(`test: ${person} was not resolved`);
  return record;
}

/** Every sighting as the registry used to keep it: one role per article. */
const unboundedRoles = (sightings: Sighting[]): ActorRole[] =>
  sightings.map(({ date, title, affiliation }, i) => ({
    title,
    affiliation: affiliation === null ? null : (BODY_IDS[affiliation] ?? affiliation),
    article: `a${i + 1}`,
    date,
  }));

/** The spans computed the plain way: per (title, affiliation), first seen among the earliest and latest dates. */
function referenceSpans(roles: ActorRole[]): ActorRole[] {
  const keyOf = (role: ActorRole) => JSON.stringify([role.title, role.affiliation]);
  return [...new Set(roles.map(keyOf))].flatMap((key) => {
    const same = roles.filter((role) => keyOf(role) === key);
    const dates = same.flatMap((role) => (role.date === null ? [] : [role.date])).sort();
    if (dates.length === 0) return [same[0] as ActorRole];
    const earliest = same.find((role) => role.date === dates[0]) as ActorRole;
    const latest = same.find((role) => role.date === dates[dates.length - 1]) as ActorRole;
    return earliest === latest ? [earliest] : [earliest, latest];
  });
}

/** What the consumers make of a role list: the viewer's spans and the Neo4j role rows. */
function consumerViews(id: string, roles: ActorRole[]): unknown {
  const actor: ActorRecord = { id, name: id, type: "PERSON", aliases: [], articles: [], roles, affiliation: null };
  const steps = planGraphLoad({ articles: [], actors: [actor], relations: [], responses: [] });
  return { viewer: roleSpans(roles), neo4j: steps.filter((step) => step.kind === "roles").map((step) => step.rows) };
}

const SECRETARY_GENERAL = { title: "Secretary General", affiliation: "NATO" };

interface SpanRow {
  title: string;
  person: string;
  sightings: Sighting[];
  /** The roles kept; when absent, the reference computation over the unbounded list. */
  expected?: ActorRole[];
}

const ROWS: SpanRow[] = [
  {
    title: "keeps the first and last of 500 articles in date order under one title",
    person: "Jens Stoltenberg",
    sightings: Array.from({ length: 500 }, (_, i) => ({ ...SECRETARY_GENERAL, date: day(i) })),
    expected: [
      { title: "Secretary General", affiliation: "nato", article: "a1", date: "2021-01-01" },
      { title: "Secretary General", affiliation: "nato", article: "a500", date: day(499) },
    ],
  },
  {
    title: "takes the earliest and latest dates, not the first and last articles, when dates arrive out of order",
    person: "Jens Stoltenberg",
    sightings: Array.from({ length: 400 }, (_, i) => ({
      ...SECRETARY_GENERAL,
      date: i % 10 === 0 ? null : day((i * 37) % 400),
    })),
  },
  {
    title: "keeps several titles and affiliations apart, in order of first sighting",
    person: "Antony Blinken",
    sightings: Array.from({ length: 300 }, (_, i) => ({
      title: ["Secretary of State", "top diplomat", "Secretary of State"][i % 3] as string,
      affiliation: i % 3 === 2 ? null : "United States",
      date: i % 7 === 0 ? null : day((i * 11) % 90),
    })),
  },
  {
    title: "lets the first dated sighting replace an undated one, and keeps the first of equal dates",
    person: "Kaja Kallas",
    sightings: [
      { title: "Prime Minister", affiliation: null, date: null },
      { title: "Prime Minister", affiliation: null, date: "2023-05-02" },
      { title: "Prime Minister", affiliation: null, date: "2023-05-02" },
    ],
    expected: [{ title: "Prime Minister", affiliation: null, article: "a2", date: "2023-05-02" }],
  },
  {
    title: "keeps the first of sightings that are all undated",
    person: "Kaja Kallas",
    sightings: [
      { title: "Prime Minister", affiliation: null, date: null },
      { title: "Prime Minister", affiliation: null, date: null },
    ],
    expected: [{ title: "Prime Minister", affiliation: null, article: "a1", date: null }],
  },
];

describe("createActorRegistry role spans", () => {
  it.each(ROWS)("$title", ({ person, sightings, expected }) => {
    const record = resolveSightings(person, sightings);
    const unbounded = unboundedRoles(sightings);
    expect(record.roles).toEqual(expected ?? referenceSpans(unbounded));
    expect(record.roles).toEqual(referenceSpans(unbounded));
    expect(consumerViews(record.id, record.roles)).toEqual(consumerViews(record.id, unbounded));
  });

  it("compacts the roles of a stored actor once a new article extends them", () => {
    const stored: ActorRecord = {
      id: "jens-stoltenberg",
      name: "Jens Stoltenberg",
      type: "PERSON",
      aliases: [],
      articles: ["s1", "s2", "s3", "s4"],
      roles: [
        { title: "Secretary General", affiliation: "nato", article: "s1", date: "2021-06-14" },
        { title: "Secretary General", affiliation: "nato", article: "s2", date: "2020-11-30" },
        { title: "Prime Minister", affiliation: null, article: "s3", date: null },
        { title: "Secretary General", affiliation: "nato", article: "s4", date: "2022-03-24" },
      ],
      affiliation: "nato",
    };
    const record = resolveSightings(
      "Jens Stoltenberg",
      [{ ...SECRETARY_GENERAL, date: "2023-07-11" }],
      [stored, { ...stored, id: "nato", name: "NATO", type: "ORGANIZATION", roles: [], affiliation: null }],
    );
    expect(record.roles).toEqual([
      { title: "Secretary General", affiliation: "nato", article: "s2", date: "2020-11-30" },
      { title: "Secretary General", affiliation: "nato", article: "a1", date: "2023-07-11" },
      { title: "Prime Minister", affiliation: null, article: "s3", date: null },
    ]);
  });

  it.each([
    {
      title: "an article that moves no span still leaves a stored actor's roles compact",
      overrides: undefined,
    },
    {
      title: "an alias-file merge of two stored actors with the same title leaves one span",
      overrides: loadAliasOverrides(
        '{ "merge": [{ "name": "Jens Stoltenberg", "members": ["J. Stoltenberg"] }] }',
        "aliases.json",
      ),
    },
  ])("$title", ({ overrides }) => {
    const sg = (article: string, date: string | null): ActorRole => ({
      title: "Secretary General",
      affiliation: "nato",
      article,
      date,
    });
    const person = (id: string, name: string, roles: ActorRole[]): ActorRecord => ({
      id,
      name,
      type: "PERSON",
      aliases: [],
      articles: roles.map((role) => role.article),
      roles,
      affiliation: "nato",
    });
    // An old store kept every sighting; the merge folds a second actor's sightings in.
    const stored = [
      person("jens-stoltenberg", "Jens Stoltenberg", [
        sg("s1", "2021-06-14"),
        sg("s2", "2020-11-30"),
        sg("s3", "2022-03-24"),
      ]),
      ...(overrides
        ? [person("j-stoltenberg", "J. Stoltenberg", [sg("s4", "2019-05-02"), sg("s5", "2023-01-09")])]
        : []),
      { ...person("nato", "NATO", []), type: "ORGANIZATION" as const, affiliation: null },
    ];
    const registry = createActorRegistry(stored.map(knownActorOf), overrides ? { overrides } : {});
    // An undated sighting under the same title moves no span.
    registry.resolve(
      buildExtraction("a1", null, [
        { name: "Jens Stoltenberg", type: "PERSON", roles: [{ title: "Secretary General", affiliation: "NATO" }] },
        { name: "NATO", type: "ORGANIZATION" },
      ]),
    );
    const changed = registry.changedActors().find((actor) => actor.id === "jens-stoltenberg");
    expect(changed?.roles).toEqual(
      overrides ? [sg("s4", "2019-05-02"), sg("s5", "2023-01-09")] : [sg("s2", "2020-11-30"), sg("s3", "2022-03-24")],
    );
  });

  it("reads a stored actor's roles only when an article touches it, and hands them out whole", () => {
    const reads = new Map<string, number>();
    const stored = (id: string, name: string, roles: ActorRole[]): KnownActor => ({
      id,
      name,
      type: "PERSON",
      aliases: [],
      articleCount: 3,
      affiliation: null,
      readRoles: () => {
        reads.set(id, (reads.get(id) ?? 0) + 1);
        return roles.map((role) => ({ ...role }));
      },
    });
    const kallasRole = { title: "Prime Minister", affiliation: null, article: "s1", date: "2023-05-02" };
    const blinkenRole = { title: "Secretary of State", affiliation: null, article: "s2", date: "2023-04-18" };
    const registry = createActorRegistry([
      stored("kaja-kallas", "Kaja Kallas", [kallasRole]),
      stored("antony-blinken", "Antony Blinken", [blinkenRole]),
    ]);
    const resolved = registry.resolve(
      buildExtraction(
        "a1",
        "2023-06-01",
        [
          { name: "Kaja Kallas", type: "PERSON" },
          { name: "Russia", type: "COUNTRY" },
        ],
        [
          {
            sentence: "Kaja Kallas warned Russia against further provocations in the Baltic.",
            subject: "Kaja Kallas",
            subjectText: "Kaja Kallas",
            type: "WARN",
            verbText: "warned",
            object: "Russia",
            objectText: "Russia",
          },
        ],
      ),
    );
    expect(resolved.actors.find((actor) => actor.id === "kaja-kallas")?.roles).toEqual([kallasRole]);
    expect(registry.changedActors().find((actor) => actor.id === "kaja-kallas")?.roles).toEqual([kallasRole]);
    expect(Object.fromEntries(reads)).toEqual({ "kaja-kallas": 1 });
    expect(registry.allActors().find((actor) => actor.id === "antony-blinken")?.roles).toEqual([blinkenRole]);
    expect(Object.fromEntries(reads)).toEqual({ "kaja-kallas": 1, "antony-blinken": 1 });
  });
});
