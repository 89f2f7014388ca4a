// Browser scenarios of the viewer (sigma's e2e style): the built viewer, the real API and a SQLite store holding
// the hand-written news fixture, driven in headless chromium. Each scenario saves a screenshot.

import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newsFixtureBatch } from "./support/news-fixture.ts";
import {
  REPO_ROOT,
  RESULTS_DIR,
  browserSkipReason,
  buildViewer,
  inkRatio,
  launchBrowser,
  openPage,
  serveBatches,
  setRange,
  waitForGraph,
  waitForLayout,
  type ServedStore,
} from "./support/viewer-harness.ts";

const skipReason = browserSkipReason();

describe.skipIf(skipReason !== null)(`viewer in chromium${skipReason ? ` — skipped: ${skipReason}` : ""}`, () => {
  let served: ServedStore;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  const shot = async (name: string): Promise<Buffer> => page.screenshot({ path: join(RESULTS_DIR, `${name}.png`) });
  const probe = <T>(fn: () => T): Promise<T> => page.evaluate(fn);
  const open = async (query = ""): Promise<void> => {
    await page.goto(`${served.url}/${query}`);
    await waitForGraph(page);
    await waitForLayout(page);
  };
  const nodeAt = async (node: string): Promise<{ x: number; y: number }> => {
    const box = await page.locator("#graph").boundingBox();
    const position = await page.evaluate((n) => window.newsgraphProbe?.nodePosition(n) ?? null, node);
    if (!box || !position) throw new Error(`node ${node} is not on screen`);
    return { x: box.x + position.x, y: box.y + position.y };
  };

  beforeAll(async () => {
    mkdirSync(RESULTS_DIR, { recursive: true });
    mkdirSync(join(REPO_ROOT, "docs/screenshots"), { recursive: true });
    await buildViewer();
    served = await serveBatches([newsFixtureBatch()]);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  beforeAll(async () => {
    ({ page, errors } = await openPage(browser));
  });

  it("loads the network and draws it (nodes present, canvas not blank)", async () => {
    await open();
    const counts = await probe(() => ({
      nodes: window.newsgraphProbe?.nodes().length,
      edges: window.newsgraphProbe?.edges().length,
    }));
    // 34 statements; the negated and the hypothetical one are hidden by default, leaving 27 actor pairs and the
    // 17 actors they join (the UN itself never appears in a statement).
    expect(counts).toEqual({ nodes: 17, edges: 27 });
    await expect.poll(() => page.locator("#status").textContent()).toContain("showing 27 of 27 edges");
    const png = await page.locator("#graph").screenshot();
    expect(await inkRatio(page, png)).toBeGreaterThan(0.01);
    await page.screenshot({ path: join(REPO_ROOT, "docs/screenshots/viewer.png") });
    await shot("01-load");
    expect(errors).toEqual([]);
  });

  it("highlights a hovered node and its neighbours", async () => {
    const { x, y } = await nodeAt("belarus");
    await page.mouse.move(x, y);
    await expect
      .poll(() => probe(() => window.newsgraphProbe?.highlightedNodes()))
      .toEqual(["belarus", "jens-stoltenberg", "russia"]);
    await shot("02-hover");
    await page.mouse.move(5, 400);
    await expect.poll(() => probe(() => window.newsgraphProbe?.highlightedNodes())).toEqual([]);
  });

  it("searches Stoltenberg from the keyboard and opens his actor panel with his neighbourhood", async () => {
    const input = page.locator("#search input");
    await input.click();
    await input.fill("Stolt");
    await expect
      .poll(() => page.locator("#search [role=option]").allTextContents())
      .toEqual([expect.stringContaining("Jens Stoltenberg")]);
    await input.press("ArrowDown");
    await input.press("Enter");
    await expect.poll(() => page.locator("#panel").getAttribute("data-state")).toBe("ready");
    expect(await page.locator("#panel-title").textContent()).toBe("Jens Stoltenberg");
    expect(await page.locator("#panel .roles").textContent()).toContain("Secretary General");
    expect(await probe(() => window.newsgraphProbe?.highlightedNodes())).toEqual([
      "belarus",
      "dmitry-peskov",
      "jens-stoltenberg",
      "russia",
      "ukraine",
    ]);
    expect(new URL(page.url()).searchParams.get("actor")).toBe("jens-stoltenberg");
    await page.waitForTimeout(600);
    await shot("03-search");
  });

  it("opens the evidence behind an edge with highlighted subject, verb and object", async () => {
    await page.locator("#panel button.close").click();
    const a = await nodeAt("jens-stoltenberg");
    const b = await nodeAt("russia");
    await page.mouse.click((a.x + b.x) / 2, (a.y + b.y) / 2);
    await expect.poll(() => page.locator("#panel").getAttribute("data-kind")).toBe("evidence");
    await expect.poll(() => page.locator("#panel").getAttribute("data-state")).toBe("ready");
    expect(await page.locator("#panel li.statement mark.verb").allTextContents()).toEqual([
      "warned",
      "warned",
      "condemned",
    ]);
    expect(await page.locator("#panel li.statement mark.object").allTextContents()).toEqual([
      "Russia",
      "Russia",
      "Russia",
    ]);
    expect(await page.locator("#panel .source a").first().getAttribute("href")).toBe(
      "https://news.example/2022/01/10/alliance-chief-cautions",
    );
    expect(new URL(page.url()).searchParams.get("edge")).toBe("jens-stoltenberg->russia");
    await shot("04-evidence");
  });

  it("shows negated statements only when asked, marked as negated", async () => {
    await page.goto(`${served.url}/?edge=russia-%3Eukraine`);
    await waitForGraph(page);
    await expect.poll(() => page.locator("#panel").getAttribute("data-state")).toBe("ready");
    expect(await page.locator("#panel li.statement .flag").allTextContents()).toEqual([]);
    const version = await probe(() => window.newsgraphProbe?.graphVersion ?? 0);
    await page.locator("#show-negated").check();
    await waitForGraph(page, version);
    await expect.poll(() => page.locator("#panel li.statement .flag").allTextContents()).toEqual(["negated"]);
    expect(await page.locator("#panel li.statement").count()).toBe(2);
    await shot("05-negated");
  });

  it("drops later edges when the time slider moves back", async () => {
    await open();
    expect(await probe(() => window.newsgraphProbe?.edges().includes("russia->ukraine"))).toBe(true);
    const version = await probe(() => window.newsgraphProbe?.graphVersion ?? 0);
    // The slider runs over days from 2022-01-10; day 21 is 2022-01-31, before the invasion.
    await setRange(page, "#time-to", 21);
    await waitForGraph(page, version);
    const edges = await probe(() => window.newsgraphProbe?.edges() ?? []);
    expect(edges.includes("russia->ukraine")).toBe(false);
    // January leaves seven actor pairs (the negated and the hypothetical statement stay hidden).
    expect(edges.sort()).toEqual([
      "antony-blinken->russia",
      "antony-blinken->sergei-lavrov",
      "dmitry-peskov->jens-stoltenberg",
      "jens-stoltenberg->russia",
      "nato->ukraine",
      "russia->nato",
      "sergei-lavrov->nato",
    ]);
    expect(new URL(page.url()).searchParams.get("to")).toBe("2022-01-31");
    await shot("06-time-slider");
  });

  it("shows an actor's ego network", async () => {
    await open("?actor=belarus");
    await expect.poll(() => page.locator("#panel").getAttribute("data-state")).toBe("ready");
    const version = await probe(() => window.newsgraphProbe?.graphVersion ?? 0);
    await page.locator("#ego-1").click();
    await waitForGraph(page, version);
    expect((await probe(() => window.newsgraphProbe?.nodes() ?? [])).sort()).toEqual([
      "belarus",
      "jens-stoltenberg",
      "russia",
    ]);
    expect(await page.locator("#mode-label").textContent()).toBe("Ego network of Belarus, 1 hop");
    await page.waitForTimeout(600);
    await shot("07-ego");
  });

  it("restores the whole view from a shared URL", async () => {
    await open("?types=WARN,CRITICIZE,SUPPORT&actor=russia&color=community&size=pagerank");
    const state = await probe(() => window.newsgraphProbe?.state());
    const nodes = await probe(() => window.newsgraphProbe?.nodes().sort());
    const shared = page.url();
    const second = await openPage(browser);
    await second.page.goto(shared);
    await waitForGraph(second.page);
    await expect.poll(() => second.page.locator("#panel").getAttribute("data-state")).toBe("ready");
    expect(await second.page.evaluate(() => window.newsgraphProbe?.state())).toEqual(state);
    expect(await second.page.evaluate(() => window.newsgraphProbe?.nodes().sort())).toEqual(nodes);
    expect(await second.page.locator("#panel-title").textContent()).toBe("Russia");
    expect(await second.page.locator("#node-color").inputValue()).toBe("community");
    expect(await second.page.locator("select#relation-types option:checked").allTextContents()).toEqual([
      expect.stringMatching(/^Warn/),
      expect.stringMatching(/^Criticize/),
      expect.stringMatching(/^Support/),
    ]);
    await second.page.screenshot({ path: join(RESULTS_DIR, "08-shared-url.png") });
    await second.page.close();
  });

  it("highlights the shortest path between two actors", async () => {
    await open("?mode=path&pathFrom=belarus&pathTo=european-union");
    await expect.poll(() => page.locator("#panel").getAttribute("data-kind")).toBe("path");
    await expect
      .poll(() => page.locator("#panel ol.path li").allTextContents())
      .toEqual(["Belarus", "Russia", "European Union"]);
    expect(await probe(() => window.newsgraphProbe?.highlightedNodes())).toEqual([
      "belarus",
      "european-union",
      "russia",
    ]);
    await shot("09-path");
  });

  it("shows a response thread, and says so plainly when there are no response links", async () => {
    await open("?thread=nato,volodymyr-zelensky");
    await expect.poll(() => page.locator("#panel").getAttribute("data-state")).toBe("ready");
    expect(await page.locator("#panel .response-link").allTextContents()).toEqual([
      expect.stringMatching(/^↳ responds to #2 — “criticised NATO for refusing”, 0 days later$/),
    ]);
    await shot("10-thread");
    await open("?thread=germany,ukraine");
    await expect.poll(() => page.locator("#panel").getAttribute("data-state")).toBe("ready");
    expect(await page.locator("#no-responses").count()).toBe(1);
    expect(await page.locator("#panel .response-link").count()).toBe(0);
  });

  it("exports the view as GEXF and as a non-blank PNG", async () => {
    await open();
    const [gexf] = await Promise.all([page.waitForEvent("download"), page.locator("#export-gexf").click()]);
    const xml = readFileSync((await gexf.path()) ?? "", "utf8");
    expect(xml.match(/<node /g)?.length).toBe(17);
    expect(xml.match(/<edge /g)?.length).toBe(27);
    const [image] = await Promise.all([page.waitForEvent("download"), page.locator("#export-png").click()]);
    const png = readFileSync((await image.path()) ?? "");
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(await inkRatio(page, png)).toBeGreaterThan(0.01);
  });
});
