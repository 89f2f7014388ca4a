// Where the force layout starts: each community gets a region (largest at the centre, the rest packed around it
// outwards, each region's area in proportion to its actors) and each actor a place in its region (most important
// at the region's centre). Pure and deterministic: the same view always starts from the same picture.

import type { DisplayGraph } from "./build-display-graph.ts";

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Distance between neighbouring actors in a region, in layout units. */
export const SEED_SPACING = 10;

/** A point of a golden-angle spiral: `index` 0 at the centre, each point's disc of area π·spacing². */
export function spiralPoint(index: number, spacing: number): { x: number; y: number } {
  const radius = spacing * Math.sqrt(index);
  const angle = index * GOLDEN_ANGLE;
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

/**
 * Sets x/y on every node: regions by `community` attribute, actors within a region by `importance` (descending,
 * then id).
 */
export function seedCommunityRegions(graph: DisplayGraph, importance: ReadonlyMap<string, number>): void {
  const regions = new Map<number, string[]>();
  graph.forEachNode((node, a) => {
    const list = regions.get(a.community);
    if (list) list.push(node);
    else regions.set(a.community, [node]);
  });
  const byImportance = (a: string, b: string): number =>
    (importance.get(b) ?? 0) - (importance.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
  const ordered = [...regions.entries()]
    .map(([community, nodes]) => ({ community, nodes: nodes.sort(byImportance) }))
    .sort((a, b) => b.nodes.length - a.nodes.length || a.community - b.community);
  // Regions are discs (area in proportion to their actors), placed largest first at the first point of a fine
  // spiral where they overlap no region placed before.
  const placed: { x: number; y: number; r: number }[] = [];
  let k = 0;
  for (const { nodes } of ordered) {
    const r = SEED_SPACING * Math.sqrt(nodes.length) + SEED_SPACING;
    let centre = spiralPoint(k, SEED_SPACING / 2);
    while (placed.some((p) => Math.hypot(p.x - centre.x, p.y - centre.y) < p.r + r))
      centre = spiralPoint(++k, SEED_SPACING / 2);
    placed.push({ ...centre, r });
    nodes.forEach((node, i) => {
      const offset = spiralPoint(i, SEED_SPACING);
      graph.mergeNodeAttributes(node, { x: centre.x + offset.x, y: centre.y + offset.y });
    });
  }
}
