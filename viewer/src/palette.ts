// Colours of the viewer: one per actor type, one per PLOVER quad class (edges), and a cycle for communities.
// Chosen to stay distinguishable on white and for the common colour-vision deficiencies (Okabe–Ito based).

import type { ActorType, QuadClass } from "../../graph-schema/index.ts";

export const ACTOR_TYPE_COLORS: Readonly<Record<ActorType, string>> = {
  PERSON: "#0072b2",
  ORGANIZATION: "#e69f00",
  COUNTRY: "#009e73",
  GROUP: "#cc79a7",
  LOCATION: "#8c8c8c",
  MEDIA: "#56b4e9",
};

/** Cooperation in greens/blues, conflict in oranges/reds; material darker than verbal. */
export const QUAD_CLASS_COLORS: Readonly<Record<QuadClass, string>> = {
  VERBAL_COOPERATION: "#7fbf7b",
  MATERIAL_COOPERATION: "#1b7837",
  VERBAL_CONFLICT: "#f4a582",
  MATERIAL_CONFLICT: "#b2182b",
};

export const COMMUNITY_COLORS = [
  "#0072b2",
  "#e69f00",
  "#009e73",
  "#cc79a7",
  "#d55e00",
  "#56b4e9",
  "#999933",
  "#882255",
  "#44aa99",
  "#332288",
] as const;

/** Colour for communities beyond the palette: they share one neutral grey. */
export const OTHER_COMMUNITY_COLOR = "#bbbbbb";

/** Colour of dimmed nodes and edges while something is highlighted. */
export const DIMMED_COLOR = "#e4e4e4";

/** Colour of a highlighted path. */
export const PATH_COLOR = "#6a3d9a";
