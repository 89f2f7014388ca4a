// Browser-test harness: builds the viewer with Vite, serves it with the real API over a temporary SQLite store
// (hand-written batches or the demo corpus through the real ingest pipeline), and launches Debian's chromium through playwright-core (skipping with a reason when chromium is absent).

import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { build } from "vite";
import { createInProcessExtractor } from "../../../ingest/pipeline/batch-extractor.ts";
import { createApiServer } from "../../../src/api/create-api-server.ts";
import { DEMO_ARTICLES_DIR } from "../../../src/cli/commands/demo.ts";
import { DEFAULT_INGEST_BATCH_SIZE, ingestIntoStore } from "../../../src/ingest/ingest-into-store.ts";
import type { GraphBatch, GraphReader } from "../../../src/store/graph-store.ts";
import { openSqliteStore, type SqliteStore } from "../../../src/store/sqlite-store.ts";

/** Debian's chromium; CHROMIUM_PATH overrides it (CI images that install it elsewhere). */
export const CHROMIUM_PATH = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
export const VIEWPORT = { width: 1280, height: 800 } as const;
export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const VIEWER_CONFIG = join(REPO_ROOT, "viewer/vite.config.ts");
export const VIEWER_DIST = join(REPO_ROOT, "viewer/dist");
export const RESULTS_DIR = join(REPO_ROOT, "test-results/e2e");

/** Why browser tests cannot run here, or null when they can. */
export function browserSkipReason(): string | null {
  return existsSync(CHROMIUM_PATH)
    ? null
    : `chromium not found at ${CHROMIUM_PATH}; install it with: apt-get install -y chromium fonts-liberation`;
}

/** Newest modification time of a file, or of the files under a folder (ms since the epoch; 0 when absent). */
function newestFileMs(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestFileMs(join(path, entry)));
  return newest;
}

/** What the built viewer is made of: its sources, the schema it imports, and the installed packages. */
const VIEWER_INPUTS = ["viewer/src", "viewer/index.html", "viewer/vite.config.ts", "graph-schema", "package-lock.json"];

/**
 * Builds the viewer into `outDir` (default viewer/dist). The default build is skipped when it is newer than every
 * file it is made of: the browser suites each ask for it, and one build per test run is enough.
 */
export async function buildViewer(outDir = VIEWER_DIST): Promise<void> {
  const built = join(outDir, "index.html");
  if (outDir === VIEWER_DIST && existsSync(built)) {
    const inputs = Math.max(...VIEWER_INPUTS.map((input) => newestFileMs(join(REPO_ROOT, input))));
    if (statSync(built).mtimeMs > inputs) return;
  }
  await build({ configFile: VIEWER_CONFIG, logLevel: "error", build: { outDir, emptyOutDir: true } });
}

export interface ServedStore {
  url: string;
  reader: GraphReader;
  close(): Promise<void>;
}

/** Serves `viewerDir` and the API over any reader on a free port of 127.0.0.1. */
export async function serveReader(
  reader: GraphReader,
  viewerDir = VIEWER_DIST,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = createApiServer({ reader, viewerDir });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** Writes the batches into a fresh temporary SQLite store and serves it. */
export async function serveBatches(batches: GraphBatch[], viewerDir = VIEWER_DIST): Promise<ServedStore> {
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-e2e-"));
  const store = openSqliteStore(dir, { create: true });
  for (const batch of batches) await store.write(batch);
  return serveStore(store, dir, viewerDir);
}

/** Serves an open store; closing stops the server, closes the store and deletes its temporary folder. */
async function serveStore(store: SqliteStore, dir: string, viewerDir: string): Promise<ServedStore> {
  const served = await serveReader(store, viewerDir);
  return {
    url: served.url,
    reader: store,
    close: async () => {
      await served.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Launches headless chromium with the flags these tests rely on. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/**
 * Opens a page at 1280×800 (in the browser's default context, or in a context of its own, which starts with an empty
 * cache and storage) that records console errors and dialogs (a dialog means injected script ran).
 */
export async function openPage(
  target: Browser | BrowserContext,
): Promise<{ page: Page; errors: string[]; dialogs: string[] }> {
  const page = "newContext" in target ? await target.newPage({ viewport: VIEWPORT }) : await target.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { page, errors, dialogs };
}

/** Waits until the viewer has drawn a graph response newer than `afterVersion`. */
export async function waitForGraph(page: Page, afterVersion = 0): Promise<number> {
  await page.waitForFunction(
    (v) => document.body.dataset.graphState === "ready" && (window.newsgraphProbe?.graphVersion ?? 0) > v,
    afterVersion,
    { timeout: 30_000 },
  );
  return page.evaluate(() => window.newsgraphProbe?.graphVersion ?? 0);
}

/** Waits for the force layout to settle, so positions no longer move under the mouse. */
export async function waitForLayout(page: Page): Promise<void> {
  await page.waitForFunction(() => window.newsgraphProbe?.layoutRunning() === false, undefined, { timeout: 30_000 });
}

/** Share of pixels in a PNG that are not near-white (decoded by the page itself, so no image library is needed). */
export async function inkRatio(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext("2d");
    if (!context) return 0;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) {
      if ((data[i] ?? 255) < 235 || (data[i + 1] ?? 255) < 235 || (data[i + 2] ?? 255) < 235) ink++;
    }
    return ink / (data.length / 4);
  }, png.toString("base64"));
}

/** Sets a range input's value as a user dragging it would, firing `input`. */
export async function setRange(page: Page, selector: string, value: number): Promise<void> {
  await page.$eval(
    selector,
    (element, v) => {
      const input = element as HTMLInputElement;
      input.value = String(v);
      input.dispatchEvent(new Event("input", { bubbles: true }));
    },
    value,
  );
}

/** The bundled demo corpus (demo/articles), ingested by the real pipeline into a fresh temporary store, served. */
export function serveDemoCorpus(viewerDir = VIEWER_DIST): Promise<ServedStore> {
  return serveIngested([DEMO_ARTICLES_DIR], viewerDir);
}

/** Articles at `paths` ingested by the real pipeline into a fresh temporary store, served. */
export async function serveIngested(paths: string[], viewerDir = VIEWER_DIST): Promise<ServedStore> {
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-e2e-ingested-"));
  const store = openSqliteStore(dir, { create: true });
  const extractor = createInProcessExtractor();
  try {
    await ingestIntoStore(paths, {
      store,
      extractor,
      batchSize: DEFAULT_INGEST_BATCH_SIZE,
      readClean: {},
      registry: {},
      responses: {},
    });
  } finally {
    await extractor.close();
  }
  return serveStore(store, dir, viewerDir);
}
