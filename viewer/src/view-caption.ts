// Words for what a view shows, for the PNG caption and the GEXF description: the store, the date range, how much of
// the network is drawn, and every filter in force.

import { QUAD_CLASS_LABELS, type StoreStats } from "../../graph-schema/index.ts";
import type { ViewState } from "./view-state.ts";

export interface ShownCounts {
  edges: number;
  /** Edges matching the filters, null when the store did not count them. */
  totalEdges: number | null;
  actors: number;
}

const lower = (text: string): string => text.toLowerCase().replace(/_/g, " ");

/** The filters in force, in words ("none" when there are none). */
export function describeFilters(state: ViewState, labelOf: (id: string) => string): string {
  const parts: string[] = [];
  if (state.mode === "ego" && state.focus)
    parts.push(`ego network of ${labelOf(state.focus)} (${state.hops} hop${state.hops === 1 ? "" : "s"})`);
  if (state.mode === "path" && state.pathFrom && state.pathTo)
    parts.push(`shortest path ${labelOf(state.pathFrom)} to ${labelOf(state.pathTo)}`);
  if (state.relationTypes.length > 0) parts.push(`relations ${state.relationTypes.map(lower).join(", ")}`);
  if (state.quads.length > 0) parts.push(state.quads.map((q) => QUAD_CLASS_LABELS[q].toLowerCase()).join(", "));
  if (state.actorTypes.length > 0) parts.push(`actors ${state.actorTypes.map(lower).join(", ")}`);
  if (state.sources.length > 0) parts.push(`sources ${state.sources.join(", ")}`);
  if (state.minCount > 1) parts.push(`at least ${state.minCount} statements per edge`);
  if (state.minConfidence > 0) parts.push(`statement confidence ≥ ${state.minConfidence}`);
  if (state.includeNegated) parts.push("negated statements shown (dashed)");
  if (state.includeHypothetical) parts.push("hypothetical statements shown (dashed)");
  return parts.length > 0 ? parts.join("; ") : "none";
}

/** The caption lines under an exported picture. */
export function viewCaption(
  state: ViewState,
  stats: StoreStats | null,
  shown: ShownCounts,
  labelOf: (id: string) => string,
  exportedOn: string,
): string[] {
  const from = state.from ?? stats?.firstDate ?? "start";
  const to = state.to ?? stats?.lastDate ?? "end";
  const edges =
    shown.totalEdges !== null
      ? `${shown.edges.toLocaleString("en")} of ${shown.totalEdges.toLocaleString("en")} edges`
      : `the ${shown.edges.toLocaleString("en")} strongest edges`;
  return [
    `newsgraph · store ${stats?.name ?? "(unknown)"} · exported ${exportedOn}`,
    `Statements dated ${from} – ${to} · showing ${edges} between ${shown.actors.toLocaleString("en")} actors`,
    `Filters: ${describeFilters(state, labelOf)}`,
  ];
}
