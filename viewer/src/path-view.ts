// A shortest path: each hop between two actors with the statements behind it (both directions, counted, the first
// few listed with their evidence, the rest one click away), or an honest "no path".

import type { ActorRef, StatementView } from "../../graph-schema/index.ts";
import { el } from "./dom.ts";
import { statementsText } from "./modality-counts.ts";
import { actorButton, button, type PanelActions } from "./panel-parts.ts";
import { renderStatementCard } from "./statement-card.ts";

/** Statements listed per hop; the evidence panel has the rest. */
export const HOP_STATEMENTS = 3;

export interface PathHop {
  from: ActorRef;
  to: ActorRef;
  /** Statements between the two in either direction under the filters. */
  total: number;
  /** The first HOP_STATEMENTS of them, in time order. */
  statements: StatementView[];
}

/** The path panel's body. */
export function renderPath(
  hops: PathHop[] | null,
  from: ActorRef,
  to: ActorRef,
  missing: number,
  actions: PanelActions,
): Node[] {
  if (hops === null) {
    return [el("p", { class: "empty-state" }, `No path between ${from.name} and ${to.name} within the search depth.`)];
  }
  return [
    el("p", { class: "summary" }, `${hops.length} hop${hops.length === 1 ? "" : "s"} from ${from.name} to ${to.name}`),
    el(
      "ol",
      { class: "path" },
      ...hops.map((hop, i) =>
        el(
          "li",
          { class: "hop", "data-hop": String(i + 1) },
          el(
            "p",
            { class: "hop-pair" },
            actorButton(hop.from, actions),
            " — ",
            actorButton(hop.to, actions),
            el("span", { class: "muted" }, ` · ${statementsText(hop.total)}`),
          ),
          hop.statements.length === 0
            ? el("p", { class: "muted" }, "No statement under the current filters (the path uses every statement).")
            : el("ol", { class: "statements" }, ...hop.statements.map(renderStatementCard)),
          hop.total > hop.statements.length
            ? button(`All ${statementsText(hop.total)}`, () => actions.openEvidence(hop.from.id, hop.to.id), {
                class: "small",
              })
            : null,
        ),
      ),
    ),
    missing > 0
      ? el(
          "p",
          { class: "muted" },
          `${missing} actor(s) on the path are outside the edges shown; raise "Max. edges" or clear filters to see them.`,
        )
      : null,
  ].filter((node) => node !== null);
}
