// Browser scenarios with exact expectations, on the hand-written news fixture (test/e2e/support/news-fixture.ts)
// written into a temporary SQLite store: negated statements, shortest paths, response threads (with and without
// links), keyboard search, and PNG/GEXF export.

import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { newsFixtureBatch } from "./support/news-fixture.ts";
import { browserSkipReason, inkRatio, serveBatches, waitForGraph } from "./support/viewer-harness.ts";
import { useViewerSuite, type ViewerSession } from "./support/viewer-session.ts";

const skipReason = browserSkipReason();

describe.skipIf(skipReason !== null)(
  `viewer features in chromium${skipReason ? ` — skipped: ${skipReason}` : ""}`,
  () => {
    const suite = useViewerSuite(() => serveBatches([newsFixtureBatch()]));
    let s: ViewerSession;
    beforeAll(() => {
      s = suite.session;
    });

    it("hides negated and hypothetical statements by default and counts what it shows", async () => {
      await s.open();
      // 34 statements; without the negated and the hypothetical one, 27 actor pairs join 17 actors (the UN itself
      // never appears in a statement).
      expect(await s.probe((p) => [p.nodes().length, p.edges().length])).toEqual([17, 27]);
      expect(await s.page.locator("#status").textContent()).toContain("showing 27 of 27 edges · 17 actors");
      expect(await s.probe((p) => p.edges().includes("united-states->russia"))).toBe(false);
    });

    it("shows a negated statement only when asked, marked as negated", async () => {
      await s.open("?edge=russia-%3Eukraine");
      await s.panelReady("evidence");
      expect(await s.page.locator("#panel li.statement .flag").allTextContents()).toEqual([]);
      const before = await s.graphVersion();
      await s.page.locator("#show-negated").check();
      await waitForGraph(s.page, before);
      await expect.poll(() => s.page.locator("#panel li.statement .flag").allTextContents()).toEqual(["negated"]);
      expect(await s.page.locator("#panel li.statement mark.verb").allTextContents()).toEqual(["attack", "attacked"]);
      expect(new URL(s.page.url()).searchParams.get("negated")).toBe("1");
      await s.shot("features-01-negated");
    });

    it("moves through suggestions with the arrow keys and closes them with Escape", async () => {
      await s.open();
      const input = s.page.locator("#search input");
      await input.fill("Ru");
      await expect.poll(() => s.page.locator("#search [role=option]").count()).toBeGreaterThan(0);
      const names = await s.page.locator("#search [role=option] .name").allTextContents();
      expect(names).toContain("Russia");
      await input.press("ArrowDown");
      expect(await s.page.locator("#search [aria-selected=true] .name").textContent()).toBe(names[1 % names.length]);
      await input.press("Escape");
      expect(await s.page.locator("#search [role=listbox]").isHidden()).toBe(true);
      await input.fill("Zelenskiy");
      await expect
        .poll(() => s.page.locator("#search [role=option]").allTextContents())
        .toEqual([expect.stringContaining("Volodymyr Zelensky (Zelenskiy)")]);
      await input.press("Enter");
      await s.panelReady("actor");
      expect(await s.page.locator("#panel-title").textContent()).toBe("Volodymyr Zelensky");
    });

    it("plays the time slider forward from the window's start", async () => {
      await s.open();
      const before = await s.graphVersion();
      await s.page.locator("#time-play").click();
      await waitForGraph(s.page, before);
      // The first step ends the window 5 days after 2022-01-10 (53 days in 12 steps): only the first article's edges.
      expect(new URL(s.page.url()).searchParams.get("to")).toBe("2022-01-15");
      expect(await s.probe((p) => p.edges().sort())).toEqual([
        "dmitry-peskov->jens-stoltenberg",
        "jens-stoltenberg->russia",
        "nato->ukraine",
        "russia->nato",
      ]);
      await s.page.waitForFunction(() => new URL(window.location.href).searchParams.get("to") !== "2022-01-15");
      await s.page.locator("#time-play").click();
      expect(await s.page.locator("#time-play").textContent()).toBe("▶ Play");
    });

    it("picks a path's target with the search box in the mode bar", async () => {
      await s.open("?actor=belarus");
      await s.panelReady("actor");
      await s.page.locator("#path-from").click();
      const input = s.page.locator("#mode-bar input");
      await input.fill("Brussels");
      await expect
        .poll(() => s.page.locator("#mode-bar [role=option] .name").allTextContents())
        .toEqual(["European Union"]);
      await input.press("Enter");
      await s.panelReady("path");
      expect(await s.page.locator("#mode-label").textContent()).toBe("Shortest path from Belarus to European Union");
      expect(new URL(s.page.url()).searchParams.get("pathTo")).toBe("european-union");
    });

    it("highlights the shortest path between two actors and lists the statements behind each hop", async () => {
      await s.open("?mode=path&pathFrom=belarus&pathTo=european-union");
      await s.panelReady("path");
      const hops = s.page.locator("#panel li.hop");
      expect(await hops.count()).toBe(2);
      expect(await hops.nth(0).locator(".hop-pair button").allTextContents()).toEqual(["Belarus", "Russia"]);
      expect(await hops.nth(1).locator(".hop-pair button").allTextContents()).toEqual(["Russia", "European Union"]);
      for (let hop = 0; hop < 2; hop++) {
        // Every hop shows its evidence: the sentence with the verb marked, and the article it comes from.
        expect(await hops.nth(hop).locator("li.statement mark.verb").count()).toBeGreaterThan(0);
        expect(await hops.nth(hop).locator("li.statement .source").count()).toBeGreaterThan(0);
      }
      expect(await s.probe((p) => p.highlightedNodes())).toEqual(["belarus", "european-union", "russia"]);
      await s.shot("features-02-path");
    });

    it("survives an invalid path end in the URL: no path highlighted, no uncaught error", async () => {
      const before = s.errors.length;
      await s.open("?mode=path&pathFrom=%21%21not-an-id&pathTo=european-union");
      await expect.poll(() => s.page.locator("#panel").getAttribute("data-state")).not.toBe("loading");
      expect(await s.probe((p) => p.highlightedNodes())).toEqual([]);
      // The refused request shows in the console as a failed load (400); nothing is thrown.
      expect(s.errors.slice(before).filter((error) => !/Failed to load resource/.test(error))).toEqual([]);
      s.errors.splice(before); // the page's later checks of "no errors" are about their own steps
    });

    it("lists a response thread in time order with its response link", async () => {
      await s.open("?thread=nato,volodymyr-zelensky");
      await s.panelReady("thread");
      expect(await s.page.locator("#panel li.statement mark.verb").allTextContents()).toEqual([
        "appealed to",
        "rejected",
        "criticised",
      ]);
      expect(await s.page.locator("#panel .response-link").allTextContents()).toEqual([
        "↳ responds to #2 — “criticised NATO for refusing”, 0 days later",
      ]);
      await s.shot("features-03-thread");
    });

    it("says plainly that there are no response links rather than implying an exchange", async () => {
      await s.open("?thread=germany,ukraine");
      await s.panelReady("thread");
      expect(await s.page.locator("#no-responses").count()).toBe(1);
      expect(await s.page.locator("#panel .response-link").count()).toBe(0);
      expect(await s.page.locator("#panel li.statement").count()).toBe(1);
    });

    it("opens the response thread from the evidence panel", async () => {
      await s.open("?edge=dmitry-peskov-%3Ejens-stoltenberg");
      await s.panelReady("evidence");
      await s.page.locator("#open-thread").click();
      await s.panelReady("thread");
      expect(await s.page.locator("#panel .response-link").allTextContents()).toEqual([
        "↳ responds to Jens Stoltenberg (warn → Russia, 2022-01-10) — “rejected the remarks”, 2 days later",
      ]);
    });

    it("exports the view as GEXF and as a non-blank PNG", async () => {
      await s.open();
      const [gexf] = await Promise.all([s.page.waitForEvent("download"), s.page.locator("#export-gexf").click()]);
      const xml = readFileSync((await gexf.path()) ?? "", "utf8");
      expect([xml.match(/<node /g)?.length, xml.match(/<edge /g)?.length]).toEqual([17, 27]);
      const [image] = await Promise.all([s.page.waitForEvent("download"), s.page.locator("#export-png").click()]);
      const png = readFileSync((await image.path()) ?? "");
      expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
      expect(await inkRatio(s.page, png)).toBeGreaterThan(0.01);
      expect(s.errors).toEqual([]);
    });
  },
);
