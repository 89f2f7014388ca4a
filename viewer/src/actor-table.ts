// The actor table under the network: every actor in a statement that passes the filters (not only those drawn),
// with type, statements in and out, articles and first/last date. Headers sort it on the server; a row selects
// the actor in the graph (or opens its ego network when it is not drawn); pages of 100.

import { ACTOR_TABLE_SORTS, type ActorTable, type ActorTableSort } from "../../graph-schema/index.ts";
import { api } from "./api-client.ts";
import { el } from "./dom.ts";
import { filterParams, type ViewState } from "./view-state.ts";

export const TABLE_PAGE = 100;

const COLUMN_TITLES: Readonly<Record<ActorTableSort, string>> = {
  name: "Actor",
  type: "Type",
  in: "Statements in",
  out: "Statements out",
  articles: "Articles",
  first: "First",
  last: "Last",
};

export interface ActorTableHost {
  change: (change: Partial<ViewState>) => void;
  chooseActor: (id: string) => void;
  /** True when the actor is drawn in the current view. */
  drawn: (id: string) => boolean;
}

/** The `/api/actor-table` query of a state and a page offset. */
export function actorTableQuery(state: ViewState, offset: number): string {
  const p = filterParams(state);
  p.set("sort", state.tableSort);
  p.set("order", state.tableDescending ? "desc" : "asc");
  p.set("limit", String(TABLE_PAGE));
  p.set("offset", String(offset));
  return p.toString();
}

/** The table's element and its loader; `load` fetches the page for the state (first page unless paging). */
export function createActorTable(host: ActorTableHost) {
  const element = el("section", { id: "actor-table", "aria-label": "Actors" });
  let offset = 0;
  let lastQuery = "";
  let controller: AbortController | null = null;

  function header(state: ViewState): HTMLElement {
    return el(
      "tr",
      {},
      ...ACTOR_TABLE_SORTS.map((sort) => {
        const active = state.tableSort === sort;
        const b = el(
          "button",
          { type: "button", class: "sort", "data-sort": sort },
          COLUMN_TITLES[sort],
          active ? (state.tableDescending ? " ▼" : " ▲") : "",
        );
        b.addEventListener("click", () =>
          host.change(
            active
              ? { tableDescending: !state.tableDescending }
              : { tableSort: sort, tableDescending: sort !== "name" && sort !== "type" },
          ),
        );
        return el(
          "th",
          { scope: "col", "aria-sort": active ? (state.tableDescending ? "descending" : "ascending") : "none" },
          b,
        );
      }),
    );
  }

  function render(state: ViewState, table: ActorTable): void {
    const rows = table.rows.map((row) => {
      const tr = el(
        "tr",
        { "data-actor": row.id, tabindex: "0", class: host.drawn(row.id) ? "drawn" : "not-drawn" },
        el("td", {}, row.name),
        el("td", {}, row.type.toLowerCase()),
        el("td", { class: "number" }, row.statementsIn.toLocaleString("en")),
        el("td", { class: "number" }, row.statementsOut.toLocaleString("en")),
        el("td", { class: "number" }, row.articles.toLocaleString("en")),
        el("td", {}, row.firstDate ?? "–"),
        el("td", {}, row.lastDate ?? "–"),
      );
      tr.title = host.drawn(row.id) ? "Select in the network" : "Not among the edges drawn: opens its ego network";
      tr.addEventListener("click", () => host.chooseActor(row.id));
      tr.addEventListener("keydown", (event) => {
        if (event.key === "Enter") host.chooseActor(row.id);
      });
      return tr;
    });
    const first = table.total === 0 ? 0 : offset + 1;
    const last = offset + table.rows.length;
    const previous = el("button", { type: "button", id: "table-previous" }, "‹ Previous");
    previous.disabled = offset === 0;
    previous.addEventListener("click", () => void page(state, Math.max(0, offset - TABLE_PAGE)));
    const next = el("button", { type: "button", id: "table-next" }, "Next ›");
    next.disabled = last >= table.total;
    next.addEventListener("click", () => void page(state, offset + TABLE_PAGE));
    const close = el("button", { type: "button", class: "close", "aria-label": "Close the actor table" }, "×");
    close.addEventListener("click", () => host.change({ table: false }));
    element.replaceChildren(
      el(
        "header",
        {},
        el("h2", {}, "Actors"),
        el(
          "span",
          { id: "table-count" },
          `${first.toLocaleString("en")}–${last.toLocaleString("en")} of ${table.total.toLocaleString("en")} actors in statements that pass the filters`,
        ),
        previous,
        next,
        close,
      ),
      el("div", { class: "table-scroll" }, el("table", {}, el("thead", {}, header(state)), el("tbody", {}, ...rows))),
    );
    element.dataset.state = "ready";
  }

  async function page(state: ViewState, at: number): Promise<void> {
    const query = actorTableQuery(state, at);
    if (query === lastQuery) return;
    controller?.abort();
    controller = new AbortController();
    element.dataset.state = "loading";
    try {
      const table = await api.actorTable(query, controller.signal);
      offset = at;
      lastQuery = query;
      render(state, table);
    } catch (error) {
      if (error instanceof DOMException && error.name === "AbortError") return;
      element.replaceChildren(el("p", { class: "error" }, error instanceof Error ? error.message : String(error)));
      element.dataset.state = "error";
    }
  }

  return {
    element,
    /** Loads the first page for the state (a new sort or filter starts over). */
    load: (state: ViewState): Promise<void> => page(state, 0),
    /** Marks the rows of drawn actors again after the network changed. */
    refreshDrawn: (): void => {
      for (const tr of element.querySelectorAll<HTMLTableRowElement>("tbody tr")) {
        tr.className = host.drawn(tr.dataset.actor ?? "") ? "drawn" : "not-drawn";
      }
    },
  };
}
