// How sigma 4 draws the network: the primitives compiled into its WebGL programs (circles; straight and curved
// edges with arrow heads, a solid and a dashed layer) and the style rules that map attributes and states onto them.
// Reciprocal and two-part pairs are parallel edges, which sigma curves apart; negated/hypothetical parts are dashed;
// while something is highlighted, everything else is dimmed.

import type { Attributes } from "graphology-types";
import Sigma from "sigma";
import type { SigmaOptions } from "sigma/types";
import { extremityArrow, layerDashed, layerFill, layerPlain, pathCurved, pathLine, sdfCircle } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { DisplayEdgeAttributes, DisplayGraph, DisplayNodeAttributes } from "./build-display-graph.ts";
import { DIMMED_COLOR, PATH_COLOR } from "./palette.ts";

/** States the viewer sets on nodes besides sigma's own. */
export interface ViewerNodeState {
  /** The actor (or a path's actors) the highlight is about. */
  isCentre: boolean;
}

/** States the viewer sets on edges besides sigma's own. */
export interface ViewerEdgeState {
  /** The selected pair (evidence panel open). */
  isSelected: boolean;
  /** On the highlighted shortest path. */
  onPath: boolean;
}

export const LABEL_FONT = "Liberation Sans, Arial, sans-serif";
const TRANSPARENT = "rgba(0,0,0,0)";
/** Dash and gap of a negated/hypothetical edge, in pixels. */
export const DASH_PX = 6;
/** Extra width of the selected pair, in pixels. */
const SELECTED_EXTRA_PX = 2.5;

export const SIGMA_PRIMITIVES = {
  nodes: {
    shapes: [sdfCircle()],
    layers: [layerFill()],
    label: { font: { family: LABEL_FONT, size: 13 }, color: "#222222", margin: 4 },
  },
  edges: {
    paths: [pathLine(), pathCurved({ curvature: 0.25 })],
    extremities: [extremityArrow({ lengthRatio: 2.5, widthRatio: 1.8 })],
    // Every edge runs every layer: a solid edge is the plain layer with no dashes; a dashed edge is dashes over a
    // transparent plain layer (see `plainColor` and `dashSize`).
    layers: [
      layerPlain({ color: { attribute: "plainColor" } }),
      layerDashed({
        dashSize: { attribute: "dashSize", default: 0 },
        gapSize: { value: DASH_PX - 2 },
        gapColor: 0,
      }),
    ],
    variables: {
      plainColor: { type: "color", default: TRANSPARENT },
      dashSize: { type: "number", default: 0 },
    },
    defaultHead: "arrow",
  },
} as const;

type State = { isHighlighted: boolean };
type GraphState = { hasHighlighted: boolean };
const dimmed = (state: State, graphState: GraphState): boolean => graphState.hasHighlighted && !state.isHighlighted;

const edgeColor = (a: DisplayEdgeAttributes, s: State & ViewerEdgeState, gs: GraphState): string =>
  s.onPath ? PATH_COLOR : dimmed(s, gs) && !s.isSelected ? DIMMED_COLOR : a.color;

/** Settings: edge events for the evidence panel, pixel sizes whatever the zoom, labels by density. */
export const SIGMA_SETTINGS: Partial<Settings> = {
  enableEdgeEvents: true,
  renderEdgeLabels: false,
  itemSizesReference: "screen",
  zoomToSizeRatioFunction: () => 1,
  labelRenderedSizeThreshold: 6,
  labelDensity: 0.7,
  labelGridCellSize: 110,
  minEdgeThickness: 1,
  // Room for the labels of nodes on the border of the view.
  stagePadding: 50,
  edgePickingPadding: 3,
};

/** The options object for `new Sigma(graph, container, options)`. */
export function sigmaOptions(): SigmaOptions<
  DisplayNodeAttributes,
  DisplayEdgeAttributes,
  Attributes,
  ViewerNodeState,
  ViewerEdgeState,
  object,
  typeof SIGMA_PRIMITIVES
> {
  return {
    primitives: SIGMA_PRIMITIVES,
    // Style rules: attributes first, then what hovering changes; highlighting and selection are in the functions.
    styles: {
      nodes: [
        {
          x: { attribute: "x" },
          y: { attribute: "y" },
          size: { attribute: "size" },
          label: { attribute: "label" },
          color: (a: DisplayNodeAttributes, s: State, gs: GraphState) => (dimmed(s, gs) ? DIMMED_COLOR : a.color),
          // Dimmed actors make room: a highlighted neighbourhood keeps the forced labels and the centre's, and the
          // label grid places the others where they do not collide.
          labelVisibility: (a: DisplayNodeAttributes, s: State & ViewerNodeState, gs: GraphState) =>
            dimmed(s, gs) ? "hidden" : a.forceLabel || s.isCentre ? "visible" : "auto",
          depth: (_a: DisplayNodeAttributes, s: State) => (s.isHighlighted ? "topNodes" : "nodes"),
        },
        {
          whenState: "isHovered",
          then: {
            labelVisibility: "visible",
            depth: "topNodes",
            backdropVisibility: "visible",
            backdropColor: "#ffffff",
            backdropShadowColor: "rgba(0, 0, 0, 0.4)",
            backdropShadowBlur: 10,
            backdropPadding: 5,
          },
        },
      ],
      edges: [
        {
          size: (a: DisplayEdgeAttributes, s: ViewerEdgeState) => a.size + (s.isSelected ? SELECTED_EXTRA_PX : 0),
          color: edgeColor,
          plainColor: (a: DisplayEdgeAttributes, s: State & ViewerEdgeState, gs: GraphState) =>
            a.part === "hedged" ? TRANSPARENT : edgeColor(a, s, gs),
          dashSize: (a: DisplayEdgeAttributes) => (a.part === "hedged" ? DASH_PX : 0),
          path: "straight",
          parallelPath: "curved",
          parallelSpread: 0.5,
          head: "arrow",
          depth: (_a: DisplayEdgeAttributes, s: State & ViewerEdgeState) =>
            s.isSelected || s.isHighlighted || s.onPath ? "topEdges" : "edges",
        },
      ],
    },
    settings: SIGMA_SETTINGS,
    customNodeState: { isCentre: false },
    customEdgeState: { isSelected: false, onPath: false },
  };
}

/** The viewer's sigma on `graph` in `container`. */
export function createViewerSigma(graph: DisplayGraph, container: HTMLElement) {
  return new Sigma(graph, container, sigmaOptions());
}

export type ViewerSigma = ReturnType<typeof createViewerSigma>;
