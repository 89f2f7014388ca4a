// A lone surname the extractor could only guess a type for ("Stoltenberg's accusations" typed ORGANIZATION)
// joins the one known person with that surname, whichever article comes first, and never a country or a
// surname two people share.
import { describe, expect, it } from "vitest";
import type { ActorType, KnownActor } from "../../../graph-schema/index.ts";
import { createExtractor } from "../../../ingest/extract/create-extractor.ts";
import { createActorRegistry } from "../../../ingest/resolve/create-actor-registry.ts";
import { createResponseLinker } from "../../../ingest/respond/create-response-linker.ts";
import type { MentionSpec } from "./fixtures/build-extraction.ts";
import { articleRecord, knownActor, resolveClusters } from "./fixtures/resolve-clusters.ts";

const person = (name: string, aliases: string[] = []): MentionSpec => ({ name, type: "PERSON", aliases });
const org = (name: string, aliases: string[] = []): MentionSpec => ({ name, type: "ORGANIZATION", aliases });
const place = (name: string): MentionSpec => ({ name, type: "LOCATION" });
const country = (name: string, gazetteerKey: string): MentionSpec => ({ name, type: "COUNTRY", gazetteerKey });

interface GuessRow {
  title: string;
  known?: KnownActor[];
  /** One list of mentions per article, resolved in order. */
  articles: MentionSpec[][];
  /** Global id → [type, the mention names that resolved to it]. */
  expected: Record<string, [ActorType, string[]]>;
}

const ROWS: GuessRow[] = [
  {
    title: "joins a guessed 'Stoltenberg' to Jens Stoltenberg named in an earlier article, as a person",
    articles: [
      [person("Jens Stoltenberg"), country("Russia", "russia")],
      [country("Kremlin", "russia"), org("Stoltenberg")],
    ],
    expected: {
      "jens-stoltenberg": ["PERSON", ["Jens Stoltenberg", "Stoltenberg"]],
      russia: ["COUNTRY", ["Russia", "Kremlin"]],
    },
  },
  {
    title: "lets Jens Stoltenberg adopt a guessed 'Stoltenberg' seen first, which becomes a person",
    articles: [[org("Stoltenberg")], [person("Jens Stoltenberg")], [org("Stoltenberg")]],
    expected: { stoltenberg: ["PERSON", ["Stoltenberg", "Jens Stoltenberg", "Stoltenberg"]] },
  },
  {
    title: "joins a guessed 'Peskov' to a stored Dmitry Peskov",
    known: [knownActor("dmitry-peskov", "Dmitry Peskov", "PERSON", ["Peskov"])],
    articles: [[org("Peskov"), person("Antony Blinken")]],
    expected: {
      "dmitry-peskov": ["PERSON", ["Peskov"]],
      "antony-blinken": ["PERSON", ["Antony Blinken"]],
    },
  },
  {
    title: "leaves a guessed 'Biden' alone when Joe and Hunter Biden are both known",
    known: [knownActor("joe-biden", "Joe Biden", "PERSON"), knownActor("hunter-biden", "Hunter Biden", "PERSON")],
    articles: [[org("Biden")]],
    expected: { biden: ["ORGANIZATION", ["Biden"]] },
  },
  {
    title: "never turns the country Jordan into Michael Jordan, even typed as an organisation",
    articles: [[person("Michael Jordan")], [org("Jordan")]],
    expected: {
      "michael-jordan": ["PERSON", ["Michael Jordan"]],
      jordan: ["ORGANIZATION", ["Jordan"]],
    },
  },
  {
    title: "keeps a word already known as a place (the city of Lincoln) out of Abraham Lincoln",
    known: [knownActor("abraham-lincoln", "Abraham Lincoln", "PERSON"), knownActor("lincoln", "Lincoln", "LOCATION")],
    articles: [[org("Lincoln")]],
    expected: { "lincoln-2": ["ORGANIZATION", ["Lincoln"]] },
  },
  {
    title: "does not read an acronym as a surname: TASS stays apart from a person named Tass",
    known: [knownActor("anna-tass", "Anna Tass", "PERSON")],
    articles: [[{ name: "TASS", type: "MEDIA" }, org("TASS")]],
    expected: { tass: ["MEDIA", ["TASS", "TASS"]] },
  },
  {
    title: "does not take a person the article already names: 'Stoltenberg' beside Jens Stoltenberg stays apart",
    articles: [[person("Jens Stoltenberg"), org("Stoltenberg")]],
    expected: {
      "jens-stoltenberg": ["PERSON", ["Jens Stoltenberg"]],
      stoltenberg: ["ORGANIZATION", ["Stoltenberg"]],
    },
  },
  {
    title: "keeps a guessed word with a place cue (LOCATION) a place",
    articles: [[person("Olaf Scholz")], [place("Scholz")]],
    expected: { "olaf-scholz": ["PERSON", ["Olaf Scholz"]], scholz: ["LOCATION", ["Scholz"]] },
  },
];

describe("createActorRegistry: lone surnames with a guessed type", () => {
  it.each(ROWS)("$title", ({ known, articles, expected }) => {
    const registry = createActorRegistry(known ?? []);
    const clusters = resolveClusters(registry, articles);
    const types = new Map(registry.allActors().map((actor) => [actor.id, actor.type]));
    const found = Object.fromEntries(Object.entries(clusters).map(([id, names]) => [id, [types.get(id), names]]));
    expect(found).toEqual(expected);
  });
});

describe("extract → resolve: a surname in a later article", () => {
  it("resolves the Kremlin's rejection of 'Stoltenberg's accusations' onto the NATO chief and links it", () => {
    const articles: [string, string, string][] = [
      ["a1", "2022-01-12", "NATO Secretary General Jens Stoltenberg accused Russia of preparing an attack on Ukraine."],
      ["a2", "2022-01-14", "The Kremlin dismissed Stoltenberg's accusations as groundless on Friday."],
    ];
    const extractor = createExtractor();
    const registry = createActorRegistry([]);
    const resolved = articles.map(([id, published, text]) =>
      registry.resolve(extractor.extract(articleRecord(id, published), text)),
    );
    const relations = resolved.flatMap((r) => r.relations);
    const links = createResponseLinker().link(relations, new Map(resolved.map((r) => [r.article.id, r.article])));
    const say = (id: string): string => {
      const r = relations.find((relation) => relation.id === id);
      return r ? `${r.article}: ${r.subject} ${r.type} ${r.object}` : id;
    };
    const stoltenberg = registry.allActors().find((actor) => actor.id === "jens-stoltenberg");
    expect({
      stoltenberg: [stoltenberg?.type, stoltenberg?.aliases],
      rejection: relations.filter((r) => r.article === "a2").map((r) => say(r.id)),
      links: links.map((link) => [say(link.from), say(link.to), link.cue]),
    }).toEqual({
      stoltenberg: ["PERSON", ["Stoltenberg"]],
      rejection: ["a2: russia DENY jens-stoltenberg"],
      links: [
        [
          "a2: russia DENY jens-stoltenberg",
          "a1: jens-stoltenberg ACCUSE russia",
          "dismissed Stoltenberg's accusations",
        ],
      ],
    });
  });
});
