// Actor types: the kinds of actor newsgraph recognises, and the Neo4j label each one adds to :Actor.

export const ACTOR_TYPES = ["PERSON", "ORGANIZATION", "COUNTRY", "GROUP", "LOCATION", "MEDIA"] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

/** Extra Neo4j label per actor type (every actor is also an `:Actor`). */
export const ACTOR_TYPE_LABELS: Readonly<Record<ActorType, string>> = {
  PERSON: "Person",
  ORGANIZATION: "Organization",
  COUNTRY: "Country",
  GROUP: "Group",
  LOCATION: "Location",
  MEDIA: "Media",
};

export function isActorType(value: unknown): value is ActorType {
  return typeof value === "string" && (ACTOR_TYPES as readonly string[]).includes(value);
}
