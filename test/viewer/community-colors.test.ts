import { describe, expect, it } from "vitest";
import type { ActorGraph } from "../../graph-schema/index.ts";
import { buildDisplayGraph } from "../../viewer/src/build-display-graph.ts";
import {
  assignCommunities,
  communityColor,
  createCommunityMemory,
  detectCommunities,
} from "../../viewer/src/community-colors.ts";
import { COMMUNITY_COLORS, OTHER_COMMUNITY_COLOR } from "../../viewer/src/palette.ts";

/** Three blocs of five actors, each bloc a clique of strong edges, one weak edge between neighbouring blocs. */
function blocs(only?: (id: string) => boolean): ActorGraph {
  const ids = ["north", "east", "south"].flatMap((bloc) => [0, 1, 2, 3, 4].map((i) => `${bloc}-${i}`));
  const keep = only ?? (() => true);
  const pairs: [string, string, number][] = [];
  for (const bloc of ["north", "east", "south"]) {
    for (let i = 0; i < 5; i++) for (let j = i + 1; j < 5; j++) pairs.push([`${bloc}-${i}`, `${bloc}-${j}`, 6]);
  }
  pairs.push(["north-0", "east-0", 1], ["east-1", "south-1", 1]);
  const edges = pairs
    .filter(([a, b]) => keep(a) && keep(b))
    .map(([source, target, count]) => ({
      key: `${source}->${target}`,
      source,
      target,
      attributes: {
        count,
        types: { MEET: count },
        dominantType: "MEET" as const,
        plover: "CONSULT" as const,
        quad: "VERBAL_COOPERATION" as const,
        negated: 0,
        hypothetical: 0,
        asserted: count,
        firstDate: null,
        lastDate: null,
      },
    }));
  const nodes = ids.filter(keep).map((key) => ({
    key,
    attributes: { label: key, actorType: "PERSON" as const, aliases: [], statements: 1, articles: 1 },
  }));
  return {
    options: { type: "directed" },
    attributes: { totalEdges: edges.length, shownEdges: edges.length },
    nodes,
    edges,
  };
}

function view(data: ActorGraph, memory = createCommunityMemory()) {
  const graph = buildDisplayGraph(data);
  assignCommunities(graph, memory, detectCommunities(graph));
  const colorOf = Object.fromEntries(graph.mapNodes((node, a) => [node, communityColor(memory, a.community)]));
  return { graph, memory, colorOf };
}

describe("communities across views", () => {
  it("finds the blocs, the same way on every run", () => {
    const first = view(blocs());
    expect(view(blocs()).colorOf).toEqual(first.colorOf);
    const colours = new Set(Object.values(first.colorOf));
    expect(colours.size).toBe(3);
    expect(first.colorOf["north-0"]).toBe(first.colorOf["north-4"]);
    expect(first.colorOf["north-0"]).not.toBe(first.colorOf["east-0"]);
    expect([...colours].every((colour) => (COMMUNITY_COLORS as readonly string[]).includes(colour))).toBe(true);
  });

  it("keeps each bloc's colour in an ego view that holds only part of the network, then back", () => {
    const network = view(blocs());
    const ego = view(
      blocs((id) => id.startsWith("east") || id === "north-0" || id === "south-1"),
      network.memory,
    );
    for (const id of ["east-2", "north-0", "south-1"]) expect(ego.colorOf[id]).toBe(network.colorOf[id]);
    const back = view(blocs(), network.memory);
    expect(back.colorOf).toEqual(network.colorOf);
  });

  it("leaves communities smaller than three actors in the neutral colour", () => {
    const pair = view(blocs((id) => id === "north-0" || id === "north-1"));
    expect(Object.values(pair.colorOf)).toEqual([OTHER_COMMUNITY_COLOR, OTHER_COMMUNITY_COLOR]);
  });
});
