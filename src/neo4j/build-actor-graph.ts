// Builds the viewer's ActorGraph from per-pair aggregates and actor rows: dominant type (ties by vocabulary
// order), ego network around a focus actor, strongest-first limit, per-node statement counts in the view.

import {
  PLOVER_QUAD_CLASS,
  RELATION_TYPES,
  ploverOf,
  type ActorGraph,
  type ActorNodeAttributes,
  type ActorType,
  type GraphQuery,
  type RelationEdgeAttributes,
  type RelationType,
} from "../../graph-schema/index.ts";

/** Statements from `source` to `target` in the view, aggregated. */
export interface PairAggregate {
  source: string;
  target: string;
  types: Partial<Record<RelationType, number>>;
  count: number;
  negated: number;
  hypothetical: number;
  asserted: number;
  firstDate: string | null;
  lastDate: string | null;
}

export interface ActorRow {
  id: string;
  name: string;
  type: ActorType;
  aliases: string[];
  articles: number;
}

/** The most frequent type; ties go to the type listed first in the vocabulary. */
export function dominantRelationType(types: Partial<Record<RelationType, number>>): RelationType {
  let best: RelationType = RELATION_TYPES[0];
  let bestCount = -1;
  for (const type of RELATION_TYPES) {
    const count = types[type] ?? 0;
    if (count > bestCount) [best, bestCount] = [type, count];
  }
  return best;
}

/** Actor ids within `hops` undirected steps of `focus` along the given pairs. */
export function egoActors(pairs: readonly PairAggregate[], focus: string, hops: number): Set<string> {
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string): void => {
    const set = neighbours.get(a) ?? new Set<string>();
    set.add(b);
    neighbours.set(a, set);
  };
  for (const pair of pairs) {
    link(pair.source, pair.target);
    link(pair.target, pair.source);
  }
  const seen = new Set([focus]);
  let frontier = [focus];
  for (let step = 0; step < hops; step++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const other of neighbours.get(id) ?? []) {
        if (!seen.has(other)) {
          seen.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return seen;
}

const strongestFirst = (a: PairAggregate, b: PairAggregate): number =>
  b.count - a.count ||
  (a.source < b.source ? -1 : a.source > b.source ? 1 : 0) ||
  (a.target < b.target ? -1 : a.target > b.target ? 1 : 0);

/** Which pairs the view keeps: ego network when focused, then the `limit` strongest. */
export function selectPairs(pairs: readonly PairAggregate[], query: GraphQuery): PairAggregate[] {
  const minCount = query.minCount ?? 1;
  let kept = pairs.filter((pair) => pair.count >= minCount);
  if (query.focus !== undefined) {
    const ego = egoActors(kept, query.focus, query.hops ?? 1);
    kept = kept.filter((pair) => ego.has(pair.source) && ego.has(pair.target));
  }
  return [...kept].sort(strongestFirst).slice(0, query.limit);
}

/** The serialised graph of the kept pairs over the given actors (actors without a row are left out). */
export function buildActorGraph(
  pairs: readonly PairAggregate[],
  actors: readonly ActorRow[],
  focus?: string,
  /** Pairs matching before the limit; null when unknown (the query cut them), undefined: as many as shown. */
  totalEdges?: number | null,
): ActorGraph {
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  const statements = new Map<string, number>();
  const edges: ActorGraph["edges"] = [];
  for (const pair of pairs) {
    if (!byId.has(pair.source) || !byId.has(pair.target)) continue;
    statements.set(pair.source, (statements.get(pair.source) ?? 0) + pair.count);
    if (pair.target !== pair.source) statements.set(pair.target, (statements.get(pair.target) ?? 0) + pair.count);
    const dominantType = dominantRelationType(pair.types);
    const plover = ploverOf(dominantType);
    const attributes: RelationEdgeAttributes = {
      count: pair.count,
      types: pair.types,
      dominantType,
      plover,
      quad: PLOVER_QUAD_CLASS[plover],
      negated: pair.negated,
      hypothetical: pair.hypothetical,
      asserted: pair.asserted,
      firstDate: pair.firstDate,
      lastDate: pair.lastDate,
    };
    edges.push({ key: `${pair.source}->${pair.target}`, source: pair.source, target: pair.target, attributes });
  }
  const nodeIds = [...statements.keys()];
  if (focus !== undefined && byId.has(focus) && !statements.has(focus)) nodeIds.unshift(focus);
  const nodes = nodeIds.map((id) => {
    const actor = byId.get(id)!;
    const attributes: ActorNodeAttributes = {
      label: actor.name,
      actorType: actor.type,
      aliases: actor.aliases,
      statements: statements.get(id) ?? 0,
      articles: actor.articles,
    };
    return { key: id, attributes };
  });
  return {
    options: { type: "directed", multi: false, allowSelfLoops: true },
    attributes: { totalEdges: totalEdges === undefined ? edges.length : totalEdges, shownEdges: edges.length },
    nodes,
    edges,
  };
}
