// One browser page on the served viewer, with the moves the scenarios share: open a view, wait for the graph and
// the layout, find a node on screen, read the viewer probe, save a screenshot.

import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { RESULTS_DIR, openPage, waitForGraph, waitForLayout } from "./viewer-harness.ts";
import type { ViewerProbe } from "../../../viewer/src/viewer-probe.ts";

export class ViewerSession {
  readonly page: Page;
  readonly errors: string[];
  readonly dialogs: string[];
  private readonly baseUrl: string;

  private constructor(baseUrl: string, opened: { page: Page; errors: string[]; dialogs: string[] }) {
    this.baseUrl = baseUrl;
    this.page = opened.page;
    this.errors = opened.errors;
    this.dialogs = opened.dialogs;
  }

  static async create(browser: Browser, baseUrl: string): Promise<ViewerSession> {
    return new ViewerSession(baseUrl, await openPage(browser));
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

  /** Clicks the middle of the straight edge between two nodes. */
  async clickEdge(source: string, target: string): Promise<void> {
    const a = await this.nodeAt(source);
    const b = await this.nodeAt(target);
    // Another edge may cross the midpoint (the layout differs from run to run): try points along the edge until
    // the viewer reports this edge selected.
    const key = `${source}->${target}`;
    for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.45, 0.55]) {
      await this.page.mouse.click(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
      const selected = await this.page
        .waitForFunction((k) => window.newsgraphProbe?.state().edge === k, key, { timeout: 1_500 })
        .then(() => true, () => false);
      if (selected) return;
    }
    throw new Error(`could not click the edge ${key}`);
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

  /** Saves a screenshot under test-results/e2e/ (and at `alsoAt` when given). */
  async shot(name: string, alsoAt?: string): Promise<Buffer> {
    const png = await this.page.screenshot({ path: join(RESULTS_DIR, `${name}.png`) });
    if (alsoAt) await this.page.screenshot({ path: alsoAt });
    return png;
  }
}
