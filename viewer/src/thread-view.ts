// A response thread between two actors: their statements in time order, each response link on the statement that
// answers. The count says exactly how many links are shown; links below the confidence threshold are hidden and
// counted (one click shows them, marked as low confidence); a link whose answering statement is not in the list is
// shown below it, so no counted link is missing.

import type { ActorRef, ResponseView, StatementView } from "../../graph-schema/index.ts";
import { el } from "./dom.ts";
import { actorButton, button, type PanelActions } from "./panel-parts.ts";
import { renderStatementCard, statementDate } from "./statement-card.ts";
import { LOW_LINK_CONFIDENCE } from "./view-state.ts";

export interface ThreadData {
  a: ActorRef;
  b: ActorRef;
  statements: StatementView[];
  responses: ResponseView[];
}

/** Names a statement answered from outside the list: who, what, to whom, when. */
const outsideThread = (statement: StatementView): string =>
  `${statement.subject.name} (${statement.type.toLowerCase()} → ${statement.object.name}, ${statementDate(statement)})`;

const linksText = (n: number): string => `${n.toLocaleString("en")} response link${n === 1 ? "" : "s"}`;

function linkLine(link: ResponseView, number: ReadonlyMap<string, number>): HTMLElement {
  const earlier = number.get(link.to.id);
  const low = link.confidence < LOW_LINK_CONFIDENCE;
  return el(
    "p",
    { class: low ? "response-link low" : "response-link", "data-confidence": String(link.confidence) },
    `↳ responds to ${earlier ? `#${earlier}` : outsideThread(link.to)}`,
    link.cue ? ` — “${link.cue}”` : "",
    link.lagDays !== null ? `, ${link.lagDays} day${link.lagDays === 1 ? "" : "s"} later` : "",
    low
      ? el(
          "span",
          { class: "flag low-confidence", title: "Below the response-link confidence threshold" },
          ` low confidence ${link.confidence.toFixed(2)}`,
        )
      : "",
  );
}

/** The thread panel's body; `minConfidence` is the view's response-link threshold. */
export function renderThread(data: ThreadData, minConfidence: number, actions: PanelActions): Node[] {
  const { a, b, statements, responses } = data;
  const shown = responses.filter((link) => link.confidence >= minConfidence);
  const hidden = responses.length - shown.length;
  const number = new Map(statements.map((s, i) => [s.id, i + 1]));
  const answers = new Map<string, ResponseView[]>();
  const outside: ResponseView[] = [];
  for (const link of shown) {
    if (!number.has(link.from.id)) {
      outside.push(link);
      continue;
    }
    const list = answers.get(link.from.id) ?? [];
    list.push(link);
    answers.set(link.from.id, list);
  }
  const header = el("p", { class: "pair" }, actorButton(a, actions), " ↔ ", actorButton(b, actions));
  const count =
    responses.length === 0
      ? el(
          "p",
          { class: "empty-state", id: "no-responses" },
          "No response links were found between these actors: none of their statements is recorded as answering " +
            "another. The statements below are listed in time order only.",
        )
      : el(
          "p",
          { class: "summary", id: "thread-count" },
          `${linksText(shown.length)} shown`,
          shown.length > 0 && outside.length > 0 ? ` (${outside.length} from statements not listed, below)` : "",
        );
  const hiddenNote =
    hidden > 0
      ? el(
          "p",
          { class: "hidden-note", id: "thread-hidden" },
          `${linksText(hidden)} below ${minConfidence} confidence hidden. `,
          button("Show them", actions.showAllLinks, { class: "small", id: "show-low-links" }),
        )
      : null;
  const items = statements.map((statement, i) => {
    const card = renderStatementCard(statement);
    card.prepend(el("span", { class: "number" }, `#${i + 1} · ${statementDate(statement)}`));
    for (const link of answers.get(statement.id) ?? []) card.append(linkLine(link, number));
    return card;
  });
  const outsideItems = outside.map((link) => {
    const card = renderStatementCard(link.from);
    card.append(linkLine(link, number));
    return card;
  });
  return [
    header,
    count,
    hiddenNote,
    statements.length === 0
      ? el("p", { class: "muted" }, "No statements between these actors in the current view.")
      : el("ol", { class: "statements thread" }, ...items),
    outsideItems.length > 0
      ? el(
          "section",
          { id: "thread-outside" },
          el("h3", {}, "Responses from statements not listed above"),
          el("p", { class: "muted" }, "Said by a third actor, or left out by the filters."),
          el("ol", { class: "statements" }, ...outsideItems),
        )
      : null,
  ].filter((node) => node !== null);
}
