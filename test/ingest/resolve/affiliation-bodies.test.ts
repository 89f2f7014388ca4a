import { describe, expect, it } from "vitest";
import type { ArticleRecord } from "../../../graph-schema/index.ts";
import type { ArticleExtraction, LocalActor } from "../../../ingest/extract/article-extraction.ts";
import { createActorRegistry } from "../../../ingest/resolve/create-actor-registry.ts";

const ARTICLE: ArticleRecord = {
  id: "a1",
  file: "a1.txt",
  title: "Alliance chief warns Moscow",
  published: "2022-01-10",
  source: null,
  url: null,
  contentHash: "0".repeat(64),
  language: "en",
};

const person = (localId: string, name: string, affiliation: string | null, role: string | null): LocalActor => ({
  localId,
  name,
  type: "PERSON",
  aliases: [],
  mentions: 1,
  roles: role ? [{ title: role, affiliation }] : [],
  affiliation,
  gazetteerKey: null,
});

const extraction = (actors: LocalActor[]): ArticleExtraction => ({ article: ARTICLE, text: "", actors, relations: [] });

describe("createActorRegistry affiliations", () => {
  it.each([
    { title: "an alliance named only in a title", affiliation: "NATO", expected: "nato" },
    { title: "a country named only as an adjective's noun", affiliation: "Russia", expected: "russia" },
  ])("points a role at $title, listing the body as an actor of the article", ({ affiliation, expected }) => {
    const registry = createActorRegistry([]);
    const resolved = registry.resolve(extraction([person("l1", "Jens Stoltenberg", affiliation, "secretary general")]));
    const jens = resolved.actors.find((actor) => actor.name === "Jens Stoltenberg");
    expect(jens?.affiliation).toBe(expected);
    expect(jens?.roles.map((role) => role.affiliation)).toEqual([expected]);
    expect(resolved.actors.find((actor) => actor.id === expected)?.articles).toEqual(["a1"]);
  });

  it("adds nothing for an affiliation the gazetteer does not know", () => {
    const resolved = createActorRegistry([]).resolve(extraction([person("l1", "Ann Example", "Example Holdings Ltd", "chair")]));
    expect(resolved.actors.map((actor) => actor.name)).toEqual(["Ann Example"]);
    expect(resolved.actors[0]?.affiliation).toBeNull();
  });
});
