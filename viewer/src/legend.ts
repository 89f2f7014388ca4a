// The legend on the network: node colours (actor types or communities, with counts) and the edge key (thickness
// by statements, dashed for negated or hypothetical). Edge colours are keyed in the quad-class filter.

import { edgeSize } from "./build-display-graph.ts";
import { clear, el } from "./dom.ts";
import type { LegendEntry } from "./style-nodes.ts";
import type { NodeColorScheme } from "./view-state.ts";

/** Communities listed before "and N more" (the rest are in the exported legend's count). */
const MAX_ENTRIES = 10;

const line = (width: number, dashed: boolean): HTMLElement =>
  el("span", { class: dashed ? "edge-key dashed" : "edge-key", style: `border-top-width:${width.toFixed(1)}px` });

/** Fills `host` with the legend entries. */
export function renderLegend(host: HTMLElement, entries: LegendEntry[], scheme: NodeColorScheme): void {
  clear(host);
  host.append(
    el("h3", {}, scheme === "type" ? "Node colour: actor type" : "Node colour: community"),
    el(
      "ul",
      { class: "legend" },
      ...entries
        .slice(0, MAX_ENTRIES)
        .map((entry) =>
          el(
            "li",
            {},
            el("span", { class: "swatch", style: `background:${entry.color}` }),
            `${entry.label} (${entry.count})`,
          ),
        ),
      entries.length > MAX_ENTRIES ? el("li", { class: "muted" }, `and ${entries.length - MAX_ENTRIES} more`) : null,
    ),
    el(
      "p",
      { class: "edge-legend" },
      ...[1, 10, 100].flatMap((count) => [line(edgeSize(count), false), ` ${count} `]),
      "statements ",
      line(2, true),
      " negated or hypothetical",
    ),
  );
}
