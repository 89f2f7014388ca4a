// An actor's profile in the side panel: type, affiliation, names and roles; statements as subject and object by
// modality (the hidden ones counted, one click away); the strongest relations out of how many; the latest
// articles out of how many.

import type { ActorDetails, ActorRole, ModalityCounts, RelationCount } from "../../graph-schema/index.ts";
import { el, safeLink } from "./dom.ts";
import { describeModality, hiddenCount, statementsText, type Toggles } from "./modality-counts.ts";
import { actorButton, button, type PanelActions } from "./panel-parts.ts";

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

function relationList(
  owner: string,
  title: string,
  relations: RelationCount[],
  total: number,
  arrow: string,
  actions: PanelActions,
): HTMLElement {
  return el(
    "section",
    {},
    el("h3", {}, relations.length < total ? `${title} (${relations.length} of ${total.toLocaleString("en")})` : title),
    relations.length === 0
      ? el("p", { class: "muted" }, "None asserted")
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

function modalityLine(id: string, side: string, counts: ModalityCounts): HTMLElement {
  return el(
    "li",
    { id },
    `${statementsText(counts.total)} as ${side}`,
    counts.total > 0 ? el("span", { class: "muted" }, ` (${describeModality(counts)})`) : "",
  );
}

/** An actor's profile: names, roles, statements by modality, relations and the articles that mention it. */
export function renderActor(details: ActorDetails, toggles: Toggles, actions: PanelActions): Node[] {
  const a = details.actor;
  const { asSubject, asObject } = details.modality;
  const hidden = hiddenCount(asSubject, toggles) + hiddenCount(asObject, toggles);
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
      "ul",
      { class: "modality" },
      modalityLine("statements-subject", "subject", asSubject),
      modalityLine("statements-object", "object", asObject),
    ),
    hidden > 0
      ? el(
          "p",
          { class: "hidden-note", id: "actor-hidden" },
          `${hidden.toLocaleString("en")} negated or hypothetical ${hidden === 1 ? "statement is" : "statements are"} hidden from the network and relations. `,
          button("Show them", actions.showHedged, { class: "small", id: "show-hedged" }),
        )
      : null,
    el(
      "div",
      { class: "actions" },
      button("Ego network (1 hop)", () => actions.showEgo(a.id, 1), { id: "ego-1" }),
      button("2 hops", () => actions.showEgo(a.id, 2), { id: "ego-2" }),
      button("Path from here…", () => actions.startPath(a.id), { id: "path-from" }),
    ),
    relationList(a.id, "Strongest outgoing", details.outgoing, details.outgoingPairs, "→", actions),
    relationList(a.id, "Strongest incoming", details.incoming, details.incomingPairs, "←", actions),
    el(
      "section",
      {},
      el(
        "h3",
        { id: "articles-count" },
        details.articles.length < details.articleCount
          ? `Articles: the latest ${details.articles.length} of ${details.articleCount.toLocaleString("en")}`
          : `Articles (${details.articleCount.toLocaleString("en")})`,
      ),
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
