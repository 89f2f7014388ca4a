// The viewer on the real development corpus (../shared/corpus: 479 scraped news articles, internal use only), as
// issue 19 found it: the page must not grow when Putin is searched or Russia's panel opens, the two directions of
// Russia–Ukraine must both be clickable, and "the West" must be labelled. Skips with the reason when ../shared is
// absent (a user's clone, CI).

import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { browserSkipReason, serveIngested } from "./support/viewer-harness.ts";
import { useViewerSuite, type ViewerSession } from "./support/viewer-session.ts";

const CORPUS = fileURLToPath(new URL("../../../shared/corpus/", import.meta.url));
const FOLDERS = ["ukraine-crisis-2014", "ukraine-war-2022-24"].map((folder) => `${CORPUS}${folder}`);
const skipReason =
  browserSkipReason() ?? (FOLDERS.every((folder) => existsSync(folder)) ? null : `no development corpus at ${CORPUS}`);

describe.skipIf(skipReason !== null)(
  `viewer on the development corpus${skipReason ? ` — skipped: ${skipReason}` : ""}`,
  () => {
    const suite = useViewerSuite(() => serveIngested(FOLDERS));
    let s: ViewerSession;
    beforeAll(() => {
      s = suite.session;
    });

    it("draws the whole network on screen with the sixth-largest actor, the West, labelled", async () => {
      await s.open();
      await s.layoutHolds();
      expect(await s.shareOfNodesInView()).toBe(1);
      expect(await s.probe((p) => p.nodes().length)).toBeGreaterThan(150);
      expect(await s.probe((p) => p.displayedLabels())).toEqual(expect.arrayContaining(["russia", "ukraine", "west"]));
      await s.shot("development-01-network");
    });

    it("keeps the page and Putin in view when he is searched, and Russia's panel on screen", async () => {
      const input = s.page.locator("#search input");
      await input.fill("Putin");
      await expect.poll(() => s.page.locator("#search [role=option]").count()).toBeGreaterThan(0);
      await input.press("Enter");
      await s.panelReady("actor");
      await s.page.waitForTimeout(700);
      const box = await s.layoutHolds();
      const at = await s.probe((p) => p.nodePosition(p.state().actor ?? ""));
      expect(at && at.x > 0 && at.y > 0 && at.x < box.width && at.y < box.height).toBe(true);
      await s.open("?actor=russia");
      await s.panelReady("actor");
      await s.layoutHolds();
      expect(await s.page.locator("#articles-count").textContent()).toMatch(/^Articles: the latest 50 of \d+$/);
      await s.shot("development-02-russia");
    });

    it("lets either direction of Russia–Ukraine be clicked once zoomed in on them", async () => {
      await s.open();
      // In the dense centre other actors' edges cross the pair; an analyst zooms in before clicking.
      await s.zoomBetween("russia", "ukraine", 3);
      await s.clickEdge("ukraine", "russia");
      await s.panelReady("evidence");
      expect(await s.page.locator("#panel-title").textContent()).toBe("Evidence: Ukraine → Russia");
      // Selecting a pair brings both its actors into view, which zooms back out: the analyst zooms in again.
      await s.zoomBetween("russia", "ukraine", 3);
      await s.clickEdge("russia", "ukraine");
      await s.panelReady("evidence");
      expect(await s.page.locator("#panel-title").textContent()).toBe("Evidence: Russia → Ukraine");
      await s.layoutHolds();
      await s.shot("development-03-russia-ukraine");
    });
  },
);
