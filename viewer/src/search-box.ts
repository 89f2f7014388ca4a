// Actor search with autocomplete over names and aliases (/api/search), usable from the keyboard: arrows move,
// Enter chooses, Escape closes. An ARIA combobox so screen readers follow the active option.

import type { ActorMatch } from "../../graph-schema/index.ts";
import { el } from "./dom.ts";

export interface SearchBoxOptions {
  placeholder: string;
  /** Wait after the last keystroke before asking the server, in ms. */
  debounceMs: number;
  limit: number;
}

export const DEFAULT_SEARCH_BOX_OPTIONS: Readonly<SearchBoxOptions> = {
  placeholder: "Search actors (names, aliases)…",
  debounceMs: 150,
  limit: 10,
};

export type SearchFn = (text: string, limit: number, signal: AbortSignal) => Promise<ActorMatch[]>;

let searchBoxCount = 0;

/** Creates a search box; `onChoose` receives the chosen actor. */
export function createSearchBox(
  search: SearchFn,
  onChoose: (match: ActorMatch) => void,
  partial: Partial<SearchBoxOptions> = {},
): HTMLElement {
  const options = { ...DEFAULT_SEARCH_BOX_OPTIONS, ...partial };
  const id = `search-${++searchBoxCount}`;
  const input = el("input", {
    id,
    type: "search",
    role: "combobox",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": `${id}-list`,
    autocomplete: "off",
    placeholder: options.placeholder,
  });
  const list = el("ul", { id: `${id}-list`, role: "listbox", class: "suggestions", hidden: "" });
  let matches: ActorMatch[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let controller: AbortController | null = null;

  const close = (): void => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };
  const render = (): void => {
    list.replaceChildren(
      ...matches.map((match, i) => {
        const item = el(
          "li",
          { id: `${id}-option-${i}`, role: "option", "aria-selected": String(i === active), "data-actor": match.id },
          el("span", { class: "name" }, match.name),
          match.matched !== match.name ? el("span", { class: "alias" }, ` (${match.matched})`) : null,
          el("span", { class: "meta" }, ` ${match.type.toLowerCase()} · ${match.statements} statements`),
        );
        item.addEventListener("mousedown", (event) => {
          event.preventDefault();
          choose(i);
        });
        return item;
      }),
    );
    if (matches.length === 0 && input.value.trim() !== "") {
      list.append(el("li", { class: "empty", role: "option", "aria-disabled": "true" }, "No actor matches"));
    }
    list.hidden = input.value.trim() === "";
    input.setAttribute("aria-expanded", String(!list.hidden));
    if (active >= 0) input.setAttribute("aria-activedescendant", `${id}-option-${active}`);
    else input.removeAttribute("aria-activedescendant");
  };
  const choose = (index: number): void => {
    const match = matches[index];
    if (!match) return;
    input.value = match.name;
    close();
    onChoose(match);
  };
  const query = (): void => {
    controller?.abort();
    const text = input.value.trim();
    if (text === "") {
      matches = [];
      close();
      return;
    }
    controller = new AbortController();
    search(text, options.limit, controller.signal)
      .then((found) => {
        matches = found;
        active = found.length > 0 ? 0 : -1;
        render();
      })
      .catch((error: unknown) => {
        if (error instanceof DOMException && error.name === "AbortError") return;
        matches = [];
        list.replaceChildren(el("li", { class: "empty" }, `Search failed: ${String(error)}`));
        list.hidden = false;
      });
  };
  input.addEventListener("input", () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(query, options.debounceMs);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (matches.length === 0) return;
      event.preventDefault();
      const delta = event.key === "ArrowDown" ? 1 : -1;
      active = (active + delta + matches.length) % matches.length;
      render();
    } else if (event.key === "Enter") {
      event.preventDefault();
      choose(active < 0 ? 0 : active);
    } else if (event.key === "Escape") {
      close();
    }
  });
  input.addEventListener("blur", () => close());
  return el("div", { class: "search" }, input, list);
}
