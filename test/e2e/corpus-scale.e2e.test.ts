// Browser scenarios on a corpus-scale store (test/fixtures/corpus-scale.ts: 387 actors, 5,838 statements, 730
// articles, a war with a long response thread) written into a temporary SQLite store and served by the real API:
// what an analyst meets on real corpora. Each scenario saves screenshots under test-results/e2e/ (git-ignored).

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { DayCount } from "../../graph-schema/index.ts";
import { CORPUS_SCALE, corpusScaleBatch } from "../fixtures/corpus-scale.ts";
import {
  RESULTS_DIR,
  browserSkipReason,
  inkRatio,
  serveBatches,
  setRange,
  waitForGraph,
} from "./support/viewer-harness.ts";
import { ViewerSession, useViewerSuite } from "./support/viewer-session.ts";

const skipReason = browserSkipReason();
const { attacker, defender } = CORPUS_SCALE.war;
const WAR = `${attacker}-%3E${defender}`;

describe.skipIf(skipReason !== null)(
  `viewer on a corpus-scale store${skipReason ? ` — skipped: ${skipReason}` : ""}`,
  () => {
    const suite = useViewerSuite(() => serveBatches([corpusScaleBatch()]));
    let s: ViewerSession;
    beforeAll(() => {
      s = suite.session;
    });
    const api = async <T>(path: string): Promise<T> => (await (await fetch(`${suite.served.url}${path}`)).json()) as T;

    it("draws the whole network inside the viewport, the most important actors labelled", async () => {
      await s.open();
      const box = await s.layoutHolds();
      expect(box.width).toBeGreaterThan(600);
      expect(box.height).toBeGreaterThan(650);
      expect(await s.shareOfNodesInView()).toBe(1);
      expect(await s.probe((p) => p.nodes().length)).toBeGreaterThan(150);
      const labels = await s.probe((p) => p.displayedLabels());
      for (const actor of [
        attacker,
        defender,
        "calder",
        "dunmore",
        "eskvale",
        "fallow",
        "the-west",
        "united-nations",
      ]) {
        expect(labels).toContain(actor);
      }
      await s.shot("corpus-01-network");
      expect(s.errors).toEqual([]);
    });

    it("keeps the canvas the viewport's size with 260 statements of evidence, and the panel scrolls on its own", async () => {
      await s.open(`?edge=${WAR}`);
      await s.panelReady("evidence");
      expect(await s.page.locator("#evidence-count").textContent()).toContain(
        `Listing the first 200 of ${CORPUS_SCALE.war.forward} statements`,
      );
      await s.page.locator("#evidence-more").click();
      await expect.poll(() => s.page.locator("#panel li.statement").count()).toBe(CORPUS_SCALE.war.forward);
      const box = await s.layoutHolds();
      expect(await s.shareOfNodesInView()).toBeGreaterThan(0.9);
      const ends = await s.page.evaluate(
        (ids) => ids.map((id) => window.newsgraphProbe?.nodePosition(id) ?? null),
        [attacker, defender],
      );
      for (const at of ends) expect(at && at.x > 0 && at.y > 0 && at.x < box.width && at.y < box.height).toBe(true);
      const panel = await s.page
        .locator("#panel")
        .evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
      expect(panel.scroll).toBeGreaterThan(panel.client * 10);
      await s.shot("corpus-02-long-evidence");
    });

    it("draws the two directions of a reciprocal pair as two curves, each selectable, and switches between them", async () => {
      await s.open();
      const forward = await s.edgePoint(attacker, defender);
      const backward = await s.edgePoint(defender, attacker);
      expect(Math.hypot(forward.x - backward.x, forward.y - backward.y)).toBeGreaterThan(6);
      await s.clickEdge(defender, attacker);
      await s.panelReady("evidence");
      expect(await s.page.locator("#panel-title").textContent()).toBe("Evidence: Borea → Aster");
      await s.clickEdge(attacker, defender);
      await s.panelReady("evidence");
      expect(await s.page.locator("#panel-title").textContent()).toBe("Evidence: Aster → Borea");
      expect(await s.page.locator("#direction-forward").textContent()).toBe(
        `Aster → Borea · ${CORPUS_SCALE.war.forward}`,
      );
      expect(await s.page.locator("#direction-backward").textContent()).toBe(
        `Borea → Aster · ${CORPUS_SCALE.war.backward}`,
      );
      await s.shot("corpus-03a-reciprocal-forward");
      await s.page.locator("#direction-backward").click();
      await s.panelReady("evidence");
      expect(await s.probe((p) => p.state().edge)).toBe(`${defender}->${attacker}`);
      expect(await s.page.locator("#panel li.statement").count()).toBe(CORPUS_SCALE.war.backward);
      expect(await s.page.locator("#panel li.statement .marks .relation").first().textContent()).toContain(
        "Borea → Aster",
      );
      await s.shot("corpus-03b-reciprocal-backward");
    });

    it("counts a speaker's negated and hypothetical statements and shows them, dashed, with one click", async () => {
      const { id, asserted, negated, hypothetical } = CORPUS_SCALE.hedger;
      await s.open(`?actor=${id}`);
      await s.panelReady("actor");
      expect(await s.page.locator("#statements-subject").textContent()).toBe(
        `8 statements as subject (${asserted} asserted · ${negated} negated · ${hypothetical} hypothetical)`,
      );
      expect(await s.page.locator("#actor-hidden").textContent()).toContain(
        "7 negated or hypothetical statements are hidden",
      );
      const before = await s.graphVersion();
      await s.page.locator("#show-hedged").click();
      await waitForGraph(s.page, before);
      expect(new URL(s.page.url()).searchParams.get("negated")).toBe("1");
      expect(await s.page.locator("#show-negated").isChecked()).toBe(true);
      const parts = await s.probe((p) => p.displayEdges().filter((e) => e.pair === "calder-person-7->calder"));
      expect(parts.map((e) => [e.part, e.dashed])).toEqual([
        ["asserted", false],
        ["hedged", true],
      ]);
      await s.panelReady("actor");
      expect(await s.page.locator("#actor-hidden").count()).toBe(0);
      await s.page.locator("#graph").screenshot({ path: join(RESULTS_DIR, "corpus-09-dashed.png") });
    });

    it("says how many of an actor's articles it lists, and leaves out statements below the chosen confidence", async () => {
      await s.open(`?actor=${attacker}`);
      await s.panelReady("actor");
      const articles = (await api<{ articleCount: number }>(`/api/actors/${attacker}`)).articleCount;
      expect(articles).toBeGreaterThan(50);
      expect(await s.page.locator("#articles-count").textContent()).toBe(`Articles: the latest 50 of ${articles}`);
      await s.layoutHolds();
      await s.shot("corpus-10-actor-long-panel");
      const before = await s.graphVersion();
      await s.page.locator("#min-confidence").selectOption("0.8");
      await waitForGraph(s.page, before);
      expect(new URL(s.page.url()).searchParams.get("minConfidence")).toBe("0.8");
      type Answer = { edges: { key: string }[]; attributes: { totalEdges: number } };
      const [all, strong] = await Promise.all([
        api<Answer>("/api/graph?limit=500"),
        api<Answer>("/api/graph?limit=500&minConfidence=0.8"),
      ]);
      expect(await s.probe((p) => p.edges().sort())).toEqual(strong.edges.map((e) => e.key).sort());
      expect(strong.attributes.totalEdges).toBeLessThan(all.attributes.totalEdges);
      expect(await s.page.locator("#status").textContent()).toContain(`of ${strong.attributes.totalEdges.toLocaleString("en")} edges`);
    });

    it("lays out the same picture on every load, from scratch or from the cache", async () => {
      const positions = async (session: ViewerSession) =>
        session.probe((p) =>
          ["aster", "borea", "calder", "the-west", "united-nations"].map((n) => {
            const at = p.nodePosition(n);
            return at ? [Math.round(at.x), Math.round(at.y)] : null;
          }),
        );
      await s.open();
      const first = await positions(s);
      // A new browser context has no cache: the seeded layout must arrive at the same picture.
      const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 } });
      const fresh = await ViewerSession.create(context, suite.served.url);
      await fresh.open();
      expect(await positions(fresh)).toEqual(first);
      // The same context again: positions come from the cache, without running the layout.
      await fresh.page.goto(`${suite.served.url}/`);
      await waitForGraph(fresh.page);
      expect(await fresh.probe((p) => p.layoutRunning())).toBe(false);
      expect(await positions(fresh)).toEqual(first);
      await context.close();
    });

    it("colours each community the same in the whole network and in an ego view, the two-hop actors included", async () => {
      await s.open("?color=community");
      const network = await s.probe((p) => p.communities());
      const regionColours = new Set(Object.values(network).map((c) => c.color));
      // Six regions; Aster and Borea, at war, may share one.
      expect(regionColours.size).toBeGreaterThanOrEqual(5);
      // Opened first in a fresh context, the ego view still takes the whole network's colours.
      const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 } });
      const ego = await ViewerSession.create(context, suite.served.url);
      await ego.open(`?mode=ego&focus=${attacker}&hops=2&color=community`);
      const egoColours = await ego.probe((p) => p.communities());
      const shared = Object.keys(egoColours).filter((node) => node in network);
      expect(shared.length).toBeGreaterThan(20);
      for (const node of shared) expect(egoColours[node]?.color).toBe(network[node]?.color);
      await ego.shot("corpus-04-ego-communities");
      await context.close();
    });

    it("labels more actors as the density rises, always the most important", async () => {
      await s.open("?labels=1");
      const few = await s.probe((p) => p.displayedLabels());
      await s.open("?labels=4");
      const many = await s.probe((p) => p.displayedLabels());
      expect(many.length).toBeGreaterThan(few.length * 2);
      expect(few).toEqual(expect.arrayContaining([attacker, defender]));
    });

    it("zooms to fit a selection and resets the camera", async () => {
      await s.open(`?actor=eskvale-council`);
      await s.panelReady("actor");
      const box = await s.page.locator("#graph").boundingBox();
      await s.page.mouse.move(box!.x + 40, box!.y + 40);
      for (let i = 0; i < 4; i++) await s.page.mouse.wheel(0, 400);
      await s.page.locator("#camera-fit").click();
      await s.page.waitForTimeout(700);
      const inView = await s.probe((p) => {
        const graph = document.getElementById("graph")!.getBoundingClientRect();
        return p.highlightedNodes().every((n) => {
          const at = p.nodePosition(n);
          return !!at && at.x >= 0 && at.y >= 0 && at.x <= graph.width && at.y <= graph.height;
        });
      });
      expect(inView).toBe(true);
      expect(await s.probe((p) => p.camera().ratio)).toBeLessThan(1);
      await s.page.locator("#camera-reset").click();
      await expect.poll(() => s.probe((p) => p.camera())).toEqual({ x: 0.5, y: 0.5, ratio: 1 });
    });

    it("keeps a searched actor in view once its panel has opened", async () => {
      await s.open();
      const input = s.page.locator("#search input");
      await input.fill("Dunmore Council");
      await expect
        .poll(() => s.page.locator("#search [role=option] .name").allTextContents())
        .toContain("Dunmore Council");
      await input.press("Enter");
      await s.panelReady("actor");
      await s.page.waitForTimeout(700);
      await s.layoutHolds();
      const at = await s.probe((p) => p.nodePosition("dunmore-council"));
      const box = await s.page.locator("#graph").boundingBox();
      expect(at!.x).toBeGreaterThan(0);
      expect(at!.y).toBeGreaterThan(0);
      expect(at!.x).toBeLessThan(box!.width);
      expect(at!.y).toBeLessThan(box!.height);
    });

    it("sorts the actor table on the server and selects a row's actor in the graph", async () => {
      await s.open("?table=1");
      await s.page.waitForFunction(() => document.getElementById("actor-table")?.dataset.state === "ready");
      await s.layoutHolds();
      expect(await s.page.locator("#table-count").textContent()).toMatch(/^1–100 of 38\d actors/);
      await s.page.locator('#actor-table button[data-sort="in"]').click();
      await s.page.waitForFunction(() => new URL(window.location.href).searchParams.get("tableSort") === "in");
      await s.page.waitForFunction(() => document.getElementById("actor-table")?.dataset.state === "ready");
      const statementsIn = (await s.page.locator("#actor-table tbody tr td:nth-child(3)").allTextContents()).map((t) =>
        Number(t.replace(/,/g, "")),
      );
      expect(statementsIn).toEqual([...statementsIn].sort((a, b) => b - a));
      const first = s.page.locator("#actor-table tbody tr").first();
      const id = await first.getAttribute("data-actor");
      await first.click();
      await s.panelReady("actor");
      expect(await s.probe((p) => p.state().actor)).toBe(id);
      expect(await s.probe((p) => p.highlightedNodes())).toContain(id);
      await s.shot("corpus-05-actor-table");
    });

    it("draws statements per day under the time slider and shades the days outside the window", async () => {
      await s.open();
      const days = await api<DayCount[]>("/api/days");
      await s.page.waitForSelector("#day-histogram rect");
      const counts = await s.page
        .locator("#day-histogram rect")
        .evaluateAll((rects) => rects.map((r) => Number(r.getAttribute("data-count"))));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(days.reduce((sum, d) => sum + d.count, 0));
      const before = await s.graphVersion();
      await setRange(s.page, "#time-to", 60);
      await waitForGraph(s.page, before);
      const outside = await s.page.locator("#day-histogram rect.outside").count();
      expect(outside).toBeGreaterThan(counts.length / 2);
      await s.page.locator("#filters").screenshot({ path: join(RESULTS_DIR, "corpus-06-histogram.png") });
    });

    it("hides low-confidence response links by default, counts them, and marks them when shown", async () => {
      const { links, lowConfidence } = CORPUS_SCALE.thread;
      await s.open(`?thread=${attacker},${defender}`);
      await s.panelReady("thread");
      await s.layoutHolds();
      expect(await s.page.locator("#thread-count").textContent()).toBe(`${links - lowConfidence} response links shown`);
      expect(await s.page.locator("#panel .response-link").count()).toBe(links - lowConfidence);
      expect(await s.page.locator("#thread-hidden").textContent()).toContain(
        `${lowConfidence} response links below 0.5`,
      );
      await s.page.locator("#show-low-links").click();
      await s.panelReady("thread");
      expect(await s.page.locator("#thread-count").textContent()).toBe(`${links} response links shown`);
      expect(await s.page.locator("#panel .response-link").count()).toBe(links);
      expect(await s.page.locator("#panel .response-link.low").count()).toBe(lowConfidence);
      await s.shot("corpus-07-thread");
    });

    it("lists the statements behind each hop of a path and keeps its end in view", async () => {
      await s.open(`?mode=path&pathFrom=aster-person-3&pathTo=fallow-person-5`);
      await s.panelReady("path");
      const hops = await s.page.locator("#panel li.hop").count();
      expect(hops).toBeGreaterThan(1);
      for (let i = 0; i < hops; i++) {
        expect(await s.page.locator("#panel li.hop").nth(i).locator("li.statement").count()).toBeGreaterThan(0);
      }
      await s.page.waitForTimeout(700);
      const end = await s.probe((p) => p.nodePosition("fallow-person-5"));
      const box = await s.page.locator("#graph").boundingBox();
      expect(end && end.x > 0 && end.y > 0 && end.x < box!.width && end.y < box!.height).toBe(true);
    });

    it("exports a PNG with legend and caption and a GEXF with colours and time intervals", async () => {
      await s.open("?color=community");
      const [image] = await Promise.all([s.page.waitForEvent("download"), s.page.locator("#export-png").click()]);
      const png = readFileSync((await image.path()) ?? "");
      writeFileSync(join(RESULTS_DIR, "corpus-08-export.png"), png);
      const canvas = await s.page
        .locator("#graph canvas")
        .first()
        .evaluate((c) => (c as HTMLCanvasElement).height);
      const height = png.readUInt32BE(20);
      expect(height).toBeGreaterThan(canvas);
      expect(await inkRatio(s.page, png)).toBeGreaterThan(0.02);
      const [gexf] = await Promise.all([s.page.waitForEvent("download"), s.page.locator("#export-gexf").click()]);
      const xml = readFileSync((await gexf.path()) ?? "", "utf8");
      expect(xml).toContain('mode="dynamic" timeformat="date"');
      expect(xml.match(/<node /g)?.length).toBe(await s.probe((p) => p.nodes().length));
      expect(xml.match(/<viz:color /g)?.length).toBe(await s.probe((p) => p.nodes().length + p.displayEdges().length));
      expect(xml).toMatch(/<edge id="aster-&gt;borea" [^>]* start="2023-\d\d-\d\d" end="2023-\d\d-\d\d">/);
      expect(s.errors).toEqual([]);
    });
  },
);
