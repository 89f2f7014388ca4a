import { describe, expect, it } from "vitest";
import { buildDisplayGraph, edgeSize, seedPosition } from "../../viewer/src/build-display-graph.ts";
import { neighbourhoodHighlight, pathHighlight } from "../../viewer/src/graph-highlight.ts";
import { QUAD_CLASS_COLORS } from "../../viewer/src/palette.ts";
import { smallActorGraph } from "./display-graph-fixture.ts";

describe("buildDisplayGraph", () => {
  it("colours edges by quad class and draws them as arrows, thicker for more statements", () => {
    const graph = buildDisplayGraph(smallActorGraph());
    const edges = graph.mapEdges((key, a) => ({
      key,
      color: a.color,
      type: a.type,
      size: Math.round(a.size * 100) / 100,
    }));
    expect(edges).toEqual([
      { key: "jens-stoltenberg->russia", color: QUAD_CLASS_COLORS.VERBAL_CONFLICT, type: "arrow", size: 8 },
      { key: "russia->nato", color: QUAD_CLASS_COLORS.VERBAL_CONFLICT, type: "arrow", size: 4.75 },
      { key: "nato->ukraine", color: QUAD_CLASS_COLORS.MATERIAL_COOPERATION, type: "arrow", size: 6.65 },
      { key: "russia->ukraine", color: QUAD_CLASS_COLORS.MATERIAL_CONFLICT, type: "arrow", size: 1.5 },
      { key: "russia->belarus", color: QUAD_CLASS_COLORS.MATERIAL_COOPERATION, type: "arrow", size: 1.5 },
    ]);
  });

  it("keeps positions of nodes already on screen and places new ones next to a placed neighbour", () => {
    const first = buildDisplayGraph({
      ...smallActorGraph(),
      nodes: smallActorGraph().nodes?.slice(0, 4),
      edges: smallActorGraph().edges?.slice(0, 4),
    });
    first.setNodeAttribute("russia", "x", 500);
    first.setNodeAttribute("russia", "y", -500);
    const second = buildDisplayGraph(smallActorGraph(), first);
    expect(second.getNodeAttributes("russia")).toMatchObject({ x: 500, y: -500 });
    const belarus = second.getNodeAttributes("belarus");
    expect(Math.hypot(belarus.x - 500, belarus.y + 500)).toBeLessThan(10);
    expect(second.getNodeAttributes("ukraine")).toMatchObject(seedPosition("ukraine"));
  });

  it("sizes edges logarithmically between the bounds", () => {
    expect([edgeSize(1, 1), edgeSize(1, 100), edgeSize(10, 100), edgeSize(100, 100)]).toEqual([1.5, 1.5, 4.75, 8]);
  });
});

describe("neighbourhoodHighlight and pathHighlight", () => {
  const graph = buildDisplayGraph(smallActorGraph());
  it("takes a node with its neighbours in both directions", () => {
    const highlight = neighbourhoodHighlight(graph, "nato");
    expect({ nodes: [...(highlight?.nodes ?? [])].sort(), edges: [...(highlight?.edges ?? [])].sort() }).toEqual({
      nodes: ["nato", "russia", "ukraine"],
      edges: ["nato->ukraine", "russia->nato"],
    });
    expect(neighbourhoodHighlight(graph, "united-nations")).toEqual(null);
  });
  it("takes a path's nodes and the edges between consecutive ones, whatever their direction", () => {
    const highlight = pathHighlight(graph, ["jens-stoltenberg", "russia", "belarus", "minsk-outside-view"]);
    expect({ nodes: [...highlight.nodes].sort(), edges: [...highlight.edges].sort() }).toEqual({
      nodes: ["belarus", "jens-stoltenberg", "russia"],
      edges: ["jens-stoltenberg->russia", "russia->belarus"],
    });
  });
});
