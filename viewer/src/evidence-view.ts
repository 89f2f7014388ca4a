// The evidence behind a pair: a switch between its two directions (each with its count), how many statements are
// listed of how many there are, how many the negated/hypothetical toggles hide (one click shows them), and every
// listed statement in time order.

import type { ActorRef, PairSummary, StatementView } from "../../graph-schema/index.ts";
import { el } from "./dom.ts";
import { describeModality, hiddenCount, shownCount, statementsText, type Toggles } from "./modality-counts.ts";
import { actorButton, button, type PanelActions } from "./panel-parts.ts";
import { renderStatementCard } from "./statement-card.ts";

export interface EvidenceData {
  subject: ActorRef;
  object: ActorRef;
  summary: PairSummary;
  statements: StatementView[];
}

export interface EvidenceActions extends PanelActions {
  /** Lists up to `limit` statements instead of the first page. */
  showMore: (limit: number) => void;
}

/** Longest list the evidence panel asks for (the API's maximum). */
export const MAX_EVIDENCE_LISTED = 2_000;

function directionTab(from: ActorRef, to: ActorRef, count: number, selected: boolean, onClick: () => void, id: string) {
  const tab = button(`${from.name} → ${to.name} · ${count.toLocaleString("en")}`, onClick, {
    role: "tab",
    id,
    "aria-selected": String(selected),
    class: selected ? "tab selected" : "tab",
  });
  if (count === 0) tab.title = "No statement in this direction under the current filters";
  return tab;
}

/** The evidence panel's body. */
export function renderEvidence(data: EvidenceData, toggles: Toggles, actions: EvidenceActions): Node[] {
  const { subject, object, summary, statements } = data;
  const eligible = shownCount(summary.forward, toggles);
  const hidden = hiddenCount(summary.forward, toggles);
  const listed = statements.length;
  const switcher = el(
    "div",
    { class: "direction-switch", role: "tablist", "aria-label": "Direction" },
    directionTab(subject, object, shownCount(summary.forward, toggles), true, () => undefined, "direction-forward"),
    directionTab(
      object,
      subject,
      shownCount(summary.backward, toggles),
      false,
      () => actions.openEvidence(object.id, subject.id),
      "direction-backward",
    ),
  );
  const count = el(
    "p",
    { class: "summary", id: "evidence-count" },
    listed < eligible
      ? `Listing the first ${listed.toLocaleString("en")} of ${statementsText(eligible)}`
      : `${statementsText(eligible)}`,
    summary.forward.total > 0
      ? ` (of ${summary.forward.total.toLocaleString("en")} in all: ${describeModality(summary.forward)})`
      : "",
  );
  const notes: Node[] = [];
  if (hidden > 0) {
    notes.push(
      el(
        "p",
        { class: "hidden-note", id: "evidence-hidden" },
        `${hidden.toLocaleString("en")} negated or hypothetical ${hidden === 1 ? "statement is" : "statements are"} hidden. `,
        button("Show them", actions.showHedged, { class: "small", id: "show-hedged" }),
      ),
    );
  }
  if (listed < eligible) {
    const more = Math.min(eligible, MAX_EVIDENCE_LISTED);
    notes.push(
      button(
        `List ${more === eligible ? "all" : "the first"} ${more.toLocaleString("en")}`,
        () => actions.showMore(more),
        { id: "evidence-more" },
      ),
    );
  }
  return [
    el("p", { class: "pair" }, actorButton(subject, actions), " → ", actorButton(object, actions)),
    switcher,
    count,
    ...notes,
    el(
      "div",
      { class: "actions" },
      button("Response thread", () => actions.openThread(subject.id, object.id), { id: "open-thread" }),
    ),
    statements.length === 0
      ? el("p", { class: "muted" }, "No statement matches the current filters.")
      : el("ol", { class: "statements" }, ...statements.map(renderStatementCard)),
  ];
}
