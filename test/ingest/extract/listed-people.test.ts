// The people of the actor dictionaries in extraction: a bare surname they list is that person, named in full and
// linked across articles; a person the article gives no affiliation gets the dictionaries' for the publication day;
// nothing the dictionaries list makes an actor of a common word or a given name.
import { describe, expect, it } from "vitest";
import type { ActorType } from "../../../graph-schema/index.ts";
import { createPeopleLexicon } from "../../../ingest/extract/lexicon/people-lexicon.ts";
import { createExtractor } from "../../../ingest/extract/create-extractor.ts";
import { createActorRegistry } from "../../../ingest/resolve/create-actor-registry.ts";
import { articleRecord as record } from "../resolve/fixtures/resolve-clusters.ts";

/** name: type (affiliation) [aliases] of each listed actor. */
function actorsOf(text: string, published: string | null = "2022-03-01", extractor = createExtractor()): string[] {
  const { actors } = extractor.extract(record("a1", published), text);
  return actors.map((a) => `${a.name}: ${a.type} (${a.affiliation ?? "-"}) [${a.aliases.join(", ")}]`);
}

/** The type of each recognised name, in text order. */
function typesOf(text: string, extractor = createExtractor()): Array<[string, ActorType]> {
  return extractor.recognize(text).map((name) => [name.text, name.type]);
}

describe("a bare surname the dictionaries list", () => {
  it.each<[string, string, Array<[string, ActorType]>]>([
    [
      "a quoted possessive before the speaker is a person, not an organisation",
      "“We must stop Putin's aggression,” Rutte said on Tuesday.",
      [
        ["Putin", "PERSON"],
        ["Rutte", "PERSON"],
      ],
    ],
    [
      "opening a sentence without a verb to confirm it",
      "Lavrov's visit to Ankara was cut short. Turkish officials said talks would resume.",
      [
        ["Lavrov", "PERSON"],
        ["Ankara", "LOCATION"],
      ],
    ],
  ])("%s", (_title, text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });

  it("is named in full and keeps the article's spelling as an alias", () => {
    const text =
      "Erdoğan's office said on Monday that talks would go ahead in Istanbul. Erdoğan said Russia must withdraw.";
    expect(actorsOf(text)).toContain("Recep Tayyip Erdoğan: PERSON (Turkey) [Erdoğan]");
  });

  it("is the person the article names with that surname, not the dictionaries' one", () => {
    const text =
      "Roman Putin, a businessman from Samara, said the factory would close. Putin said its workers would be paid.";
    expect(actorsOf(text).filter((actor) => actor.includes("Putin"))).toEqual(["Roman Putin: PERSON (-) [Putin]"]);
  });

  it.each([
    [
      "Western officials say Putin wants to restore the Soviet empire. He accused NATO of encircling Russia on Friday.",
      "Vladimir Putin ACCUSE NATO",
    ],
    [
      "NATO says Putin has massed troops near Ukraine. Two days later, he accused the alliance of provoking Moscow.",
      "Vladimir Putin ACCUSE NATO",
    ],
    [
      "In Kyiv, officials said Lavrov had lied. In Moscow, he accused Kyiv of sabotage on Friday.",
      "Sergey Lavrov ACCUSE Ukraine",
    ],
  ])("is a person a later 'he' takes up: %s", (text, expected) => {
    const { actors, relations } = createExtractor().extract(record("a1", "2022-02-24"), text);
    const names = new Map(actors.map((actor) => [actor.localId, actor.name]));
    expect(relations.map((r) => `${names.get(r.subject)} ${r.type} ${names.get(r.object)}`)).toContain(expected);
  });

  it("links across articles to the person written in full elsewhere", () => {
    const extractor = createExtractor();
    const registry = createActorRegistry([]);
    const texts: Array<[string, string]> = [
      ["a1", "Vladimir Putin accused NATO of threatening Russia on Monday."],
      ["a2", "NATO rejected Putin's demands on Wednesday, its spokeswoman said."],
    ];
    for (const [id, text] of texts) registry.resolve(extractor.extract(record(id, "2022-01-20"), text));
    const putins = registry.allActors().filter((actor) => /Putin/.test([actor.name, ...actor.aliases].join(" ")));
    expect(putins.map((actor) => [actor.id, actor.type, actor.name, actor.articles.length])).toEqual([
      ["vladimir-putin", "PERSON", "Vladimir Putin", 2],
    ]);
  });
});

// A lexicon written for these tests: a Norwegian minister who became a NATO official on 1 October 2014, and an
// English word as a bare alias, which the compiler drops (compile-phoenix-people.test.ts) and the article's own
// lower-case use of the word keeps out of the actors even when a lexicon lists it.
const INVENTED = createPeopleLexicon({
  affiliations: ["Norway", "NATO", "United Kingdom"],
  people: [
    ["Kari Nordvik", ["kari nordvik", "nordvik"], [[0, 20090101, 20140930] as const, [1, 20141001, 0] as const]],
    ["Stirling Moss", ["stirling mos", "sterling"], 2],
  ],
});

describe("affiliation by publication day", () => {
  const extractor = createExtractor({ people: INVENTED });
  const text = "Kari Nordvik warned Russia on Monday. Nordvik said sanctions would follow.";
  it.each([
    ["2013-05-02", "Kari Nordvik: PERSON (Norway) [Nordvik]"],
    ["2015-05-02", "Kari Nordvik: PERSON (NATO) [Nordvik]"],
    [null, "Kari Nordvik: PERSON (-) [Nordvik]"],
  ])("published %s", (published, expected) => {
    expect(actorsOf(text, published, extractor)).toContain(expected);
  });

  it("never overrides the affiliation the article states", () => {
    const titled = "Norwegian Defence Minister Kari Nordvik warned Russia on Monday.";
    expect(actorsOf(titled, "2016-01-01", extractor)).toContain("Kari Nordvik: PERSON (Norway) []");
  });

  it("lets the article's own word outweigh the dictionaries' across articles", () => {
    const registry = createActorRegistry([]);
    const texts: Array<[string, string, string]> = [
      ["a1", "2016-01-01", "NATO Deputy Secretary General Kari Nordvik warned Russia on Monday."],
      ["a2", "2013-01-01", "Kari Nordvik warned Russia on Monday."],
      ["a3", "2013-01-02", "Kari Nordvik accused Russia of lying."],
    ];
    for (const [id, published, body] of texts) registry.resolve(extractor.extract(record(id, published), body));
    expect(registry.allActors().find((actor) => actor.id === "kari-nordvik")?.affiliation).toBe("nato");
  });
});

describe("nothing but a person the dictionaries list makes an actor", () => {
  const extractor = createExtractor({ people: INVENTED });
  it.each<[string, string, Array<[string, ActorType]>]>([
    [
      "a listed word the article also writes in lower case",
      "Sterling slipped against the dollar on Monday as sterling traders sold.",
      [],
    ],
  ])("%s", (_title, text, expected) => {
    expect(typesOf(text, extractor)).toEqual(expected);
  });
});
