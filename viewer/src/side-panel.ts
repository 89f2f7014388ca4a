// The right-hand panel: one view at a time (evidence, actor, response thread, path), with a title, a close button
// and a loading or error state while its data is fetched.

import { el } from "./dom.ts";

/** The panel's frame; `show` swaps the body, `close` hides it. */
export class SidePanel {
  readonly element: HTMLElement;
  private readonly title: HTMLElement;
  private readonly body: HTMLElement;
  private readonly onClose: () => void;
  private generation = 0;

  constructor(onClose: () => void) {
    this.onClose = onClose;
    this.title = el("h2", { id: "panel-title" });
    const close = el("button", { type: "button", class: "close", "aria-label": "Close panel" }, "×");
    close.addEventListener("click", () => this.close());
    this.body = el("div", { class: "panel-body" });
    this.element = el(
      "aside",
      { id: "panel", "aria-labelledby": "panel-title", hidden: "" },
      el("header", {}, this.title, close),
      this.body,
    );
  }

  /** Shows a loading state, then the rendered result; a later `show` wins over an earlier one still loading. */
  async show<T>(kind: string, title: string, load: () => Promise<T>, render: (data: T) => Node[]): Promise<void> {
    const generation = ++this.generation;
    this.element.hidden = false;
    this.element.dataset.kind = kind;
    this.element.dataset.state = "loading";
    this.title.textContent = title;
    this.body.replaceChildren(el("p", { class: "muted" }, "Loading…"));
    try {
      const data = await load();
      if (generation !== this.generation) return;
      this.body.replaceChildren(...render(data));
      this.element.dataset.state = "ready";
    } catch (error) {
      if (generation !== this.generation) return;
      this.body.replaceChildren(el("p", { class: "error" }, error instanceof Error ? error.message : String(error)));
      this.element.dataset.state = "error";
    }
  }

  setTitle(title: string): void {
    this.title.textContent = title;
  }

  close(): void {
    this.generation++;
    this.element.hidden = true;
    delete this.element.dataset.kind;
    this.body.replaceChildren();
    this.onClose();
  }
}
