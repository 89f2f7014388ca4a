// The viewer application: holds the view state, mirrors it in the URL, fetches the network for the current filters
// (debounced, cancelling stale requests) and keeps the graph, the panels and the controls in step with it.

import { MAX_GRAPH_LIMIT, type ActorGraph, type StoreStats } from "../../graph-schema/index.ts";
import { api } from "./api-client.ts";
import { clear, el } from "./dom.ts";
import { downloadFile, exportViewPng } from "./export-image.ts";
import { renderFilterPanel } from "./filter-panel.ts";
import { GraphView } from "./graph-view.ts";
import { renderLegend } from "./legend.ts";
import { PanelController } from "./panel-controller.ts";
import { createSearchBox } from "./search-box.ts";
import { createTimeSlider, type TimeSlider } from "./time-slider.ts";
import { installViewerProbe, type ViewerProbe } from "./viewer-probe.ts";
import { formatViewState, graphQueryString, parseViewState, type ViewState } from "./view-state.ts";
import { writeGexf } from "./write-gexf.ts";

/** Wait after the last filter change before asking for a new graph, in ms. */
export const GRAPH_DEBOUNCE_MS = 250;

export interface ViewerElements {
  graph: HTMLElement;
  filters: HTMLElement;
  legend: HTMLElement;
  status: HTMLElement;
  search: HTMLElement;
  toolbar: HTMLElement;
  modeBar: HTMLElement;
  panelHost: HTMLElement;
}

/** Starts the viewer in the given elements. */
export async function startViewer(elements: ViewerElements): Promise<void> {
  let state = parseViewState(window.location.search);
  let stats: StoreStats | null = null;
  let slider: TimeSlider | null = null;
  let lastQuery = "";
  let lastGraph: ActorGraph | null = null;
  let graphTimer: ReturnType<typeof setTimeout> | null = null;
  let graphController: AbortController | null = null;

  const view = new GraphView(
    elements.graph,
    {
      onClickNode: (node) => update({ actor: node, edge: null, thread: null }),
      onClickEdge: (edge) => update({ edge, actor: null, thread: null }),
      onClickStage: () => update({ actor: null, edge: null, thread: null }),
      onLayoutChange: (running) => {
        layoutButton.textContent = running ? "■ Stop layout" : "▶ Run layout";
        layoutButton.setAttribute("aria-pressed", String(running));
      },
      onLegend: (legend) => renderLegend(elements.legend, legend, state.color),
    },
    state.size,
    state.color,
  );
  const probe: ViewerProbe = installViewerProbe(view, () => state);

  const panels = new PanelController(elements.panelHost, view, {
    change: (change) => update(change),
    current: () => state,
  });

  function update(change: Partial<ViewState>): void {
    const before = state;
    state = { ...state, ...change };
    if (state.mode !== "ego") state = { ...state, focus: null };
    if (state.mode !== "path") state = { ...state, pathFrom: null, pathTo: null };
    const query = formatViewState(state);
    window.history.replaceState(null, "", query ? `?${query}` : window.location.pathname);
    if (before.size !== state.size || before.color !== state.color) view.setStyle(state.size, state.color);
    renderModeBar();
    // Only a different /api/graph query needs a new graph; anything else (selection, path, thread) is local.
    if (graphQueryString(state) !== graphQueryString(before)) scheduleGraph();
    else panels.sync(before);
  }

  function scheduleGraph(): void {
    if (graphTimer) clearTimeout(graphTimer);
    graphTimer = setTimeout(() => void loadGraph(), GRAPH_DEBOUNCE_MS);
  }

  async function loadGraph(): Promise<void> {
    const query = graphQueryString(state);
    if (query === lastQuery) return;
    graphController?.abort();
    graphController = new AbortController();
    document.body.dataset.graphState = "loading";
    elements.status.textContent = "Loading network…";
    let data: ActorGraph;
    try {
      data = await api.graph(query, graphController.signal);
    } catch (error) {
      if (error instanceof DOMException && error.name === "AbortError") return;
      document.body.dataset.graphState = "error";
      elements.status.textContent = error instanceof Error ? error.message : String(error);
      return;
    }
    lastQuery = query;
    lastGraph = data;
    view.setData(data);
    renderStatus(data);
    renderModeBar();
    panels.sync(null);
    probe.graphVersion++;
    document.body.dataset.graphState = "ready";
  }

  function renderStatus(data: ActorGraph): void {
    const edges = data.edges?.length ?? 0;
    const nodes = data.nodes?.length ?? 0;
    const attributes = (data.attributes ?? {}) as { totalEdges?: unknown };
    const total = typeof attributes.totalEdges === "number" ? attributes.totalEdges : null;
    const capped = edges >= Math.min(state.limit, MAX_GRAPH_LIMIT);
    const parts = [
      total !== null
        ? `showing ${edges.toLocaleString("en")} of ${total.toLocaleString("en")} edges`
        : `showing ${edges.toLocaleString("en")} edges${capped ? ` (the ${edges.toLocaleString("en")} strongest)` : ""}`,
      `${nodes.toLocaleString("en")} actors`,
    ];
    if (stats) {
      parts.push(
        `store: ${stats.actors.toLocaleString("en")} actors, ${stats.relations.toLocaleString("en")} statements, ` +
          `${stats.articles.toLocaleString("en")} articles`,
      );
    }
    elements.status.textContent = parts.join(" · ");
  }

  function renderFilters(): void {
    slider?.stop();
    slider = createTimeSlider(state, stats?.firstDate ?? null, stats?.lastDate ?? null, update);
    clear(elements.filters);
    elements.filters.append(slider.element, renderFilterPanel(state, stats, update));
  }

  function renderModeBar(): void {
    const back = el("button", { type: "button", id: "mode-network" }, "Back to the whole network");
    back.addEventListener("click", () => update({ mode: "network" }));
    const label =
      state.mode === "ego" && state.focus
        ? `Ego network of ${view.labelOf(state.focus)}, ${state.hops} hop${state.hops === 1 ? "" : "s"}`
        : state.mode === "path" && state.pathFrom
          ? `Shortest path from ${view.labelOf(state.pathFrom)}${state.pathTo ? ` to ${view.labelOf(state.pathTo)}` : ""}`
          : null;
    clear(elements.modeBar);
    elements.modeBar.hidden = label === null;
    if (label === null) return;
    elements.modeBar.append(el("span", { id: "mode-label" }, label));
    if (state.mode === "path" && state.pathFrom && !state.pathTo) {
      elements.modeBar.append(
        createSearchBox(
          (text, limit, signal) => api.search(text, limit, signal),
          (match) => update({ pathTo: match.id, actor: null, edge: null, thread: null }),
          { placeholder: "…to which actor?" },
        ),
      );
    }
    elements.modeBar.append(back);
  }

  const layoutButton = el("button", { type: "button", id: "layout-toggle", "aria-pressed": "false" }, "▶ Run layout");
  layoutButton.addEventListener("click", () => view.toggleLayout());
  const pngButton = el("button", { type: "button", id: "export-png" }, "PNG");
  pngButton.addEventListener("click", () => {
    void exportViewPng(view.sigma).then((blob) => downloadFile("newsgraph.png", blob));
  });
  const gexfButton = el("button", { type: "button", id: "export-gexf" }, "GEXF");
  gexfButton.addEventListener("click", () =>
    downloadFile(
      "newsgraph.gexf",
      writeGexf(view.getGraph(), `newsgraph view ?${formatViewState(state)}`),
      "application/xml",
    ),
  );
  const linkButton = el("button", { type: "button", id: "copy-link" }, "Copy link");
  linkButton.addEventListener("click", () => {
    void navigator.clipboard?.writeText(window.location.href).then(() => (linkButton.textContent = "Link copied"));
  });
  elements.toolbar.append(layoutButton, pngButton, gexfButton, linkButton);
  elements.search.append(
    createSearchBox(
      (text, limit, signal) => api.search(text, limit, signal),
      (match) => panels.chooseActor(match.id),
    ),
  );

  // The network first, then the statistics for the filters: the server answers one query at a time, and the
  // analyst waits for the picture, not for the slider bounds.
  renderModeBar();
  await loadGraph();
  try {
    stats = await api.stats();
  } catch (error) {
    elements.status.textContent = `Could not read store statistics: ${error instanceof Error ? error.message : String(error)}`;
  }
  renderFilters();
  if (stats && lastGraph) renderStatus(lastGraph);
}
