// The main browser scenarios on the real thing: the bundled demo corpus ingested by the real pipeline into a
// temporary SQLite store, served by the real API, drawn by the built viewer. Expectations come from the API's own
// answers, so they follow the extractor as it improves; each scenario saves a screenshot under test-results/e2e/ (the
// docs' pictures are refreshed from three of them with REFRESH_DOC_SCREENSHOTS=1).

import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ActorGraph } from "../../graph-schema/index.ts";
import {
  REPO_ROOT,
  browserSkipReason,
  inkRatio,
  serveDemoCorpus,
  setRange,
  waitForGraph,
} from "./support/viewer-harness.ts";
import { ViewerSession, useViewerSuite } from "./support/viewer-session.ts";

const skipReason = browserSkipReason();
const SCREENSHOTS = join(REPO_ROOT, "docs/screenshots");

describe.skipIf(skipReason !== null)(
  `viewer on the demo corpus${skipReason ? ` — skipped: ${skipReason}` : ""}`,
  () => {
    const suite = useViewerSuite(() => serveDemoCorpus());
    let s: ViewerSession;
    beforeAll(() => {
      s = suite.session;
      if (process.env["REFRESH_DOC_SCREENSHOTS"] === "1") mkdirSync(SCREENSHOTS, { recursive: true });
    });

    const apiGraph = async (query: string): Promise<ActorGraph> =>
      (await (await fetch(`${suite.served.url}/api/graph?${query}`)).json()) as ActorGraph;
    const neighbourhood = (graph: ActorGraph, node: string): string[] => {
      const nodes = new Set([node]);
      for (const edge of graph.edges ?? []) {
        if (edge.source === node) nodes.add(edge.target);
        if (edge.target === node) nodes.add(edge.source);
      }
      return [...nodes].sort();
    };

    it("loads the demo network and draws it", async () => {
      const expected = await apiGraph("limit=500");
      await s.open();
      expect(await s.probe((p) => p.nodes().sort())).toEqual((expected.nodes ?? []).map((n) => n.key).sort());
      expect(await s.probe((p) => p.edges().length)).toEqual(expected.edges?.length);
      expect(expected.edges?.length).toBeGreaterThan(20);
      expect(await s.page.locator("#status").textContent()).toContain(`showing ${expected.edges?.length} of`);
      const canvas = await s.page.locator("#graph").screenshot();
      expect(await inkRatio(s.page, canvas)).toBeGreaterThan(0.01);
      await s.shot("demo-01-load", join(SCREENSHOTS, "viewer.png"));
      expect(s.errors).toEqual([]);
    });

    it("highlights a hovered actor and its neighbours", async () => {
      const expected = neighbourhood(await apiGraph("limit=500"), "russia");
      const { x, y } = await s.nodeAt("russia");
      await s.page.mouse.move(x, y);
      await expect.poll(() => s.probe((p) => p.highlightedNodes())).toEqual(expected);
      await s.shot("demo-02-hover");
      await s.page.mouse.move(5, 5);
      await expect.poll(() => s.probe((p) => p.highlightedNodes())).toEqual([]);
    });

    it("finds Stoltenberg by surname from the keyboard and shows him with his neighbourhood", async () => {
      const expected = neighbourhood(await apiGraph("limit=500"), "jens-stoltenberg");
      const input = s.page.locator("#search input");
      await input.click();
      await input.pressSequentially("Stoltenberg");
      await expect
        .poll(() => s.page.locator("#search [role=option]").allTextContents())
        .toEqual([expect.stringContaining("Jens Stoltenberg")]);
      await input.press("Enter");
      await s.panelReady("actor");
      expect(await s.page.locator("#panel-title").textContent()).toBe("Jens Stoltenberg");
      expect(await s.probe((p) => p.highlightedNodes())).toEqual(expected);
      expect(new URL(s.page.url()).searchParams.get("actor")).toBe("jens-stoltenberg");
      await s.page.waitForTimeout(600);
      await s.shot("demo-03-search", join(SCREENSHOTS, "actor-panel.png"));
    });

    it("opens the evidence behind Stoltenberg → Russia", async () => {
      const edge = (await apiGraph("limit=500")).edges?.find((e) => e.key === "jens-stoltenberg->russia");
      await s.page.locator("#panel button.close").click();
      await s.page.mouse.move(5, 5);
      await s.page.waitForTimeout(600);
      await s.clickEdge("jens-stoltenberg", "russia");
      await s.panelReady("evidence");
      const statements = s.page.locator("#panel li.statement");
      expect(await statements.count()).toBe(edge?.attributes?.count);
      expect(await s.page.locator("#panel li.statement mark.verb").count()).toBe(edge?.attributes?.count);
      for (const link of await s.page.locator("#panel .source a").all()) {
        expect(await link.getAttribute("href")).toMatch(/^https?:\/\//);
      }
      await s.shot("demo-04-evidence", join(SCREENSHOTS, "evidence.png"));
    });

    it("drops edges newer than the time slider's end", async () => {
      await s.open();
      const scale = await s.page.locator("#time-to").getAttribute("max");
      const before = await s.graphVersion();
      // 2022-01-15 is day 39 after the corpus's first date, 2021-12-07.
      expect(scale).toBe("74");
      await setRange(s.page, "#time-to", 39);
      await waitForGraph(s.page, before);
      const expected = await apiGraph("limit=500&to=2022-01-15");
      const edges = await s.probe((p) => p.edges().sort());
      expect(edges).toEqual((expected.edges ?? []).map((e) => e.key).sort());
      expect(edges.length).toBeLessThan((await apiGraph("limit=500")).edges?.length ?? 0);
      expect(new URL(s.page.url()).searchParams.get("to")).toBe("2022-01-15");
      await s.shot("demo-05-time-slider");
    });

    it("keeps the network, legend and status on screen with Russia's panel open", async () => {
      await s.open("?actor=russia");
      await s.panelReady("actor");
      await s.layoutHolds();
      expect(await s.shareOfNodesInView()).toBeGreaterThan(0.9);
      expect(await s.page.locator("#articles-count").textContent()).toMatch(/^Articles/);
    });

    it("shows Stoltenberg's ego network", async () => {
      await s.open("?actor=jens-stoltenberg");
      await s.panelReady("actor");
      const before = await s.graphVersion();
      await s.page.locator("#ego-1").click();
      await waitForGraph(s.page, before);
      const expected = await apiGraph("limit=500&focus=jens-stoltenberg&hops=1");
      expect(await s.probe((p) => p.nodes().sort())).toEqual((expected.nodes ?? []).map((n) => n.key).sort());
      expect(await s.page.locator("#mode-label").textContent()).toBe("Ego network of Jens Stoltenberg, 1 hop");
      await s.page.waitForTimeout(600);
      await s.shot("demo-06-ego");
    });

    it("restores filters, mode, selection and display from a shared URL", async () => {
      await s.open("?mode=ego&focus=russia&hops=2&edge=jens-stoltenberg-%3Erussia&color=community&size=weighted");
      await s.panelReady("evidence");
      const state = await s.probe((p) => p.state());
      const nodes = await s.probe((p) => p.nodes().sort());
      const second = await ViewerSession.create(suite.browser, suite.served.url);
      await second.page.goto(s.page.url());
      await waitForGraph(second.page);
      await second.panelReady("evidence");
      expect(await second.probe((p) => p.state())).toEqual(state);
      expect(await second.probe((p) => p.nodes().sort())).toEqual(nodes);
      expect(await second.page.locator("#panel-title").textContent()).toBe("Evidence: Jens Stoltenberg → Russia");
      expect(await second.page.locator("#node-size").inputValue()).toBe("weighted");
      expect(await second.page.locator("#mode-label").textContent()).toBe("Ego network of Russia, 2 hops");
      await second.shot("demo-07-shared-url");
      await second.page.close();
    });
  },
);
