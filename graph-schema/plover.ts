// PLOVER event types (Open Event Data Alliance, successor of CAMEO) and their quad classes.

export const PLOVER_EVENT_TYPES = [
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "CONCEDE",
  "COOPERATE",
  "AID",
  "RETREAT",
  "DEMAND",
  "REJECT",
  "THREATEN",
  "PROTEST",
  "SANCTION",
  "MOBILIZE",
  "COERCE",
  "ASSAULT",
  "FIGHT",
  "INVESTIGATE",
  "DISAPPROVE",
] as const;
export type PloverEventType = (typeof PLOVER_EVENT_TYPES)[number];

export const QUAD_CLASSES = [
  "VERBAL_COOPERATION",
  "MATERIAL_COOPERATION",
  "VERBAL_CONFLICT",
  "MATERIAL_CONFLICT",
] as const;
export type QuadClass = (typeof QUAD_CLASSES)[number];

/** The PLOVER manual's grouping of event types into the four quad classes. */
export const PLOVER_QUAD_CLASS: Readonly<Record<PloverEventType, QuadClass>> = {
  AGREE: "VERBAL_COOPERATION",
  CONSULT: "VERBAL_COOPERATION",
  SUPPORT: "VERBAL_COOPERATION",
  CONCEDE: "VERBAL_COOPERATION",
  COOPERATE: "MATERIAL_COOPERATION",
  AID: "MATERIAL_COOPERATION",
  RETREAT: "MATERIAL_COOPERATION",
  INVESTIGATE: "VERBAL_CONFLICT",
  DEMAND: "VERBAL_CONFLICT",
  DISAPPROVE: "VERBAL_CONFLICT",
  REJECT: "VERBAL_CONFLICT",
  THREATEN: "VERBAL_CONFLICT",
  PROTEST: "MATERIAL_CONFLICT",
  SANCTION: "MATERIAL_CONFLICT",
  MOBILIZE: "MATERIAL_CONFLICT",
  COERCE: "MATERIAL_CONFLICT",
  ASSAULT: "MATERIAL_CONFLICT",
  FIGHT: "MATERIAL_CONFLICT",
};

export const QUAD_CLASS_LABELS: Readonly<Record<QuadClass, string>> = {
  VERBAL_COOPERATION: "Verbal cooperation",
  MATERIAL_COOPERATION: "Material cooperation",
  VERBAL_CONFLICT: "Verbal conflict",
  MATERIAL_CONFLICT: "Material conflict",
};

export function isPloverEventType(value: unknown): value is PloverEventType {
  return typeof value === "string" && (PLOVER_EVENT_TYPES as readonly string[]).includes(value);
}
