import { describe, expect, it } from "vitest";
import { buildDisplayGraph } from "../../viewer/src/build-display-graph.ts";
import { assignCommunities, createCommunityMemory, detectCommunities } from "../../viewer/src/community-colors.ts";
import { ACTOR_TYPE_COLORS } from "../../viewer/src/palette.ts";
import {
  FORCED_LABELS,
  applyLabelDensity,
  applyNodeColors,
  applyNodeSizes,
  nodeMetric,
  rankByImportance,
} from "../../viewer/src/style-nodes.ts";
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

describe("applyLabelDensity", () => {
  it("always labels the most important actors, as many as the density asks", () => {
    const graph = buildDisplayGraph(smallActorGraph());
    const ranked = rankByImportance(graph, applyNodeSizes(graph, "weighted"));
    expect(ranked).toEqual(["russia", "nato", "jens-stoltenberg", "ukraine", "belarus"]);
    applyLabelDensity(graph, ranked, 1);
    expect(graph.filterNodes((_n, a) => a.forceLabel).length).toBe(Math.min(5, FORCED_LABELS[1]));
  });
});

describe("applyNodeColors", () => {
  it("colours by actor type with a legend of the types present", () => {
    const graph = buildDisplayGraph(smallActorGraph());
    expect(applyNodeColors(graph, "type", createCommunityMemory(), graph.nodes())).toEqual([
      { label: "Person", color: ACTOR_TYPE_COLORS.PERSON, count: 1 },
      { label: "Organization", color: ACTOR_TYPE_COLORS.ORGANIZATION, count: 1 },
      { label: "Country", color: ACTOR_TYPE_COLORS.COUNTRY, count: 3 },
    ]);
    expect(graph.getNodeAttribute("russia", "color")).toEqual(ACTOR_TYPE_COLORS.COUNTRY);
  });
  it("colours by community, naming each after its most important actor; every actor counted once", () => {
    const graph = buildDisplayGraph(smallActorGraph());
    const memory = createCommunityMemory();
    assignCommunities(graph, memory, detectCommunities(graph));
    const ranked = rankByImportance(graph, applyNodeSizes(graph, "weighted"));
    const legend = applyNodeColors(graph, "community", memory, ranked);
    expect(legend.reduce((sum, entry) => sum + entry.count, 0)).toEqual(5);
    expect(legend.map((entry) => entry.label)).toContain("Community of Russia");
  });
});
