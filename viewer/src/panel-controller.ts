// Keeps the side panel and the highlights in step with the view state: the evidence of the selected pair, the
// selected actor's profile and neighbourhood, a response thread, or a shortest path with the statements of each hop.

import { DEFAULT_EVIDENCE_LIMIT, type ActorRef } from "../../graph-schema/index.ts";
import { renderActor } from "./actor-view.ts";
import { api, type EvidenceRequest } from "./api-client.ts";
import { MAX_EVIDENCE_LISTED, renderEvidence } from "./evidence-view.ts";
import type { GraphView } from "./graph-view.ts";
import { shownCount } from "./modality-counts.ts";
import type { PanelActions } from "./panel-parts.ts";
import { HOP_STATEMENTS, renderPath, type PathHop } from "./path-view.ts";
import { SidePanel } from "./side-panel.ts";
import { renderThread } from "./thread-view.ts";
import type { ViewState } from "./view-state.ts";

/** Longest path searched, in hops. */
export const MAX_PATH_HOPS = 6;

export interface PanelHost {
  change: (change: Partial<ViewState>) => void;
  current: () => ViewState;
}

/** The statement filters of the state, as the evidence endpoint takes them. */
function evidenceFilters(s: ViewState): Omit<EvidenceRequest, "subject" | "object"> {
  return {
    types: s.relationTypes,
    from: s.from,
    to: s.to,
    negated: s.includeNegated,
    hypothetical: s.includeHypothetical,
    minConfidence: s.minConfidence,
  };
}

/** Opens the panel the state asks for and applies the matching highlight. */
export class PanelController {
  private readonly panel: SidePanel;
  private readonly view: GraphView;
  private readonly host: PanelHost;
  private readonly actions: PanelActions;
  private path: { key: string; ids: string[] | null } | null = null;
  private focusedOnce = false;
  /** Statements listed for a pair after "List all", by pair key. */
  private listed = new Map<string, number>();

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
      openEvidence: (subject, object) => host.change({ edge: `${subject}->${object}`, actor: null, thread: null }),
      openThread: (a, b) => host.change({ thread: [a, b], edge: null, actor: null }),
      showEgo: (id, hops) => host.change({ mode: "ego", focus: id, hops, actor: id, edge: null, thread: null }),
      startPath: (id) => host.change({ mode: "path", pathFrom: id, pathTo: null }),
      showHedged: () => host.change({ includeNegated: true, includeHypothetical: true }),
      showAllLinks: () => host.change({ linkConfidence: 0 }),
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
    void this.applyHighlight(s, reload || before.actor !== s.actor || before.pathTo !== s.pathTo);
    // A selected pair keeps both its actors on screen when the evidence panel narrows the canvas.
    if (s.edge && !s.actor && (reload || before.edge !== s.edge)) this.view.keepInView(s.edge.split("->"));
    const panelChanged =
      reload ||
      before.actor !== s.actor ||
      before.edge !== s.edge ||
      String(before.thread) !== String(s.thread) ||
      before.pathTo !== s.pathTo ||
      before.linkConfidence !== s.linkConfidence;
    if (!panelChanged) return;
    if (s.thread) void this.openThread(s, s.thread[0], s.thread[1]);
    else if (s.edge) void this.openEvidence(s, s.edge);
    else if (s.actor) void this.openActor(s, s.actor);
    else if (s.mode === "path" && s.pathFrom && s.pathTo) void this.openPath(s, s.pathFrom, s.pathTo);
    else this.panel.close();
  }

  private async applyHighlight(s: ViewState, changed: boolean): Promise<void> {
    if (s.mode === "path" && s.pathFrom && s.pathTo) {
      // An invalid or unknown end in the URL (pathFrom=…) highlights no path; the panel says why.
      const ids = await this.pathIds(s.pathFrom, s.pathTo).catch(() => null);
      this.view.selectPath(ids);
      if (ids && changed) this.view.focusNodes(ids);
      return;
    }
    this.view.selectNeighbourhood(s.actor);
    if (s.actor && (changed || !this.focusedOnce)) {
      this.focusedOnce = true;
      this.view.focusNodes([s.actor]);
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

  private openEvidence(s: ViewState, edge: string): Promise<void> {
    const [subject, object] = edge.split("->");
    if (!subject || !object) return Promise.resolve(this.panel.close());
    const limit = this.listed.get(edge) ?? DEFAULT_EVIDENCE_LIMIT;
    const filters = evidenceFilters(s);
    return this.panel.show(
      "evidence",
      "Evidence",
      async () => {
        const [refs, summary, statements] = await Promise.all([
          Promise.all([this.refOf(subject), this.refOf(object)]),
          api.pair({ subject, object, types: s.relationTypes, from: s.from, to: s.to, minConfidence: s.minConfidence }),
          api.evidence({ subject, object, ...filters, limit }),
        ]);
        return { subject: refs[0], object: refs[1], summary, statements };
      },
      (data) => {
        this.panel.setTitle(`Evidence: ${data.subject.name} → ${data.object.name}`);
        return renderEvidence(data, s, {
          ...this.actions,
          showMore: (more) => {
            this.listed.set(edge, Math.min(more, MAX_EVIDENCE_LISTED));
            void this.openEvidence(this.host.current(), edge);
          },
        });
      },
    );
  }

  private openActor(s: ViewState, id: string): Promise<void> {
    return this.panel.show(
      "actor",
      "Actor",
      () => api.actor(id),
      (details) => {
        this.panel.setTitle(details.actor.name);
        return renderActor(details, s, this.actions);
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
          api.evidence({ subject: a, object: b, both: true, ...evidenceFilters(s), limit: MAX_EVIDENCE_LISTED }),
          api.responses(a, b),
        ]);
        return { a: refs[0], b: refs[1], statements, responses };
      },
      (data) => {
        this.panel.setTitle(`Responses: ${data.a.name} ↔ ${data.b.name}`);
        return renderThread(data, s.linkConfidence, this.actions);
      },
    );
  }

  private openPath(s: ViewState, from: string, to: string): Promise<void> {
    return this.panel.show(
      "path",
      "Shortest path",
      async () => {
        const ids = await this.pathIds(from, to);
        const ends = await Promise.all([this.refOf(from), this.refOf(to)]);
        if (!ids) return { ends, hops: null, missing: 0 };
        const refs = await Promise.all(ids.map((id) => this.refOf(id)));
        const hops = await Promise.all(refs.slice(1).map((next, i) => this.hop(s, refs[i]!, next)));
        return { ends, hops, missing: ids.filter((id) => !this.view.getGraph().hasNode(id)).length };
      },
      ({ ends: [a, b], hops, missing }) => renderPath(hops, a, b, missing, this.actions),
    );
  }

  private async hop(s: ViewState, from: ActorRef, to: ActorRef): Promise<PathHop> {
    const [summary, statements] = await Promise.all([
      api.pair({
        subject: from.id,
        object: to.id,
        types: s.relationTypes,
        from: s.from,
        to: s.to,
        minConfidence: s.minConfidence,
      }),
      api.evidence({ subject: from.id, object: to.id, both: true, ...evidenceFilters(s), limit: HOP_STATEMENTS }),
    ]);
    return { from, to, total: shownCount(summary.forward, s) + shownCount(summary.backward, s), statements };
  }
}
