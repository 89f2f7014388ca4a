// End to end through the real extractor: articles in, actors resolved across them, response links out.
import { describe, expect, it } from "vitest";
import { createExtractor } from "../../../ingest/extract/create-extractor.ts";
import { createActorRegistry } from "../../../ingest/resolve/create-actor-registry.ts";
import { createResponseLinker } from "../../../ingest/respond/create-response-linker.ts";
import { buildResponseChains } from "../../../ingest/respond/build-response-chains.ts";
import { datedStatement } from "../../../ingest/respond/dated-statement.ts";
import { articleRecord } from "../resolve/fixtures/resolve-clusters.ts";

const ARTICLES: [id: string, published: string, text: string][] = [
  ["a1", "2022-01-22", "Britain accused Russia of plotting to install a pro-Moscow leader in Kyiv."],
  ["a2", "2022-01-24", "Russia rejected Britain's accusations as disinformation."],
  ["a3", "2022-01-25", "Russia accused Ukraine of provocations near the border."],
  ["a4", "2022-01-26", "Moscow dismissed Britain's claims once more."],
  ["a5", "2022-02-28", "Russia criticised Britain for the claims."],
];

describe("extract → resolve → respond", () => {
  it("links both British-claim rejections to the accusation, days later, and nothing else", () => {
    const extractor = createExtractor();
    const registry = createActorRegistry([]);
    const resolved = ARTICLES.map(([id, published, text]) =>
      registry.resolve(extractor.extract(articleRecord(id, published), text)),
    );
    const relations = resolved.flatMap((r) => r.relations);
    const articles = new Map(resolved.map((r) => [r.article.id, r.article]));
    const links = createResponseLinker().link(relations, articles);
    const describe = (id: string) => {
      const r = relations.find((relation) => relation.id === id)!;
      return `${r.article}: ${r.subject} ${r.type} ${r.object}`;
    };
    const chains = buildResponseChains(
      links,
      relations.map((r) => datedStatement(r, articles)),
    );
    expect({
      links: links.map((link) => [describe(link.from), describe(link.to), link.cue, link.lagDays, link.confidence]),
      chains: chains.map((chain) => [chain.actors, chain.steps.length, chain.first, chain.last]),
    }).toEqual({
      links: [
        [
          "a2: russia DENY united-kingdom",
          "a1: united-kingdom ACCUSE russia",
          "rejected Britain's accusations",
          2,
          0.77,
        ],
        ["a4: russia DENY united-kingdom", "a1: united-kingdom ACCUSE russia", "dismissed Britain's claims", 4, 0.75],
      ],
      chains: [[["russia", "united-kingdom"], 3, "2022-01-22", "2022-01-26"]],
    });
  });
});
