// What the side panel shows: evidence behind an edge, an actor's profile, a response thread between two actors and
// a shortest path. Each view is a pure function from API data to DOM nodes; actions come in as callbacks.

import type {
  ActorDetails,
  ActorRef,
  ActorRole,
  RelationCount,
  ResponseView,
  StatementView,
} from "../../graph-schema/index.ts";
import { el, safeLink } from "./dom.ts";
import { renderStatementCard, statementDate } from "./statement-card.ts";

export interface PanelActions {
  openActor: (id: string) => void;
  openThread: (a: string, b: string) => void;
  showEgo: (id: string, hops: 1 | 2) => void;
  startPath: (id: string) => void;
}

const button = (text: string, onClick: () => void, attributes: Record<string, string> = {}): HTMLButtonElement => {
  const b = el("button", { type: "button", ...attributes }, text);
  b.addEventListener("click", onClick);
  return b;
};

const actorButton = (actor: ActorRef, actions: PanelActions): HTMLElement =>
  button(actor.name, () => actions.openActor(actor.id), { class: "link", "data-actor": actor.id });

/** Evidence behind the edge subject → object: every statement, in time order. */
export function renderEvidence(
  subject: ActorRef,
  object: ActorRef,
  statements: StatementView[],
  actions: PanelActions,
): Node[] {
  const negated = statements.filter((s) => s.negated).length;
  const hypothetical = statements.filter((s) => s.hypothetical).length;
  return [
    el("p", { class: "pair" }, actorButton(subject, actions), " → ", actorButton(object, actions)),
    el(
      "p",
      { class: "summary" },
      `${statements.length} statement${statements.length === 1 ? "" : "s"}`,
      negated > 0 ? `, ${negated} negated` : "",
      hypothetical > 0 ? `, ${hypothetical} hypothetical` : "",
    ),
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

function relationList(
  owner: string,
  title: string,
  relations: RelationCount[],
  arrow: string,
  actions: PanelActions,
): HTMLElement {
  return el(
    "section",
    {},
    el("h3", {}, title),
    relations.length === 0
      ? el("p", { class: "muted" }, "None")
      : el(
          "ul",
          { class: "relations" },
          ...relations.map((r) =>
            el(
              "li",
              {},
              `${arrow} ${r.type.toLowerCase()} `,
              actorButton(r.actor, actions),
              ` × ${r.count} `,
              button("thread", () => actions.openThread(owner, r.actor.id), {
                class: "small",
                title: "Response thread",
              }),
            ),
          ),
        ),
  );
}

/** Roles grouped by title, each with the span of dates it was seen (an actor holds a role across many articles). */
export function roleSpans(roles: readonly ActorRole[]): { title: string; dates: string }[] {
  const spans = new Map<string, { title: string; first: string | null; last: string | null }>();
  for (const role of roles) {
    const key = role.title.toLowerCase();
    const date = role.date?.slice(0, 10) ?? null;
    const span = spans.get(key) ?? { title: role.title, first: date, last: date };
    if (date && (!span.first || date < span.first)) span.first = date;
    if (date && (!span.last || date > span.last)) span.last = date;
    spans.set(key, span);
  }
  return [...spans.values()].map(({ title, first, last }) => ({
    title,
    dates: first && last && first !== last ? `${first} – ${last}` : (first ?? ""),
  }));
}

/** An actor's profile: names, roles, relations and the articles that mention it. */
export function renderActor(details: ActorDetails, actions: PanelActions): Node[] {
  const a = details.actor;
  return [
    el("p", { class: "actor-type" }, a.type.toLowerCase(), a.affiliation ? ` · ${a.affiliation.name}` : ""),
    a.aliases.length > 0 ? el("p", { class: "aliases" }, "Also: ", a.aliases.join(", ")) : null,
    a.roles.length > 0
      ? el(
          "ul",
          { class: "roles" },
          ...roleSpans(a.roles).map((r) => el("li", {}, r.title, r.dates ? ` (${r.dates})` : "")),
        )
      : null,
    el(
      "p",
      { class: "summary" },
      `${details.statementsAsSubject} statements as subject, ${details.statementsAsObject} as object`,
    ),
    el(
      "div",
      { class: "actions" },
      button("Ego network (1 hop)", () => actions.showEgo(a.id, 1), { id: "ego-1" }),
      button("2 hops", () => actions.showEgo(a.id, 2), { id: "ego-2" }),
      button("Path from here…", () => actions.startPath(a.id), { id: "path-from" }),
    ),
    relationList(a.id, "Strongest outgoing", details.outgoing, "→", actions),
    relationList(a.id, "Strongest incoming", details.incoming, "←", actions),
    el(
      "section",
      {},
      el("h3", {}, `Articles (${details.articles.length})`),
      el(
        "ul",
        { class: "articles" },
        ...details.articles.map((article) =>
          el(
            "li",
            {},
            el("time", {}, (article.published ?? "undated").slice(0, 10)),
            " ",
            safeLink(article.url, article.title || "(untitled article)"),
            article.source ? ` · ${article.source}` : "",
          ),
        ),
      ),
    ),
  ].filter((node) => node !== null);
}

/** Names a statement answered from outside the pair's thread: who, what, to whom, when. */
const outsideThread = (statement: StatementView): string =>
  `${statement.subject.name} (${statement.type.toLowerCase()} → ${statement.object.name}, ${statementDate(statement)})`;

/**
 * The statements between two actors in time order, each response linked to the statement it answers. Without
 * response links it says so plainly and lists the statements without implying any exchange.
 */
export function renderThread(
  a: ActorRef,
  b: ActorRef,
  statements: StatementView[],
  responses: ResponseView[],
  actions: PanelActions,
): Node[] {
  const number = new Map(statements.map((s, i) => [s.id, i + 1]));
  const answers = new Map<string, ResponseView[]>();
  for (const response of responses) {
    const list = answers.get(response.from.id) ?? [];
    list.push(response);
    answers.set(response.from.id, list);
  }
  const header = el("p", { class: "pair" }, actorButton(a, actions), " ↔ ", actorButton(b, actions));
  const note =
    responses.length === 0
      ? el(
          "p",
          { class: "empty-state", id: "no-responses" },
          "No response links were found between these actors: none of their statements is recorded as answering " +
            "another. The statements below are listed in time order only.",
        )
      : el("p", { class: "summary" }, `${responses.length} response link${responses.length === 1 ? "" : "s"}`);
  const items = statements.map((statement, i) => {
    const card = renderStatementCard(statement);
    card.prepend(el("span", { class: "number" }, `#${i + 1} · ${statementDate(statement)}`));
    for (const link of answers.get(statement.id) ?? []) {
      const earlier = number.get(link.to.id);
      card.append(
        el(
          "p",
          { class: "response-link" },
          `↳ responds to ${earlier ? `#${earlier}` : outsideThread(link.to)}`,
          link.cue ? ` — “${link.cue}”` : "",
          link.lagDays !== null ? `, ${link.lagDays} day${link.lagDays === 1 ? "" : "s"} later` : "",
        ),
      );
    }
    return card;
  });
  return [
    header,
    note,
    statements.length === 0
      ? el("p", { class: "muted" }, "No statements between these actors in the current view.")
      : el("ol", { class: "statements thread" }, ...items),
  ];
}

/** A shortest path as a list of actors, or an honest "no path". */
export function renderPath(
  path: ActorRef[] | null,
  from: ActorRef,
  to: ActorRef,
  missing: number,
  actions: PanelActions,
): Node[] {
  if (path === null) {
    return [el("p", { class: "empty-state" }, `No path between ${from.name} and ${to.name} within the search depth.`)];
  }
  return [
    el("p", { class: "summary" }, `${path.length - 1} hop${path.length === 2 ? "" : "s"}`),
    el("ol", { class: "path" }, ...path.map((actor) => el("li", {}, actorButton(actor, actions)))),
    missing > 0
      ? el(
          "p",
          { class: "muted" },
          `${missing} actor(s) on the path are outside the edges shown; raise "Max. edges" or clear filters to see them.`,
        )
      : null,
  ].filter((node) => node !== null);
}
