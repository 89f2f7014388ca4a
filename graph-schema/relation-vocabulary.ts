// The relation vocabulary: readable relation types, each with its PLOVER event type, quad class and the Neo4j
// relationship type it becomes. Relationship types in Cypher come only from here (see cypher-identifier.ts).

import { PLOVER_QUAD_CLASS, type PloverEventType, type QuadClass } from "./plover.ts";

export const RELATION_TYPES = [
  "WARN",
  "THREATEN",
  "ACCUSE",
  "CRITICIZE",
  "REJECT",
  "DENY",
  "DEMAND",
  "APPEAL",
  "SUPPORT",
  "PRAISE",
  "AID",
  "MEET",
  "NEGOTIATE",
  "AGREE",
  "COOPERATE",
  "CONCEDE",
  "RETREAT",
  "INVESTIGATE",
  "PROTEST",
  "SANCTION",
  "MOBILIZE",
  "COERCE",
  "ATTACK",
  "FIGHT",
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export interface RelationDefinition {
  readonly type: RelationType;
  readonly plover: PloverEventType;
  /** Neo4j relationship type between actors, e.g. `WARNS`. */
  readonly neo4jType: string;
  /** Whether the relation reads the same in both directions (A meets B = B meets A). */
  readonly symmetric: boolean;
  readonly description: string;
}

const define = (
  type: RelationType,
  plover: PloverEventType,
  neo4jType: string,
  description: string,
  symmetric = false,
): RelationDefinition => ({ type, plover, neo4jType, symmetric, description });

export const RELATION_VOCABULARY: Readonly<Record<RelationType, RelationDefinition>> = {
  WARN: define("WARN", "THREATEN", "WARNS", "Warns of consequences or cautions against an action"),
  THREATEN: define("THREATEN", "THREATEN", "THREATENS", "Threatens force, sanctions or other costs"),
  ACCUSE: define("ACCUSE", "DISAPPROVE", "ACCUSES", "Accuses or blames of wrongdoing"),
  CRITICIZE: define("CRITICIZE", "DISAPPROVE", "CRITICIZES", "Criticises, condemns or denounces"),
  REJECT: define("REJECT", "REJECT", "REJECTS", "Rejects a proposal, demand or claim"),
  DENY: define("DENY", "REJECT", "DENIES", "Denies an accusation or claim made by the other"),
  DEMAND: define("DEMAND", "DEMAND", "DEMANDS", "Demands or insists on an action"),
  APPEAL: define("APPEAL", "DEMAND", "APPEALS_TO", "Calls on or urges to act"),
  SUPPORT: define("SUPPORT", "SUPPORT", "SUPPORTS", "Backs, endorses or stands with"),
  PRAISE: define("PRAISE", "SUPPORT", "PRAISES", "Praises or thanks"),
  AID: define("AID", "AID", "AIDS", "Provides military, economic or humanitarian aid"),
  MEET: define("MEET", "CONSULT", "MEETS", "Meets, holds talks or calls", true),
  NEGOTIATE: define("NEGOTIATE", "CONSULT", "NEGOTIATES_WITH", "Negotiates or mediates", true),
  AGREE: define("AGREE", "AGREE", "AGREES_WITH", "Agrees with or expresses intent to cooperate"),
  COOPERATE: define("COOPERATE", "COOPERATE", "COOPERATES_WITH", "Cooperates materially (military, economic)"),
  CONCEDE: define("CONCEDE", "CONCEDE", "CONCEDES_TO", "Yields, eases restrictions or makes concessions"),
  RETREAT: define("RETREAT", "RETREAT", "RETREATS_FROM", "Withdraws forces or pulls back"),
  INVESTIGATE: define("INVESTIGATE", "INVESTIGATE", "INVESTIGATES", "Investigates or inquires into"),
  PROTEST: define("PROTEST", "PROTEST", "PROTESTS_AGAINST", "Demonstrates or protests against"),
  SANCTION: define("SANCTION", "SANCTION", "SANCTIONS", "Imposes sanctions, expels diplomats, cuts ties"),
  MOBILIZE: define("MOBILIZE", "MOBILIZE", "MOBILIZES_AGAINST", "Masses troops or raises alert against"),
  COERCE: define("COERCE", "COERCE", "COERCES", "Arrests, seizes, blockades or coerces"),
  ATTACK: define("ATTACK", "ASSAULT", "ATTACKS", "Attacks, invades, shells or strikes"),
  FIGHT: define("FIGHT", "FIGHT", "FIGHTS", "Engages in armed fighting with"),
};

export function isRelationType(value: unknown): value is RelationType {
  return typeof value === "string" && (RELATION_TYPES as readonly string[]).includes(value);
}

export function ploverOf(type: RelationType): PloverEventType {
  return RELATION_VOCABULARY[type].plover;
}

export function quadClassOf(type: RelationType): QuadClass {
  return PLOVER_QUAD_CLASS[RELATION_VOCABULARY[type].plover];
}

/** Statement-level link from a later statement to the earlier one it answers (Neo4j `RESPONDS_TO`). */
export const RESPONSE_RELATIONSHIP_TYPE = "RESPONDS_TO";
