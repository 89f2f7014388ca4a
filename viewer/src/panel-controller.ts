// Keeps the side panel and the highlights in step with the view state: the evidence of the selected edge, the
// selected actor's profile and neighbourhood, a response thread, or a shortest path.

import type { ActorRef } from "../../graph-schema/index.ts";
import { api } from "./api-client.ts";
import type { GraphView } from "./graph-view.ts";
import { renderActor, renderEvidence, renderPath, renderThread, type PanelActions } from "./panel-views.ts";
import { SidePanel } from "./side-panel.ts";
import type { ViewState } from "./view-state.ts";

/** Longest path searched, in hops. */
export const MAX_PATH_HOPS = 6;

export interface PanelHost {
  change: (change: Partial<ViewState>) => void;
  current: () => ViewState;
}

/** Opens the panel the state asks for and applies the matching highlight. */
export class PanelController {
  private readonly panel: SidePanel;
  private readonly view: GraphView;
  private readonly host: PanelHost;
  private readonly actions: PanelActions;
  private path: { key: string; ids: string[] | null } | null = null;
  private focusedOnce = false;

  constructor(element: HTMLElement, view: GraphView, host: PanelHost) {
    this.view = view;
    this.host = host;
    this.panel = new SidePanel(() => {
      const s = host.current();
      if (s.actor || s.edge || s.thread) host.change({ actor: null, edge: null, thread: null });
    });
    element.append(this.panel.element);
    this.actions = {
      openActor: (id) => this.chooseActor(id),
      openThread: (a, b) => host.change({ thread: [a, b], edge: null, actor: null }),
      showEgo: (id, hops) => host.change({ mode: "ego", focus: id, hops, actor: id, edge: null, thread: null }),
      startPath: (id) => host.change({ mode: "path", pathFrom: id, pathTo: null }),
    };
  }

  /** Chooses an actor: shown in the network when on screen, else as the centre of its ego network. */
  chooseActor(id: string): void {
    if (this.view.getGraph().hasNode(id)) this.host.change({ actor: id, edge: null, thread: null });
    else this.host.change({ actor: id, edge: null, thread: null, mode: "ego", focus: id });
  }

  /** Brings panel and highlights up to date; `before` is null after a new graph was loaded (refresh everything). */
  sync(before: ViewState | null): void {
    const s = this.host.current();
    const reload = before === null;
    this.view.selectEdge(s.edge);
    void this.applyHighlight(s, reload || before.actor !== s.actor);
    const panelChanged =
      reload ||
      before.actor !== s.actor ||
      before.edge !== s.edge ||
      String(before.thread) !== String(s.thread) ||
      before.pathTo !== s.pathTo;
    if (!panelChanged) return;
    if (s.thread) void this.openThread(s, s.thread[0], s.thread[1]);
    else if (s.edge) void this.openEvidence(s, s.edge);
    else if (s.actor) void this.openActor(s.actor);
    else if (s.mode === "path" && s.pathFrom && s.pathTo) void this.openPath(s.pathFrom, s.pathTo);
    else this.panel.close();
  }

  private async applyHighlight(s: ViewState, actorChanged: boolean): Promise<void> {
    if (s.mode === "path" && s.pathFrom && s.pathTo) {
      // An invalid or unknown end in the URL (pathFrom=…) highlights no path; the panel says why.
      this.view.selectPath(await this.pathIds(s.pathFrom, s.pathTo).catch(() => null));
      return;
    }
    this.view.selectNeighbourhood(s.actor);
    if (s.actor && (actorChanged || !this.focusedOnce)) {
      this.focusedOnce = true;
      this.view.focusNode(s.actor);
    }
  }

  private async pathIds(from: string, to: string): Promise<string[] | null> {
    const key = `${from}\n${to}`;
    if (this.path?.key !== key) this.path = { key, ids: (await api.path(from, to, MAX_PATH_HOPS)).path };
    return this.path.ids;
  }

  private async refOf(id: string): Promise<ActorRef> {
    const graph = this.view.getGraph();
    if (graph.hasNode(id)) {
      const a = graph.getNodeAttributes(id);
      return { id, name: a.label, type: a.actorType };
    }
    const details = await api.actor(id);
    return { id, name: details.actor.name, type: details.actor.type };
  }

  private filters(s: ViewState) {
    return {
      types: s.relationTypes,
      from: s.from,
      to: s.to,
      negated: s.includeNegated,
      hypothetical: s.includeHypothetical,
    };
  }

  private openEvidence(s: ViewState, edge: string): Promise<void> {
    const graph = this.view.getGraph();
    const [subject, object] = graph.hasEdge(edge) ? [graph.source(edge), graph.target(edge)] : edge.split("->");
    if (!subject || !object) return Promise.resolve(this.panel.close());
    return this.panel.show(
      "evidence",
      "Evidence",
      async () => ({
        refs: await Promise.all([this.refOf(subject), this.refOf(object)]),
        statements: await api.evidence({ subject, object, ...this.filters(s) }),
      }),
      ({ refs: [a, b], statements }) => {
        this.panel.setTitle(`Evidence: ${a.name} → ${b.name}`);
        return renderEvidence(a, b, statements, this.actions);
      },
    );
  }

  private openActor(id: string): Promise<void> {
    return this.panel.show(
      "actor",
      "Actor",
      () => api.actor(id),
      (details) => {
        this.panel.setTitle(details.actor.name);
        return renderActor(details, this.actions);
      },
    );
  }

  private openThread(s: ViewState, a: string, b: string): Promise<void> {
    return this.panel.show(
      "thread",
      "Response thread",
      async () => {
        const [refs, statements, responses] = await Promise.all([
          Promise.all([this.refOf(a), this.refOf(b)]),
          api.evidence({ subject: a, object: b, both: true, ...this.filters(s) }),
          api.responses(a, b),
        ]);
        return { refs, statements, responses };
      },
      ({ refs: [ra, rb], statements, responses }) => {
        this.panel.setTitle(`Responses: ${ra.name} ↔ ${rb.name}`);
        return renderThread(ra, rb, statements, responses, this.actions);
      },
    );
  }

  private openPath(from: string, to: string): Promise<void> {
    return this.panel.show(
      "path",
      "Shortest path",
      async () => {
        const ids = await this.pathIds(from, to);
        const ends = await Promise.all([this.refOf(from), this.refOf(to)]);
        const refs = ids ? await Promise.all(ids.map((id) => this.refOf(id))) : null;
        return { ends, refs, missing: ids ? ids.filter((id) => !this.view.getGraph().hasNode(id)).length : 0 };
      },
      ({ ends: [a, b], refs, missing }) => renderPath(refs, a, b, missing, this.actions),
    );
  }
}
