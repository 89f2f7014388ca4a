import { describe, expect, it } from "vitest";
import { buildDisplayGraph } from "../../viewer/src/build-display-graph.ts";
import { ACTOR_TYPE_COLORS, COMMUNITY_COLORS } from "../../viewer/src/palette.ts";
import { applyNodeColors, nodeMetric } from "../../viewer/src/style-nodes.ts";
import { smallActorGraph } from "./display-graph-fixture.ts";

describe("nodeMetric", () => {
  const graph = buildDisplayGraph(smallActorGraph());
  it("counts neighbours for degree and statements for weighted degree", () => {
    expect(Object.fromEntries(nodeMetric(graph, "degree"))).toEqual({
      "jens-stoltenberg": 1,
      russia: 4,
      nato: 2,
      ukraine: 2,
      belarus: 1,
    });
    expect(Object.fromEntries(nodeMetric(graph, "weighted"))).toEqual({
      "jens-stoltenberg": 4,
      russia: 8,
      nato: 5,
      ukraine: 4,
      belarus: 1,
    });
  });
  it("ranks Ukraine, the target of aid and attack, first by PageRank", () => {
    const ranks = [...nodeMetric(graph, "pagerank").entries()].sort((a, b) => b[1] - a[1]).map(([node]) => node);
    expect(ranks[0]).toEqual("ukraine");
  });
});

describe("applyNodeColors", () => {
  it("colours by actor type with a legend of the types present", () => {
    const graph = buildDisplayGraph(smallActorGraph());
    expect(applyNodeColors(graph, "type")).toEqual([
      { label: "Person", color: ACTOR_TYPE_COLORS.PERSON, count: 1 },
      { label: "Organization", color: ACTOR_TYPE_COLORS.ORGANIZATION, count: 1 },
      { label: "Country", color: ACTOR_TYPE_COLORS.COUNTRY, count: 3 },
    ]);
    expect(graph.getNodeAttribute("russia", "color")).toEqual(ACTOR_TYPE_COLORS.COUNTRY);
  });
  it("colours by Louvain community, the same on every run, the largest community first", () => {
    const runs = [1, 2].map(() => {
      const graph = buildDisplayGraph(smallActorGraph());
      const legend = applyNodeColors(graph, "community");
      return { legend, colors: graph.mapNodes((_n, a) => a.color) };
    });
    expect(runs[0]).toEqual(runs[1]);
    expect(runs[0]?.legend[0]?.color).toEqual(COMMUNITY_COLORS[0]);
    expect(runs[0]?.legend.reduce((sum, entry) => sum + entry.count, 0)).toEqual(5);
  });
});
