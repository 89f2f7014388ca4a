// One browser page on the served viewer, with the moves the scenarios share: open a view, wait for the graph and
// the layout, find a node on screen, read the viewer probe, save a screenshot.

import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { DEFAULT_SETTINGS } from "sigma/settings";
import { afterAll, beforeAll } from "vitest";
import {
  RESULTS_DIR,
  VIEWPORT,
  buildViewer,
  launchBrowser,
  openPage,
  waitForGraph,
  waitForLayout,
  type ServedStore,
} from "./viewer-harness.ts";
import type { ViewerProbe } from "../../../viewer/src/viewer-probe.ts";

export class ViewerSession {
  readonly page: Page;
  readonly errors: string[];
  readonly dialogs: string[];
  private readonly baseUrl: string;
  /** When this session last clicked the network (Date.now()). */
  private lastClickAt = 0;

  private constructor(baseUrl: string, opened: { page: Page; errors: string[]; dialogs: string[] }) {
    this.baseUrl = baseUrl;
    this.page = opened.page;
    this.errors = opened.errors;
    this.dialogs = opened.dialogs;
  }

  /** A page in the browser's default context, or in `context` (its own cache and storage). */
  static async create(target: Browser | BrowserContext, baseUrl: string): Promise<ViewerSession> {
    return new ViewerSession(baseUrl, await openPage(target));
  }

  /** Loads the viewer with a query string and waits until the graph is drawn and the layout has settled. */
  async open(query = ""): Promise<void> {
    await this.page.goto(`${this.baseUrl}/${query}`);
    await waitForGraph(this.page);
    await waitForLayout(this.page);
  }

  /** Reads the viewer probe in the page. */
  probe<T>(read: (probe: ViewerProbe) => T): Promise<T> {
    return this.page.evaluate(`(${read.toString()})(window.newsgraphProbe)`) as Promise<T>;
  }

  graphVersion(): Promise<number> {
    return this.probe((p) => p.graphVersion);
  }

  /** Page coordinates of a node's centre. */
  async nodeAt(node: string): Promise<{ x: number; y: number }> {
    const box = await this.page.locator("#graph").boundingBox();
    const position = await this.page.evaluate((n) => window.newsgraphProbe?.nodePosition(n) ?? null, node);
    if (!box || !position) throw new Error(`test/e2e/viewer-session: node ${node} is not on screen`);
    return { x: box.x + position.x, y: box.y + position.y };
  }

  /**
   * A page point on the drawn edge `edgeKey` (a straight line, or one curve of a pair): scans across the line between
   * its nodes at a few places along it and asks sigma's picking what is drawn there.
   */
  async edgePoint(source: string, target: string, edgeKey = `${source}->${target}`): Promise<{ x: number; y: number }> {
    const box = await this.page.locator("#graph").boundingBox();
    if (!box) throw new Error("test/e2e/viewer-session: no #graph box");
    const found = await this.page.evaluate(
      ({ source, target, edgeKey }) => {
        const p = window.newsgraphProbe!;
        const a = p.nodePosition(source);
        const b = p.nodePosition(target);
        if (!a || !b) return null;
        const length = Math.hypot(b.x - a.x, b.y - a.y);
        const [nx, ny] = [-(b.y - a.y) / length, (b.x - a.x) / length];
        for (const t of [0.5, 0.4, 0.6, 0.3, 0.7]) {
          for (let offset = 0; offset <= length * 0.3; offset += 1) {
            for (const sign of [1, -1]) {
              const x = a.x + (b.x - a.x) * t + nx * offset * sign;
              const y = a.y + (b.y - a.y) * t + ny * offset * sign;
              if (p.hitAt(x, y)?.key === edgeKey) return { x, y };
            }
          }
        }
        return null;
      },
      { source, target, edgeKey },
    );
    if (!found) throw new Error(`test/e2e/viewer-session: the edge ${edgeKey} is not drawn where it can be clicked`);
    return { x: box.x + found.x, y: box.y + found.y };
  }

  /** Zooms in with the mouse wheel, `steps` notches, centred between two nodes (as an analyst reaching for a pair). */
  async zoomBetween(a: string, b: string, steps: number): Promise<void> {
    const [p, q] = [await this.nodeAt(a), await this.nodeAt(b)];
    await this.page.mouse.move((p.x + q.x) / 2, (p.y + q.y) / 2);
    for (let i = 0; i < steps; i++) {
      await this.page.mouse.wheel(0, -240);
      await this.page.waitForTimeout(350);
    }
  }

  /**
   * Clicks the network at a page point as an analyst would: not within sigma's double-click window of the previous
   * click (the viewer keeps sigma's default). Two clicks inside it, even on two different edges, are a double click
   * to sigma: it zooms in and reports no click (a fast evidence panel let the development-corpus scenario click
   * Russia → Ukraine 300 ms after Ukraine → Russia, and it failed about one run in four).
   */
  async clickNetwork(x: number, y: number): Promise<void> {
    const wait = this.lastClickAt + DEFAULT_SETTINGS.doubleClickTimeout + 50 - Date.now();
    if (wait > 0) await this.page.waitForTimeout(wait);
    await this.page.mouse.click(x, y);
    this.lastClickAt = Date.now();
  }

  /** Clicks the drawn edge (or one curve of a pair) and waits for the viewer to select its pair. */
  async clickEdge(source: string, target: string, edgeKey = `${source}->${target}`): Promise<void> {
    const point = await this.edgePoint(source, target, edgeKey);
    await this.clickNetwork(point.x, point.y);
    await this.page.waitForFunction((k) => window.newsgraphProbe?.state().edge === k, edgeKey.split("#")[0], {
      timeout: 5_000,
    });
  }

  /**
   * The page never grows past the viewport, the canvas fills the network's area, and the legend and status line are
   * on screen; returns the canvas box.
   */
  async layoutHolds(): Promise<{ x: number; y: number; width: number; height: number }> {
    const facts = await this.page.evaluate(() => {
      const box = (id: string) => document.getElementById(id)?.getBoundingClientRect().toJSON() as DOMRect | undefined;
      const canvas = document.querySelector<HTMLCanvasElement>("#graph canvas");
      return {
        scrollHeight: document.documentElement.scrollHeight,
        scrollWidth: document.documentElement.scrollWidth,
        graph: box("graph"),
        area: box("graph-area"),
        legend: box("legend"),
        status: box("status"),
        canvas: canvas ? { width: canvas.clientWidth, height: canvas.clientHeight } : null,
      };
    });
    const inViewport = (b?: DOMRect) =>
      !!b && b.top >= 0 && b.left >= 0 && b.bottom <= VIEWPORT.height + 1 && b.right <= VIEWPORT.width + 1;
    if (facts.scrollHeight > VIEWPORT.height || facts.scrollWidth > VIEWPORT.width) {
      throw new Error(`test/e2e/viewer-session: the page grew to ${facts.scrollWidth}×${facts.scrollHeight}`);
    }
    if (!inViewport(facts.graph) || !inViewport(facts.legend) || !inViewport(facts.status)) {
      throw new Error(
        `test/e2e/viewer-session: the network, legend or status left the viewport: ${JSON.stringify(facts)}`,
      );
    }
    const graph = facts.graph!;
    if (
      !facts.canvas ||
      Math.abs(facts.canvas.width - graph.width) > 1 ||
      Math.abs(facts.canvas.height - graph.height) > 1
    ) {
      throw new Error(`test/e2e/viewer-session: the canvas does not fill the network's area: ${JSON.stringify(facts)}`);
    }
    return { x: graph.x, y: graph.y, width: graph.width, height: graph.height };
  }

  /** Share of the network's nodes drawn inside the canvas box. */
  async shareOfNodesInView(): Promise<number> {
    return this.page.evaluate(() => {
      const p = window.newsgraphProbe!;
      const graph = document.getElementById("graph")!.getBoundingClientRect();
      const nodes = p.nodes();
      const inside = nodes.filter((node) => {
        const at = p.nodePosition(node);
        return at !== null && at.x >= 0 && at.y >= 0 && at.x <= graph.width && at.y <= graph.height;
      });
      return nodes.length === 0 ? 0 : inside.length / nodes.length;
    });
  }

  /** Waits until the side panel shows `kind` with its data loaded. */
  async panelReady(kind: string): Promise<void> {
    await this.page.waitForFunction(
      (k) => {
        const panel = document.getElementById("panel");
        return panel?.dataset.kind === k && panel.dataset.state === "ready";
      },
      kind,
      { timeout: 30_000 },
    );
  }

  /**
   * Saves a screenshot under test-results/e2e/ (git-ignored). `alsoAt` (a docs/screenshots path) is written only when
   * REFRESH_DOC_SCREENSHOTS=1: the pictures in the docs change when someone means them to.
   */
  async shot(name: string, alsoAt?: string): Promise<Buffer> {
    const png = await this.page.screenshot({ path: join(RESULTS_DIR, `${name}.png`) });
    if (alsoAt && process.env["REFRESH_DOC_SCREENSHOTS"] === "1") await this.page.screenshot({ path: alsoAt });
    return png;
  }
}

/** What a browser suite works with, filled in before its first test. */
export interface ViewerSuite {
  served: ServedStore;
  browser: Browser;
  session: ViewerSession;
}

/**
 * Registers a suite's set-up and tear-down: builds the viewer, serves the store `serve` makes, launches chromium and
 * opens a session on it before the tests; closes them after.
 */
export function useViewerSuite(serve: () => Promise<ServedStore>): ViewerSuite {
  const suite = {} as ViewerSuite;
  beforeAll(async () => {
    mkdirSync(RESULTS_DIR, { recursive: true });
    await buildViewer();
    suite.served = await serve();
    suite.browser = await launchBrowser();
    suite.session = await ViewerSession.create(suite.browser, suite.served.url);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.served?.close();
  });
  return suite;
}
