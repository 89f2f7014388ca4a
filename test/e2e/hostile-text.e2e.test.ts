// Hostile text in article titles, actor names, sentences, sources and links must be shown as text and never run:
// no dialog opens, no injected element appears, the javascript: link is not a link.

import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  HOSTILE_NAME,
  HOSTILE_SENTENCE_MARKUP,
  HOSTILE_TITLE,
  hostileFixtureBatch,
} from "./support/hostile-fixture.ts";
import {
  RESULTS_DIR,
  browserSkipReason,
  buildViewer,
  launchBrowser,
  openPage,
  serveBatches,
  waitForGraph,
  type ServedStore,
} from "./support/viewer-harness.ts";

const skipReason = browserSkipReason();

describe.skipIf(skipReason !== null)(`hostile text in chromium${skipReason ? ` — skipped: ${skipReason}` : ""}`, () => {
  let served: ServedStore;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(RESULTS_DIR, { recursive: true });
    await buildViewer();
    served = await serveBatches([hostileFixtureBatch()]);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it("shows markup in names, titles and sentences as text and runs none of it", async () => {
    const { page, dialogs, errors } = await openPage(browser);
    await page.goto(`${served.url}/?edge=hostile-actor-%3Ecity-council`);
    await waitForGraph(page);
    await expect.poll(() => page.locator("#panel").getAttribute("data-state")).toBe("ready");
    const panel = page.locator("#panel");
    expect(await panel.locator("#panel-title").textContent()).toBe(`Evidence: ${HOSTILE_NAME} → City Council`);
    expect(await panel.locator("mark.subject").allTextContents()).toEqual([HOSTILE_NAME]);
    expect(await panel.locator(".sentence").first().textContent()).toContain(HOSTILE_SENTENCE_MARKUP);
    expect(await panel.locator(".source").first().textContent()).toContain(HOSTILE_TITLE);
    expect(await panel.locator(".source").first().textContent()).toContain("<i>Injected Source</i>");
    // The javascript: URL is not linked: the title is plain text.
    expect(await panel.locator(".source a").count()).toBe(0);

    const input = page.locator("#search input");
    await input.fill("<script");
    await expect
      .poll(() => page.locator("#search [role=option]").allTextContents())
      .toEqual([expect.stringContaining(HOSTILE_NAME)]);
    await input.press("Enter");
    await expect.poll(() => page.locator("#panel-title").textContent()).toBe(HOSTILE_NAME);
    await page.locator("#panel .relations button.small").first().click();
    await expect.poll(() => page.locator("#panel").getAttribute("data-kind")).toBe("thread");
    await expect.poll(() => page.locator("#panel").getAttribute("data-state")).toBe("ready");

    await page.screenshot({ path: join(RESULTS_DIR, "11-hostile-text.png") });
    const injected = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      images: document.querySelectorAll("img").length,
      bold: document.querySelectorAll("#panel b, #panel i, #panel script").length,
    }));
    expect(injected).toEqual({ pwned: null, images: 0, bold: 0 });
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
