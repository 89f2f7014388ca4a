// The reader contract: the same cases, asked of any GraphStore holding the same batch, must get the same answers.
// reader-contract.test.ts runs them against the embedded store; test/src/neo4j/reader-contract.int.test.ts against
// Neo4j (when NEO4J_URI is set). Each expected answer is worked out here from the batch itself, by the rules the
// stores document (which statements count, in what order), not by asking either store.
//
// The batch is the browser tests' news fixture with every id and source prefixed, so a shared Neo4j database can
// hold it beside other data and the cases find only their own; its statements' confidences are spread from 0.4 to
// 0.9 so that minConfidence has statements to drop. The viewer's reads have their cases in
// reader-contract-viewer-tables.ts.

import type { RelationType } from "../../../graph-schema/index.ts";
import type { GraphBatch } from "../../../src/store/graph-store.ts";
import { newsFixtureBatch } from "../../e2e/support/news-fixture.ts";
import { asserted, byDateThenId, count, type ReaderCase } from "./reader-contract-rules.ts";
import { viewerTableCases } from "./reader-contract-viewer-tables.ts";

export type { ReaderCase } from "./reader-contract-rules.ts";

/** Confidences given to the batch's statements in turn. */
const CONFIDENCES = [0.9, 0.55, 0.75, 0.4, 0.65, 0.85];

/**
 * The news fixture with `prefix` before every id and source (actors, articles, statements, and every reference to
 * them), its statements' confidences spread over CONFIDENCES.
 */
export function prefixedNewsBatch(prefix: string): GraphBatch {
  const batch = newsFixtureBatch();
  const id = (value: string): string => prefix + value;
  const maybe = (value: string | null): string | null => (value === null ? null : id(value));
  return {
    articles: batch.articles.map((a) => ({
      ...a,
      id: id(a.id),
      contentHash: id(a.contentHash),
      source: a.source === null ? null : id(a.source),
    })),
    actors: batch.actors.map((a) => ({
      ...a,
      id: id(a.id),
      articles: a.articles.map(id),
      affiliation: maybe(a.affiliation),
      roles: a.roles.map((role) => ({ ...role, affiliation: maybe(role.affiliation), article: id(role.article) })),
    })),
    relations: batch.relations.map((r, i) => ({
      ...r,
      id: id(r.id),
      confidence: CONFIDENCES[i % CONFIDENCES.length]!,
      subject: id(r.subject),
      object: id(r.object),
      article: id(r.article),
      attributedTo: maybe(r.attributedTo),
    })),
    responses: batch.responses.map((link) => ({ ...link, from: id(link.from), to: id(link.to) })),
  };
}

/** The contract's cases over `batch` (made by prefixedNewsBatch with `prefix`). */
export function readerContractCases(batch: GraphBatch, prefix: string): ReaderCase[] {
  const id = (value: string): string => prefix + value;
  const relations = batch.relations;
  const relationById = new Map(relations.map((r) => [r.id, r]));
  const mine = <T extends { id: string }>(items: T[]): T[] => items.filter((item) => item.id.startsWith(prefix));

  const evidenceCase = (subject: string, object: string, types?: RelationType[]): ReaderCase => ({
    name: `evidence ${subject} → ${object}${types ? ` of ${types.join(", ")}` : ""}, both directions, negated included`,
    ask: async (store) =>
      (
        await store.evidence({
          subject: id(subject),
          object: id(object),
          bothDirections: true,
          includeNegated: true,
          ...(types ? { relationTypes: types } : {}),
        })
      ).map((s) => [s.id, s.type, s.negated, s.article.id, s.sentence.slice(...s.highlight.verb)]),
    expected: relations
      .filter(
        (r) =>
          ((r.subject === id(subject) && r.object === id(object)) ||
            (r.subject === id(object) && r.object === id(subject))) &&
          !r.hypothetical &&
          (!types || types.includes(r.type)),
      )
      .sort(byDateThenId)
      .map((r) => [r.id, r.type, r.negated, r.article, r.cue]),
  });

  const nato = id("nato");
  const outgoing = [
    ...count(
      relations.filter((r) => r.subject === nato && asserted(r)),
      (r) => `${r.object}\u0000${r.type}`,
    ),
  ]
    .map(([key, n]) => [...key.split("\u0000"), n] as [string, string, number])
    .sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1));

  const searched = (q: string): string[] =>
    batch.actors
      .filter((a) =>
        [a.name, ...a.aliases].some((n) => n.toLowerCase().startsWith(q) || n.toLowerCase().includes(` ${q}`)),
      )
      .map((a) => a.id)
      .sort();

  const pairCounts = count(relations.filter(asserted), (r) => `${r.subject}->${r.object}`);

  return [
    {
      name: "totals of the batch (its own part of the store)",
      ask: async (store) => {
        const seen = { articles: 0, actors: 0, relations: 0, responses: 0 };
        for await (const a of store.articles()) if (a.id.startsWith(prefix)) seen.articles++;
        for await (const a of store.actors()) if (a.id.startsWith(prefix)) seen.actors++;
        for await (const r of store.relations()) if (r.id.startsWith(prefix)) seen.relations++;
        for await (const l of store.responseLinks()) if (l.from.startsWith(prefix)) seen.responses++;
        return seen;
      },
      expected: {
        articles: batch.articles.length,
        actors: batch.actors.length,
        relations: relations.length,
        responses: batch.responses.length,
      },
    },
    evidenceCase("jens-stoltenberg", "russia"),
    evidenceCase("nato", "volodymyr-zelensky"),
    evidenceCase("jens-stoltenberg", "russia", ["WARN"]),
    {
      name: "actor details: counts, asserted relations most frequent first, articles latest first",
      ask: async (store) => {
        const details = await store.actor(nato);
        return (
          details && {
            name: details.actor.name,
            asSubject: details.statementsAsSubject,
            asObject: details.statementsAsObject,
            outgoing: details.outgoing.map((c) => [c.actor.id, c.type, c.count]),
            articles: details.articles.map((a) => a.id),
          }
        );
      },
      expected: {
        name: batch.actors.find((a) => a.id === nato)?.name,
        asSubject: relations.filter((r) => r.subject === nato).length,
        asObject: relations.filter((r) => r.object === nato).length,
        outgoing: outgoing.slice(0, 12),
        articles: batch.articles
          .filter((a) => batch.actors.find((actor) => actor.id === nato)?.articles.includes(a.id))
          .sort((a, b) =>
            (a.published ?? "") > (b.published ?? "")
              ? -1
              : (a.published ?? "") < (b.published ?? "")
                ? 1
                : a.id < b.id
                  ? -1
                  : 1,
          )
          .map((a) => a.id),
      },
    },
    { name: "no actor for an unknown id", ask: (store) => store.actor(id("nobody")), expected: null },
    ...["stolt", "nato", "vladimir"].map((q): ReaderCase => ({
      name: `search "${q}": names and aliases starting with it or with a word that does`,
      ask: async (store) =>
        mine(await store.searchActors(q, 50))
          .map((m) => m.id)
          .sort(),
      expected: searched(q),
    })),
    {
      name: "shortest path length over asserted statements",
      ask: async (store) => (await store.shortestPath(id("belarus"), id("european-union"), 4))?.length ?? null,
      expected: 3,
    },
    {
      name: "no path to an unknown actor",
      ask: (store) => store.shortestPath(id("belarus"), id("nobody"), 4),
      expected: null,
    },
    {
      name: "response links an actor took part in, answered statement's date first",
      ask: async (store) =>
        (await store.responseThreads({ actor: id("volodymyr-zelensky") })).map((link) => [link.from.id, link.to.id]),
      expected: batch.responses
        .filter((link) =>
          [relationById.get(link.from), relationById.get(link.to)].some(
            (r) => r && (r.subject === id("volodymyr-zelensky") || r.object === id("volodymyr-zelensky")),
          ),
        )
        // By the answered statement's date, then the response's, then the response's id.
        .sort((a, b) => {
          const [ta, tb] = [relationById.get(a.to)!.eventDate ?? "", relationById.get(b.to)!.eventDate ?? ""];
          return ta !== tb ? (ta < tb ? -1 : 1) : byDateThenId(relationById.get(a.from)!, relationById.get(b.from)!);
        })
        .map((link) => [link.from, link.to]),
    },
    {
      name: "the graph's edges: one per ordered pair, counting asserted statements",
      ask: async (store) => {
        const graph = await store.graph({ limit: 20_000 });
        return graph.edges
          .filter((edge) => edge.source.startsWith(prefix))
          .map((edge) => [edge.key, edge.attributes?.count])
          .sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1));
      },
      expected: [...pairCounts].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
    },
    {
      name: "earlier statements of exactly the wanted types",
      ask: async (store) =>
        (
          await store.statementsBetween([
            {
              subject: id("russia"),
              object: id("jens-stoltenberg"),
              from: "2022-01-01",
              to: "2022-03-31",
              types: ["REJECT"],
            },
          ])
        )
          .map((s) => s.id)
          .sort(),
      // Said by Russia or by one of its members (an actor affiliated to it), about Stoltenberg.
      expected: relations
        .filter(
          (r) =>
            (r.subject === id("russia") ||
              batch.actors.find((a) => a.id === r.subject)?.affiliation === id("russia")) &&
            r.object === id("jens-stoltenberg") &&
            r.type === "REJECT",
        )
        .map((r) => r.id)
        .sort(),
    },
    ...viewerTableCases(batch, prefix),
  ];
}
