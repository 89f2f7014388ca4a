// The reader contract's cases for the viewer's reads (issue 19): the actor table (filters, sorts, pages), statements
// per day, a pair's two directions by modality, the graph's edges by modality under minConfidence, an actor's
// modality and relation totals, evidence under minConfidence. Every case filters on the batch's own sources, so a
// shared Neo4j database holding other data gives the same totals and pages.

import type { ActorTableSort, ModalityCounts, RelationRecord, StatementFilter } from "../../../graph-schema/index.ts";
import type { GraphBatch } from "../../../src/store/graph-store.ts";
import { asserted, byText, count, dayOf, passesFilter, type ReaderCase } from "./reader-contract-rules.ts";

interface TableRow {
  id: string;
  name: string;
  in: number;
  out: number;
  articles: number;
  first: string | null;
  last: string | null;
}

function modalityOf(relations: readonly RelationRecord[]): ModalityCounts {
  return {
    total: relations.length,
    asserted: relations.filter(asserted).length,
    negated: relations.filter((r) => r.negated).length,
    hypothetical: relations.filter((r) => r.hypothetical).length,
    both: relations.filter((r) => r.negated && r.hypothetical).length,
  };
}

/** Later of two days (null: none). */
const later = (a: string | null, b: string | null): string | null => (a === null ? b : b === null || a > b ? a : b);
const earlier = (a: string | null, b: string | null): string | null => (a === null ? b : b === null || a < b ? a : b);

/** The viewer-table cases over `batch` (made by prefixedNewsBatch with `prefix`). */
export function viewerTableCases(batch: GraphBatch, prefix: string): ReaderCase[] {
  const id = (value: string): string => prefix + value;
  const day = dayOf(batch);
  const actorById = new Map(batch.actors.map((a) => [a.id, a]));
  const sources = [...new Set(batch.articles.flatMap((a) => (a.source === null ? [] : [a.source])))].sort();
  /** The batch's own statements, and whatever else narrows the case. */
  const mine = (filter: StatementFilter = {}): StatementFilter => ({ ...filter, sources });
  const passing = (filter: StatementFilter): RelationRecord[] => batch.relations.filter(passesFilter(batch, filter));

  const tableRows = (filter: StatementFilter): TableRow[] => {
    const rows = new Map<string, TableRow>();
    const row = (actorId: string): TableRow => {
      let found = rows.get(actorId);
      if (!found) {
        const actor = actorById.get(actorId)!;
        found = {
          id: actorId,
          name: actor.name,
          in: 0,
          out: 0,
          articles: actor.articles.length,
          first: null,
          last: null,
        };
        rows.set(actorId, found);
      }
      return found;
    };
    for (const r of passing(filter)) {
      const d = day(r);
      for (const [side, key] of [
        [row(r.subject), "out"],
        [row(r.object), "in"],
      ] as const) {
        side[key]++;
        side.first = earlier(side.first, d);
        side.last = later(side.last, d);
      }
    }
    return [...rows.values()];
  };

  /** Sorted as the stores document: by the column (undated last either way), then by id. */
  const sortRows = (rows: TableRow[], sort: ActorTableSort, descending: boolean): TableRow[] => {
    const key = (r: TableRow): string | number | null =>
      ({
        name: r.name.toLowerCase(),
        type: actorById.get(r.id)!.type,
        in: r.in,
        out: r.out,
        articles: r.articles,
        first: r.first,
        last: r.last,
      })[sort];
    return [...rows].sort((a, b) => {
      const [ka, kb] = [key(a), key(b)];
      if (ka === null || kb === null) return ka === kb ? byText(a.id, b.id) : ka === null ? 1 : -1;
      const order = typeof ka === "number" ? ka - (kb as number) : byText(ka, kb as string);
      return (descending ? -order : order) || byText(a.id, b.id);
    });
  };

  const tableCase = (
    label: string,
    filter: StatementFilter,
    sort: ActorTableSort,
    descending: boolean,
    limit: number,
    offset: number,
  ): ReaderCase => {
    const rows = sortRows(tableRows(mine(filter)), sort, descending);
    return {
      name: `actor table ${label}: by ${sort} ${descending ? "descending" : "ascending"}, ${limit} from ${offset}`,
      ask: async (store) => {
        const table = await store.actorTable({ ...mine(filter), sort, descending, limit, offset });
        return {
          total: table.total,
          rows: table.rows.map((r) => [
            r.id,
            r.name,
            r.statementsIn,
            r.statementsOut,
            r.articles,
            r.firstDate,
            r.lastDate,
          ]),
        };
      },
      expected: {
        total: rows.length,
        rows: rows.slice(offset, offset + limit).map((r) => [r.id, r.name, r.in, r.out, r.articles, r.first, r.last]),
      },
    };
  };

  const daysCase = (label: string, filter: StatementFilter): ReaderCase => ({
    name: `statements per day ${label}`,
    ask: (store) => store.statementsPerDay(mine(filter)),
    expected: [
      ...count(
        passing(mine(filter)).filter((r) => day(r) !== null),
        (r) => day(r)!,
      ),
    ]
      .sort((a, b) => byText(a[0], b[0]))
      .map(([d, n]) => ({ day: d, count: n })),
  });

  const pairCase = (subject: string, object: string, filter: StatementFilter = {}): ReaderCase => {
    // Every modality counts, whatever the negated/hypothetical toggles.
    const between = passing(mine({ ...filter, includeNegated: true, includeHypothetical: true }));
    const side = (from: string, to: string): ModalityCounts =>
      modalityOf(between.filter((r) => r.subject === id(from) && r.object === id(to)));
    return {
      name: `pair ${subject} ↔ ${object}${filter.minConfidence ? ` at confidence ${filter.minConfidence}` : ""}: both directions by modality`,
      ask: (store) => store.pairSummary({ subject: id(subject), object: id(object), ...mine(filter) }),
      expected: { forward: side(subject, object), backward: side(object, subject) },
    };
  };

  const edgesFilter = mine({ includeNegated: true, includeHypothetical: true, minConfidence: 0.6 });
  const edges = new Map<string, RelationRecord[]>();
  for (const r of passing(edgesFilter)) {
    const key = `${r.subject}->${r.object}`;
    edges.set(key, [...(edges.get(key) ?? []), r]);
  }

  const detailsCase = (actor: string): ReaderCase => {
    const relations = batch.relations;
    const pairs = (side: "subject" | "object"): number => {
      const other = side === "subject" ? "object" : "subject";
      return count(
        relations.filter((r) => r[side] === id(actor) && asserted(r)),
        (r) => `${r[other]}\u0000${r.type}`,
      ).size;
    };
    return {
      name: `actor details of ${actor}: statements by modality, how many relations each way, how many articles`,
      ask: async (store) => {
        const details = await store.actor(id(actor));
        return (
          details && {
            modality: details.modality,
            outgoingPairs: details.outgoingPairs,
            incomingPairs: details.incomingPairs,
            articleCount: details.articleCount,
          }
        );
      },
      expected: {
        modality: {
          asSubject: modalityOf(relations.filter((r) => r.subject === id(actor))),
          asObject: modalityOf(relations.filter((r) => r.object === id(actor))),
        },
        outgoingPairs: pairs("subject"),
        incomingPairs: pairs("object"),
        articleCount: actorById.get(id(actor))!.articles.length,
      },
    };
  };

  const all = { includeNegated: true, includeHypothetical: true };
  return [
    tableCase("of asserted statements", {}, "out", true, 5, 0),
    tableCase("of asserted statements, second page", {}, "out", true, 5, 5),
    tableCase("past its end", {}, "out", true, 5, 1_000),
    tableCase("of every modality at confidence 0.6", { ...all, minConfidence: 0.6 }, "name", false, 50, 0),
    tableCase("from 15 January to 10 February", { from: "2022-01-15", to: "2022-02-10" }, "last", true, 50, 0),
    tableCase(
      "of verbal conflict between people",
      { quads: ["VERBAL_CONFLICT"], actorTypes: ["PERSON"] },
      "first",
      false,
      50,
      0,
    ),
    tableCase("of criticism and warnings", { relationTypes: ["CRITICIZE", "WARN"] }, "in", true, 50, 0),
    daysCase("of asserted statements", {}),
    daysCase("of every modality at confidence 0.7", { ...all, minConfidence: 0.7 }),
    daysCase("of sanctions and aid", { relationTypes: ["SANCTION", "AID"] }),
    pairCase("russia", "ukraine"),
    pairCase("united-states", "russia"),
    pairCase("nato", "russia", { minConfidence: 0.6 }),
    pairCase("russia", "nobody"),
    {
      name: "the graph's edges by modality, every modality at confidence 0.6",
      ask: async (store) => {
        const graph = await store.graph({ limit: 20_000, ...edgesFilter });
        return graph.edges
          .map((edge) => {
            const a = edge.attributes!;
            return [edge.key, a.count, a.asserted, a.negated, a.hypothetical];
          })
          .sort((a, b) => byText(String(a[0]), String(b[0])));
      },
      expected: [...edges]
        .sort((a, b) => byText(a[0], b[0]))
        .map(([key, rs]) => {
          const m = modalityOf(rs);
          return [key, m.total, m.asserted, m.negated, m.hypothetical];
        }),
    },
    {
      name: "evidence russia → nato at confidence 0.6, both directions",
      ask: async (store) =>
        (
          await store.evidence({ subject: id("russia"), object: id("nato"), bothDirections: true, minConfidence: 0.6 })
        ).map((s) => s.id),
      expected: passing({ minConfidence: 0.6 })
        .filter(
          (r) =>
            (r.subject === id("russia") && r.object === id("nato")) ||
            (r.subject === id("nato") && r.object === id("russia")),
        )
        .sort((a, b) => byText(day(a) ?? "", day(b) ?? "") || byText(a.id, b.id))
        .map((r) => r.id),
    },
    detailsCase("nato"),
    detailsCase("russia"),
    detailsCase("united-states"),
  ];
}
