// The viewer application: holds the view state, mirrors it in the URL, fetches the network for the current filters
// (debounced, cancelling stale requests) and keeps the graph, the panels, the actor table, the histogram and the
// controls in step with it.

import type { ActorGraph, StoreStats } from "../../graph-schema/index.ts";
import { createActorTable } from "./actor-table.ts";
import { api } from "./api-client.ts";
import { clear, el } from "./dom.ts";
import { downloadFile, exportViewPng } from "./export-image.ts";
import { renderFilterPanel } from "./filter-panel.ts";
import { GraphView } from "./graph-view.ts";
import { renderLegend } from "./legend.ts";
import { PanelController } from "./panel-controller.ts";
import { createSearchBox } from "./search-box.ts";
import type { LegendEntry } from "./style-nodes.ts";
import { createTimeSlider, type TimeSlider } from "./time-slider.ts";
import { createToolbar } from "./toolbar.ts";
import { describeFilters, viewCaption } from "./view-caption.ts";
import { installViewerProbe, type ViewerProbe } from "./viewer-probe.ts";
import { filterParams, formatViewState, graphQueryString, parseViewState, type ViewState } from "./view-state.ts";
import { statusLine } from "./status-line.ts";
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
  tableHost: HTMLElement;
}

/** Fields the filter column shows: when something else changes them, the column is drawn again. */
const FILTER_FIELDS = [
  "relationTypes",
  "quads",
  "actorTypes",
  "sources",
  "minCount",
  "includeNegated",
  "includeHypothetical",
  "minConfidence",
  "linkConfidence",
  "size",
  "color",
  "labels",
  "limit",
] as const satisfies readonly (keyof ViewState)[];

const differs = (a: ViewState, b: ViewState, fields: readonly (keyof ViewState)[]): boolean =>
  fields.some((field) => String(a[field]) !== String(b[field]));

/** The histogram's query: every filter but the date window, which it shows. */
const daysQuery = (state: ViewState): string => filterParams({ ...state, from: null, to: null }).toString();

/** Starts the viewer in the given elements. */
export async function startViewer(elements: ViewerElements): Promise<void> {
  let state = parseViewState(window.location.search);
  let stats: StoreStats | null = null;
  let slider: TimeSlider | null = null;
  let lastQuery = "";
  let lastDays = "";
  let lastGraph: ActorGraph | null = null;
  let legend: LegendEntry[] = [];
  let graphTimer: ReturnType<typeof setTimeout> | null = null;
  let graphController: AbortController | null = null;
  let communitiesPrimed = false;
  // Ask for the network before anything else: the server works on it while sigma compiles its WebGL programs.
  let prefetched: { query: string; answer: Promise<ActorGraph> } | null =
    state.mode === "network" ? { query: graphQueryString(state), answer: api.graph(graphQueryString(state)) } : null;
  prefetched?.answer.catch(() => undefined);

  const view = new GraphView(
    elements.graph,
    {
      onClickNode: (node) => update({ actor: node, edge: null, thread: null }),
      onClickEdge: (pair) => update({ edge: pair, actor: null, thread: null }),
      onClickStage: () => update({ actor: null, edge: null, thread: null }),
      onLayoutChange: (running) => toolbar.setLayoutRunning(running),
      onLegend: (entries) => {
        legend = entries;
        renderLegend(elements.legend, entries, state.color);
      },
    },
    { size: state.size, color: state.color, labels: state.labels },
  );
  const probe: ViewerProbe = installViewerProbe(view, () => state);
  const panels = new PanelController(elements.panelHost, view, {
    change: (change) => update(change),
    current: () => state,
  });
  const table = createActorTable({
    change: (change) => update(change),
    chooseActor: (id) => panels.chooseActor(id),
    drawn: (id) => view.getGraph().hasNode(id),
  });
  elements.tableHost.append(table.element);

  function update(change: Partial<ViewState>, fromFilters = false): void {
    const before = state;
    state = { ...state, ...change };
    if (state.mode !== "ego") state = { ...state, focus: null };
    if (state.mode !== "path") state = { ...state, pathFrom: null, pathTo: null };
    const query = formatViewState(state);
    window.history.replaceState(null, "", query ? `?${query}` : window.location.pathname);
    if (differs(before, state, ["size", "color", "labels"])) {
      view.setDisplay({ size: state.size, color: state.color, labels: state.labels });
    }
    if (!fromFilters && differs(before, state, FILTER_FIELDS)) renderFilters();
    if (before.mode !== state.mode && state.mode === "network") view.resetCamera();
    renderModeBar();
    syncTable(before);
    if (daysQuery(state) !== lastDays) void loadDays();
    // Only a different /api/graph query needs a new graph; anything else (selection, path, thread) is local.
    if (graphQueryString(state) !== graphQueryString(before)) scheduleGraph();
    else panels.sync(before);
  }

  function syncTable(before: ViewState): void {
    elements.tableHost.hidden = !state.table;
    document.body.classList.toggle("with-table", state.table);
    toolbar.setTableOpen(state.table);
    if (
      state.table &&
      (!before.table ||
        filterParams(before).toString() !== filterParams(state).toString() ||
        differs(before, state, ["tableSort", "tableDescending"]))
    ) {
      void table.load(state);
    }
  }

  function scheduleGraph(): void {
    if (graphTimer) clearTimeout(graphTimer);
    graphTimer = setTimeout(() => void loadGraph(), GRAPH_DEBOUNCE_MS);
  }

  /** An ego or path view opened first: learn the whole network's communities, so colours match it later. */
  async function primeCommunities(signal: AbortSignal): Promise<void> {
    if (communitiesPrimed || state.mode === "network") return;
    communitiesPrimed = true;
    view.rememberCommunities(await api.graph(graphQueryString({ ...state, mode: "network" }), signal));
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
      await primeCommunities(graphController.signal);
      const early = prefetched?.query === query ? prefetched.answer : null;
      prefetched = null;
      data = await (early ?? api.graph(query, graphController.signal));
    } catch (error) {
      if (error instanceof DOMException && error.name === "AbortError") return;
      document.body.dataset.graphState = "error";
      elements.status.textContent = error instanceof Error ? error.message : String(error);
      return;
    }
    communitiesPrimed = true;
    lastQuery = query;
    lastGraph = data;
    view.setData(data);
    elements.status.textContent = statusLine(data, state.limit, stats);
    renderModeBar();
    table.refreshDrawn();
    panels.sync(null);
    probe.graphVersion++;
    document.body.dataset.graphState = "ready";
  }

  async function loadDays(): Promise<void> {
    const query = daysQuery(state);
    lastDays = query;
    try {
      const days = await api.days(query);
      if (query === lastDays) slider?.setDays(days);
    } catch (error) {
      // The histogram is context, not the network: say so in its place and carry on.
      slider?.element.append(
        el("p", { class: "error" }, `Histogram unavailable: ${error instanceof Error ? error.message : String(error)}`),
      );
    }
  }

  function renderFilters(): void {
    slider?.stop();
    slider = createTimeSlider(state, stats?.firstDate ?? null, stats?.lastDate ?? null, (change) =>
      update(change, true),
    );
    clear(elements.filters);
    elements.filters.append(
      slider.element,
      renderFilterPanel(state, stats, (change) => update(change, true)),
    );
    lastDays = "";
    void loadDays();
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

  const toolbar = createToolbar({
    toggleLayout: () => view.toggleLayout(),
    fit: () => view.fit(),
    resetCamera: () => view.resetCamera(),
    toggleTable: () => update({ table: !state.table }),
    exportPng: () => {
      const shown = {
        edges: lastGraph?.edges?.length ?? 0,
        totalEdges: totalEdgesOf(lastGraph),
        actors: lastGraph?.nodes?.length ?? 0,
      };
      const caption = viewCaption(state, stats, shown, (id) => view.labelOf(id), new Date().toISOString().slice(0, 10));
      const title = state.color === "type" ? "Node colour: actor type" : "Node colour: community";
      void exportViewPng(view.sigma, { title, nodes: legend, caption }).then((blob) =>
        downloadFile("newsgraph.png", blob),
      );
    },
    exportGexf: () =>
      downloadFile(
        "newsgraph.gexf",
        writeGexf(
          view.getGraph(),
          `newsgraph view of store ${stats?.name ?? ""}; filters: ${describeFilters(state, (id) => view.labelOf(id))}; ?${formatViewState(state)}`,
        ),
        "application/xml",
      ),
  });
  elements.toolbar.append(toolbar.element);
  elements.search.append(
    createSearchBox(
      (text, limit, signal) => api.search(text, limit, signal),
      (match) => panels.chooseActor(match.id),
    ),
  );

  // The network first, then the statistics for the filters: the server answers one query at a time, and the
  // analyst waits for the picture, not for the slider bounds.
  renderModeBar();
  syncTable({ ...state, table: false });
  await loadGraph();
  try {
    stats = await api.stats();
  } catch (error) {
    elements.status.textContent = `Could not read store statistics: ${error instanceof Error ? error.message : String(error)}`;
  }
  renderFilters();
  if (stats && lastGraph) elements.status.textContent = statusLine(lastGraph, state.limit, stats);
}

function totalEdgesOf(data: ActorGraph | null): number | null {
  const attributes = (data?.attributes ?? {}) as { totalEdges?: unknown };
  return typeof attributes.totalEdges === "number" ? attributes.totalEdges : null;
}
