// Communities that keep their identity and colour from view to view. An actor keeps the community it was first
// seen in; actors new to the viewer take the community most of their Louvain group (seeded, on the actor pairs
// weighted by statements) already belongs to, or a new one. So an actor's region and colour stay put when the
// analyst filters, zooms into an ego network or goes back. The largest communities take the palette; small ones
// share grey.

import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import type { DisplayGraph } from "./build-display-graph.ts";
import { COMMUNITY_COLORS, OTHER_COMMUNITY_COLOR } from "./palette.ts";

/** Louvain runs with a fixed random source so the same view always splits the same way. */
const LOUVAIN_SEED = 42;
/** Communities smaller than this share the neutral colour rather than use up the palette. */
export const MIN_COLORED_COMMUNITY = 3;

/** What the viewer remembers between views: each actor's community, and each community's colour. */
export interface CommunityMemory {
  communityOf: Map<string, number>;
  /** Palette index of a community; absent: the neutral colour. */
  colorOf: Map<number, number>;
  nextId: number;
}

export function createCommunityMemory(): CommunityMemory {
  return { communityOf: new Map(), colorOf: new Map(), nextId: 0 };
}

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}

/** Louvain communities of the view: one undirected edge per actor pair, weighted by all its statements. */
export function detectCommunities(graph: DisplayGraph): Map<string, number> {
  const pairs = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  graph.forEachNode((node) => pairs.addNode(node));
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === target) return;
    pairs.updateEdge(source, target, (a: { weight?: number }) => ({ weight: (a.weight ?? 0) + attributes.partCount }));
  });
  if (pairs.size === 0) return new Map(pairs.nodes().map((node, i) => [node, i]));
  const partition = louvain(pairs, { getEdgeWeight: "weight", rng: seededRandom(LOUVAIN_SEED) });
  return new Map(Object.entries(partition));
}

/**
 * Gives every actor of the view a remembered community: the one it had in an earlier view, else the one most of its
 * Louvain group had (largest groups first, each remembered community taken once), else a new one. Updates the
 * memory and sets `community` on the nodes.
 */
export function assignCommunities(graph: DisplayGraph, memory: CommunityMemory, local: Map<string, number>): void {
  const members = new Map<number, string[]>();
  for (const [node, community] of local) {
    const list = members.get(community);
    if (list) list.push(node);
    else members.set(community, [node]);
  }
  const groups = [...members.values()]
    .map((nodes) => nodes.sort())
    .sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  const taken = new Set<number>();
  const sizes = new Map<number, number>();
  for (const nodes of groups) {
    const votes = new Map<number, number>();
    for (const node of nodes) {
      const old = memory.communityOf.get(node);
      if (old !== undefined && !taken.has(old)) votes.set(old, (votes.get(old) ?? 0) + 1);
    }
    let groupId = -1;
    let best = 0;
    for (const [candidate, count] of votes) {
      if (count > best || (count === best && candidate < groupId)) [groupId, best] = [candidate, count];
    }
    if (groupId < 0) groupId = memory.nextId++;
    taken.add(groupId);
    for (const node of nodes) {
      const id = memory.communityOf.get(node) ?? groupId;
      memory.communityOf.set(node, id);
      graph.setNodeAttribute(node, "community", id);
      sizes.set(id, (sizes.get(id) ?? 0) + 1);
    }
  }
  // Colours go to communities as they first reach a readable size, largest first.
  for (const [id] of [...sizes].sort((a, b) => b[1] - a[1] || a[0] - b[0])) {
    if (memory.colorOf.has(id) || (sizes.get(id) ?? 0) < MIN_COLORED_COMMUNITY) continue;
    const used = new Set(memory.colorOf.values());
    const free = COMMUNITY_COLORS.findIndex((_color, i) => !used.has(i));
    if (free >= 0) memory.colorOf.set(id, free);
  }
}

/** The colour of a remembered community. */
export function communityColor(memory: CommunityMemory, id: number): string {
  const index = memory.colorOf.get(id);
  return index === undefined ? OTHER_COMMUNITY_COLOR : (COMMUNITY_COLORS[index] ?? OTHER_COMMUNITY_COLOR);
}
