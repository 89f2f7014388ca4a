// The node colour legend (actor types or communities, with counts); the edge legend lives in the quad-class filter.

import { clear, el } from "./dom.ts";
import type { LegendEntry } from "./style-nodes.ts";
import type { NodeColorScheme } from "./view-state.ts";

/** Fills `host` with the legend entries. */
export function renderLegend(host: HTMLElement, entries: LegendEntry[], scheme: NodeColorScheme): void {
  clear(host);
  host.append(
    el("h3", {}, scheme === "type" ? "Node colour: actor type" : "Node colour: community"),
    el(
      "ul",
      { class: "legend" },
      ...entries.map((entry) =>
        el(
          "li",
          {},
          el("span", { class: "swatch", style: `background:${entry.color}` }),
          `${entry.label} (${entry.count})`,
        ),
      ),
    ),
  );
}
