import { describe, expect, it } from "vitest";
import { createResponseLinker } from "../../../ingest/respond/create-response-linker.ts";
import { datedStatement, type DatedStatement } from "../../../ingest/respond/dated-statement.ts";
import { createInMemoryResponseHistory } from "../../../ingest/respond/response-history.ts";
import { BELARUS_REFUSES, POLAND_DEMANDS, resolveArticles } from "./fixtures/resolve-articles.ts";

describe("response order and ties", () => {
  it.each([
    { title: "an article ingested before the answer's", demandOrder: 3, answerOrder: 7, linked: true },
    { title: "an article ingested after the answer's", demandOrder: 9, answerOrder: 7, linked: false },
  ])("takes a stored same-day statement as earlier only when its article came first: $title", ({ demandOrder, answerOrder, linked }) => {
    const spec = { ...POLAND_DEMANDS, published: BELARUS_REFUSES.published };
    const earlier = resolveArticles([spec]);
    const later = resolveArticles([BELARUS_REFUSES], earlier.actors);
    const demand = { ...datedStatement(earlier.relations[0]!, earlier.articles), order: demandOrder };
    const refusal = { ...datedStatement(later.relations[0]!, later.articles), order: answerOrder };
    // Both stored; the refusal is linked again (revisited) against the stored demand of the same day.
    const links = createResponseLinker().link([], later.articles, createInMemoryResponseHistory([demand], earlier.actors), [refusal]);
    expect(links.map((link) => [link.from, link.to])).toEqual(linked ? [[refusal.id, demand.id]] : []);
  });

  it.each([
    { title: "stored in id order", order: ["s-demand-a", "s-demand-b"] },
    { title: "stored in reverse id order", order: ["s-demand-b", "s-demand-a"] },
  ])("answers the same one of two indistinguishable earlier statements, $title", ({ order }) => {
    const earlier = resolveArticles([POLAND_DEMANDS]);
    const demand = datedStatement(earlier.relations[0]!, earlier.articles);
    // The same demand reported twice under two ids (same date, same words, same offsets): nothing but the id
    // tells them apart, so the store's row order must not decide which one is answered.
    const stored: DatedStatement[] = order.map((id) => ({ ...demand, id }));
    const later = resolveArticles([BELARUS_REFUSES], earlier.actors);
    const links = createResponseLinker().link(later.relations, later.articles, createInMemoryResponseHistory(stored, earlier.actors));
    expect(links.map((link) => [link.to, link.cue])).toEqual([["s-demand-b", "DEMAND→REJECT"]]); // the larger id counts as the later
  });
});
