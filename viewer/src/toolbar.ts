// The toolbar: run/stop the layout, fit the view to the selection, reset the camera, open the actor table, export
// PNG or GEXF, copy a link to the view.

import { el } from "./dom.ts";

export interface ToolbarActions {
  toggleLayout: () => void;
  fit: () => void;
  resetCamera: () => void;
  toggleTable: () => void;
  exportPng: () => void;
  exportGexf: () => void;
}

function toolButton(id: string, text: string, title: string, onClick: () => void): HTMLButtonElement {
  const b = el("button", { type: "button", id, title }, text);
  b.addEventListener("click", onClick);
  return b;
}

export function createToolbar(actions: ToolbarActions) {
  const layout = toolButton(
    "layout-toggle",
    "▶ Run layout",
    "Run the force layout again from the current positions",
    actions.toggleLayout,
  );
  layout.setAttribute("aria-pressed", "false");
  const table = toolButton(
    "table-toggle",
    "Actors table",
    "Every actor under the filters, sortable",
    actions.toggleTable,
  );
  table.setAttribute("aria-pressed", "false");
  const link = toolButton("copy-link", "Copy link", "The address holds the whole view", () => {
    void navigator.clipboard?.writeText(window.location.href).then(() => (link.textContent = "Link copied"));
  });
  const element = el(
    "div",
    { class: "tools" },
    layout,
    toolButton("camera-fit", "Fit", "Frame the highlighted actors, or the whole network", actions.fit),
    toolButton("camera-reset", "Reset view", "Show the whole network", actions.resetCamera),
    table,
    toolButton("export-png", "PNG", "The view as a picture with legend and caption", actions.exportPng),
    toolButton("export-gexf", "GEXF", "The view for Gephi, with colours and time intervals", actions.exportGexf),
    link,
  );
  return {
    element,
    setLayoutRunning(running: boolean): void {
      layout.textContent = running ? "■ Stop layout" : "▶ Run layout";
      layout.setAttribute("aria-pressed", String(running));
    },
    setTableOpen(open: boolean): void {
      table.setAttribute("aria-pressed", String(open));
    },
  };
}
