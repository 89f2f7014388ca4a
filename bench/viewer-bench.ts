// Viewer benchmark: a synthetic store of 5,000 actors and 50,000 statements served through the real API; time from
// navigation to the first drawn frame of the viewer vs a plain sigma 4 page drawing the same /api/graph answer (same
// headless chromium), and frame times while panning. Prints figures; not a timed test.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { build } from "vite";
import {
  VIEWPORT,
  browserSkipReason,
  buildViewer,
  launchBrowser,
  serveBatches,
} from "../test/e2e/support/viewer-harness.ts";
import { VIEWER_RATIO_TARGET } from "./measure-viewer-row.ts";
import {
  resolveSyntheticGraphOptions,
  syntheticGraphBatch,
  type SyntheticGraphOptions,
} from "./synthetic-graph-batch.ts";

export interface ViewerBenchOptions extends SyntheticGraphOptions {
  /** Edges both pages ask of /api/graph (top-N by statements). */
  limit: number;
  /** Page loads per page kind; the median is reported. */
  runs: number;
  /** Mouse moves in the pan gesture. */
  panSteps: number;
  log: (line: string) => void;
}

export const DEFAULT_VIEWER_BENCH_OPTIONS: Readonly<Omit<ViewerBenchOptions, keyof SyntheticGraphOptions>> = {
  limit: 5_000,
  runs: 5,
  panSteps: 60,
  log: (line) => console.log(line),
};

export interface ViewerBenchResult {
  /** Median ms from navigation to the viewer's first frame with nodes. */
  newsgraphMs: number;
  /** Median ms from navigation to the plain sigma page's first frame. */
  plainSigmaMs: number;
  /** newsgraphMs / plainSigmaMs (bar: ≤ VIEWER_RATIO_TARGET). */
  ratio: number;
  /** Mean time between animation frames while dragging the view, in ms (16.7 = 60 fps). */
  panFrameMs: number;
  /** 95th percentile of the same. */
  panFrameP95Ms: number;
  /** Mean duration of one sigma render during the pan, in ms. */
  panRenderMs: number;
  /** Mean frame interval of the plain sigma page under the same pan, in ms. */
  plainPanFrameMs: number;
  /** Median time of the /api/graph answer both pages wait for, fetched from Node, in ms. */
  apiGraphMs: number;
  nodes: number;
  edges: number;
  /** Set when the bench could not run (no chromium); figures are then NaN. */
  skipped: string | null;
}

const PLAIN_PAGE_ROOT = fileURLToPath(new URL("./plain-sigma/", import.meta.url));

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
};

const round = (n: number): number => Math.round(n * 10) / 10;

/**
 * Opens `url` in a fresh context. Returns at the navigation's commit, not at its `load` event: the pages time their
 * first frame themselves from navigation start, and under software WebGL a busy page delays `load` by seconds.
 */
async function openPage(browser: Browser, url: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "commit" });
  return { context, page };
}

interface TimedLoad {
  ms: number;
  /** The loaded page, when kept open for the pan (its context is the caller's to close). */
  kept: { context: BrowserContext; page: Page } | null;
}

/** Loads `url` in a fresh context and returns the first-frame time `read` gives; `keep` leaves the page open. */
async function timeFirstFrame(
  browser: Browser,
  url: string,
  read: () => number | null | undefined,
  keep = false,
): Promise<TimedLoad> {
  const opened = await openPage(browser, url);
  const handle = await opened.page.waitForFunction(read, undefined, { timeout: 120_000, polling: 50 });
  const ms = (await handle.jsonValue()) as number;
  if (keep) return { ms, kept: opened };
  await opened.context.close();
  return { ms, kept: null };
}

/** Stops the viewer's layout through the button's own handler, called in the page (Playwright's actionability
 * checks on a page busy with the layout took 5 s under load, and measure nothing). */
async function stopLayout(page: Page): Promise<void> {
  if (await page.evaluate(() => window.newsgraphProbe?.layoutRunning()))
    await page.evaluate(() => document.querySelector<HTMLButtonElement>("#layout-toggle")?.click());
}

/** Drags the view in a loop and records the intervals between animation frames, in ms. */
async function measurePan(page: Page, steps: number): Promise<number[]> {
  const box = await page.locator("#graph").boundingBox();
  if (!box) throw new Error("bench/viewer-bench: the viewer has no #graph box to pan");
  // A string, not a function: tsx's name-keeping helper would not exist inside the page.
  await page.evaluate(`(() => {
    const frames = [];
    window.benchFrames = frames;
    const tick = (t) => { frames.push(t); if (frames.length < 10000) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(cx + 200 * Math.sin((i / steps) * Math.PI * 2), cy + 120 * Math.sin((i / steps) * Math.PI));
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  const frames = await page.evaluate(() => (window as unknown as { benchFrames: number[] }).benchFrames.splice(0));
  return frames.slice(1).map((t, i) => t - (frames[i] ?? t));
}

const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
const p95 = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)] ?? NaN;

/** Pan frame times of the viewer on a loaded page (layout stopped first) and sigma's own render durations meanwhile. */
async function panViewer(page: Page, steps: number) {
  await stopLayout(page);
  await page.waitForTimeout(500);
  const size = await page.evaluate(() => ({
    nodes: window.newsgraphProbe?.nodes().length ?? 0,
    edges: window.newsgraphProbe?.edges().length ?? 0,
  }));
  await page.evaluate(() => window.newsgraphProbe?.renderDurations.splice(0));
  const frames = await measurePan(page, steps);
  const renders = await page.evaluate(() => window.newsgraphProbe?.renderDurations.slice() ?? []);
  return { frames, renders, size };
}

/**
 * Runs the benchmark and prints its figures.
 * @example
 * const { ratio } = await runViewerBench({ runs: 3 });
 */
export async function runViewerBench(partial: Partial<ViewerBenchOptions> = {}): Promise<ViewerBenchResult> {
  const options: ViewerBenchOptions = {
    ...DEFAULT_VIEWER_BENCH_OPTIONS,
    ...resolveSyntheticGraphOptions(partial),
    ...partial,
  };
  const log = options.log;
  const skipped = browserSkipReason();
  if (skipped) {
    log(`viewer bench skipped: ${skipped}`);
    return {
      newsgraphMs: NaN,
      plainSigmaMs: NaN,
      ratio: NaN,
      panFrameMs: NaN,
      panFrameP95Ms: NaN,
      panRenderMs: NaN,
      plainPanFrameMs: NaN,
      apiGraphMs: NaN,
      nodes: 0,
      edges: 0,
      skipped,
    };
  }
  const siteDir = mkdtempSync(join(tmpdir(), "newsgraph-viewer-bench-"));
  const started = performance.now();
  const batch = syntheticGraphBatch(options);
  await buildViewer(siteDir);
  await build({
    root: PLAIN_PAGE_ROOT,
    base: "/plain/",
    logLevel: "error",
    configFile: false,
    build: { outDir: join(siteDir, "plain"), emptyOutDir: true, target: "es2022", modulePreload: { polyfill: false } },
  });
  const served = await serveBatches([batch], siteDir);
  log(
    `viewer bench: ${options.actors} actors, ${options.statements} statements stored and both pages built in ${Math.round(performance.now() - started)} ms`,
  );
  let phaseStarted = performance.now();
  /** Logs the wall time of the phase that just ended, so a slow run shows where its time went. */
  const phase = (name: string): void => {
    const now = performance.now();
    log(`  viewer bench: ${name} in ${((now - phaseStarted) / 1000).toFixed(1)} s`);
    phaseStarted = now;
  };
  const browser = await launchBrowser();
  phase("chromium launched");
  try {
    const viewerUrl = `${served.url}/?limit=${options.limit}`;
    const plainUrl = `${served.url}/plain/index.html?limit=${options.limit}`;
    const viewerFrame = (): number | null | undefined => window.newsgraphProbe?.firstFrameMs;
    const plainFrame = (): number | null | undefined => window.plainSigmaFirstFrameMs;
    // One warm-up load each (compiles, fills the store's page cache), then alternate the two pages. The last timed
    // load of each stays open for its pan (saving two loads): the viewer's with its layout stopped at once, so it
    // sits idle while the plain page's last load is timed.
    await timeFirstFrame(browser, viewerUrl, viewerFrame);
    await timeFirstFrame(browser, plainUrl, plainFrame);
    phase("warm-up loads");
    const viewerTimes: number[] = [];
    const plainTimes: number[] = [];
    const kept: { viewer: TimedLoad["kept"]; plain: TimedLoad["kept"] } = { viewer: null, plain: null };
    for (let run = 0; run < options.runs; run++) {
      const last = run === options.runs - 1;
      const viewerLoad = await timeFirstFrame(browser, viewerUrl, viewerFrame, last);
      if (viewerLoad.kept) await stopLayout(viewerLoad.kept.page);
      const plainLoad = await timeFirstFrame(browser, plainUrl, plainFrame, last);
      viewerTimes.push(viewerLoad.ms);
      plainTimes.push(plainLoad.ms);
      kept.viewer ??= viewerLoad.kept;
      kept.plain ??= plainLoad.kept;
    }
    phase(`${options.runs} timed loads of each page`);
    const apiTimes: number[] = [];
    for (let run = 0; run < options.runs; run++) {
      const t0 = performance.now();
      await (await fetch(`${served.url}/api/graph?limit=${options.limit}`)).arrayBuffer();
      apiTimes.push(performance.now() - t0);
    }
    if (kept.viewer === null || kept.plain === null)
      throw new Error("bench/viewer-bench: the last page loads were not kept for the pans (runs must be ≥ 1)");
    const pan = await panViewer(kept.viewer.page, options.panSteps);
    await kept.viewer.context.close();
    phase("viewer pan");
    const plainPan = await measurePan(kept.plain.page, options.panSteps);
    await kept.plain.context.close();
    phase("plain sigma pan");
    const size = pan.size;
    const result: ViewerBenchResult = {
      newsgraphMs: round(median(viewerTimes)),
      plainSigmaMs: round(median(plainTimes)),
      ratio: Math.round((median(viewerTimes) / median(plainTimes)) * 100) / 100,
      panFrameMs: round(mean(pan.frames)),
      panFrameP95Ms: round(p95(pan.frames)),
      panRenderMs: round(mean(pan.renders)),
      plainPanFrameMs: round(mean(plainPan)),
      apiGraphMs: round(median(apiTimes)),
      ...size,
      skipped: null,
    };
    log(
      `viewer bench (${size.nodes} nodes, ${size.edges} edges drawn, limit ${options.limit}, median of ${options.runs}): ` +
        `newsgraph first frame ${result.newsgraphMs} ms [${viewerTimes.map(round).join(", ")}], ` +
        `plain sigma ${result.plainSigmaMs} ms [${plainTimes.map(round).join(", ")}], ratio ${result.ratio} (bar ≤ ${VIEWER_RATIO_TARGET}); ` +
        `/api/graph alone ${result.apiGraphMs} ms; ` +
        `pan (${options.panSteps} mouse moves): ${result.panFrameMs} ms/frame mean, p95 ${result.panFrameP95Ms} ms, sigma render ${result.panRenderMs} ms ` +
        `(plain sigma pan ${result.plainPanFrameMs} ms/frame)`,
    );
    return result;
  } finally {
    await browser.close();
    await served.close();
    rmSync(siteDir, { recursive: true, force: true });
  }
}
