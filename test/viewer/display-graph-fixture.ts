// A small ActorGraph as the API serves it: NATO, Russia, Ukraine, Stoltenberg and Belarus in early 2022.

import type { ActorGraph, ActorType, QuadClass, RelationType } from "../../graph-schema/index.ts";
import { ploverOf, quadClassOf } from "../../graph-schema/index.ts";

const node = (key: string, label: string, actorType: ActorType, statements: number) => ({
  key,
  attributes: { label, actorType, aliases: [], statements, articles: statements },
});

const edge = (source: string, target: string, type: RelationType, count: number) => ({
  key: `${source}->${target}`,
  source,
  target,
  attributes: {
    count,
    types: { [type]: count },
    dominantType: type,
    plover: ploverOf(type),
    quad: quadClassOf(type) as QuadClass,
    negated: 0,
    hypothetical: 0,
    asserted: count,
    firstDate: "2022-01-10",
    lastDate: "2022-02-24",
  },
});

/** Five actors, five edges; Stoltenberg warns Russia four times. */
export function smallActorGraph(): ActorGraph {
  return {
    attributes: { totalEdges: 5, shownEdges: 5 },
    options: { type: "directed", multi: false, allowSelfLoops: true },
    nodes: [
      node("jens-stoltenberg", "Jens Stoltenberg", "PERSON", 6),
      node("russia", "Russia", "COUNTRY", 9),
      node("nato", "NATO", "ORGANIZATION", 5),
      node("ukraine", "Ukraine", "COUNTRY", 4),
      node("belarus", "Belarus", "COUNTRY", 2),
    ],
    edges: [
      edge("jens-stoltenberg", "russia", "WARN", 4),
      edge("russia", "nato", "ACCUSE", 2),
      edge("nato", "ukraine", "AID", 3),
      edge("russia", "ukraine", "ATTACK", 1),
      edge("russia", "belarus", "COOPERATE", 1),
    ],
  };
}
