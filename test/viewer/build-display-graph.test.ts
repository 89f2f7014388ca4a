import { describe, expect, it } from "vitest";
import {
  HEDGED_SUFFIX,
  buildDisplayGraph,
  edgeSize,
  pairEdges,
  pairOf,
  viewFingerprint,
} from "../../viewer/src/build-display-graph.ts";
import { neighbourhoodHighlight, pathHighlight } from "../../viewer/src/graph-highlight.ts";
import { QUAD_CLASS_COLORS } from "../../viewer/src/palette.ts";
import { smallActorGraph } from "./display-graph-fixture.ts";

/** The small graph with Russia → Ukraine's one statement negated and NATO → Ukraine's three partly hypothetical. */
function withHedgedStatements() {
  const data = smallActorGraph();
  for (const edge of data.edges ?? []) {
    if (edge.key === "russia->ukraine") Object.assign(edge.attributes!, { negated: 1, asserted: 0 });
    if (edge.key === "nato->ukraine") Object.assign(edge.attributes!, { hypothetical: 1, asserted: 2 });
  }
  return data;
}

describe("buildDisplayGraph", () => {
  it("colours edges by quad class, thicker for more statements on a fixed scale", () => {
    const graph = buildDisplayGraph(smallActorGraph());
    const edges = graph.mapEdges((key, a) => ({
      key,
      color: a.color,
      part: a.part,
      size: Math.round(a.size * 100) / 100,
    }));
    expect(edges).toEqual([
      { key: "jens-stoltenberg->russia", color: QUAD_CLASS_COLORS.VERBAL_CONFLICT, part: "asserted", size: 2.52 },
      { key: "russia->nato", color: QUAD_CLASS_COLORS.VERBAL_CONFLICT, part: "asserted", size: 1.86 },
      { key: "nato->ukraine", color: QUAD_CLASS_COLORS.MATERIAL_COOPERATION, part: "asserted", size: 2.25 },
      { key: "russia->ukraine", color: QUAD_CLASS_COLORS.MATERIAL_CONFLICT, part: "asserted", size: 1.2 },
      { key: "russia->belarus", color: QUAD_CLASS_COLORS.MATERIAL_COOPERATION, part: "asserted", size: 1.2 },
    ]);
  });

  it("draws a pair's negated or hypothetical statements as a separate dashed part of the same pair", () => {
    const graph = buildDisplayGraph(withHedgedStatements());
    expect(
      graph.mapEdges((key, a, source, target) => [key, a.pair, a.part, a.partCount, `${source}->${target}`]),
    ).toEqual([
      ["jens-stoltenberg->russia", "jens-stoltenberg->russia", "asserted", 4, "jens-stoltenberg->russia"],
      ["russia->nato", "russia->nato", "asserted", 2, "russia->nato"],
      ["nato->ukraine", "nato->ukraine", "asserted", 2, "nato->ukraine"],
      [`nato->ukraine${HEDGED_SUFFIX}`, "nato->ukraine", "hedged", 1, "nato->ukraine"],
      // Nothing asserted: the only part carries the pair's key, so the view state still finds it.
      ["russia->ukraine", "russia->ukraine", "hedged", 1, "russia->ukraine"],
      ["russia->belarus", "russia->belarus", "asserted", 1, "russia->belarus"],
    ]);
    expect(pairEdges(graph, "nato->ukraine")).toEqual(["nato->ukraine", `nato->ukraine${HEDGED_SUFFIX}`]);
    expect(pairOf(`nato->ukraine${HEDGED_SUFFIX}`)).toBe("nato->ukraine");
  });

  it("sizes edges on a logarithmic scale that is the same in every view", () => {
    expect([1, 10, 100, 1_000, 1e6].map((n) => Math.round(edgeSize(n) * 10) / 10)).toEqual([1.2, 3.4, 5.6, 7.8, 9]);
  });

  it("fingerprints what a view draws: the same data alike, another count or actor not", () => {
    const base = viewFingerprint(buildDisplayGraph(smallActorGraph()));
    expect(viewFingerprint(buildDisplayGraph(smallActorGraph()))).toBe(base);
    expect(viewFingerprint(buildDisplayGraph(withHedgedStatements()))).not.toBe(base);
  });
});

describe("neighbourhoodHighlight and pathHighlight", () => {
  const graph = buildDisplayGraph(withHedgedStatements());
  it("takes a node with its neighbours in both directions, both parts of each pair", () => {
    const highlight = neighbourhoodHighlight(graph, "nato");
    expect({ nodes: [...(highlight?.nodes ?? [])].sort(), edges: [...(highlight?.edges ?? [])].sort() }).toEqual({
      nodes: ["nato", "russia", "ukraine"],
      edges: ["nato->ukraine", `nato->ukraine${HEDGED_SUFFIX}`, "russia->nato"],
    });
    expect([...(highlight?.centre ?? [])]).toEqual(["nato"]);
    expect(neighbourhoodHighlight(graph, "united-nations")).toEqual(null);
  });
  it("takes a path's nodes and the edges between consecutive ones, whatever their direction", () => {
    const highlight = pathHighlight(graph, ["jens-stoltenberg", "russia", "belarus", "minsk-outside-view"]);
    expect({ nodes: [...highlight.nodes].sort(), edges: [...highlight.edges].sort() }).toEqual({
      nodes: ["belarus", "jens-stoltenberg", "russia"],
      edges: ["jens-stoltenberg->russia", "russia->belarus"],
    });
    expect([...highlight.centre].sort()).toEqual(["belarus", "jens-stoltenberg", "russia"]);
  });
});
