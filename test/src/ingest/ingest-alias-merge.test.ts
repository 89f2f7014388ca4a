// An alias file that merges actors the store already holds is folded into the store by the next ingest, whether
// or not that ingest brings new articles: the merged actor keeps every article link and statement.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createInProcessExtractor } from "../../../ingest/pipeline/batch-extractor.ts";
import { loadAliasOverrides } from "../../../ingest/resolve/alias-overrides.ts";
import { ingestIntoStore } from "../../../src/ingest/ingest-into-store.ts";
import { openSqliteStore } from "../../../src/store/sqlite-store.ts";
import { writeNewsFiles } from "../../fixtures/news-week.ts";

const ARTICLES: Record<string, string> = {
  "warns.txt":
    "Marcos warns Beijing\n\nPhilippine President Ferdinand Marcos Jr. warned China on Monday against further incursions near the Second Thomas Shoal.\n",
  "protests.txt":
    "Manila protests again\n\nBongbong Marcos criticised China on Tuesday over the water cannon attack on a supply boat.\n",
};
const LATER =
  "Manila presses Beijing\n\nMarcos accused China on Friday of harassing Filipino fishermen near Scarborough Shoal.\n";
const MERGE = loadAliasOverrides(
  '{ "merge": [{ "name": "Ferdinand Marcos Jr.", "members": ["Bongbong Marcos"] }] }',
  "aliases.json",
);

let dir: string;
let inputs: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-alias-merge-"));
  inputs = writeNewsFiles(join(dir, "news"), ARTICLES);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function ingest(withAliases: boolean): Promise<void> {
  const store = openSqliteStore(join(dir, "store"), { create: true });
  const extractor = createInProcessExtractor();
  try {
    await ingestIntoStore([inputs], {
      store,
      extractor,
      batchSize: 50,
      readClean: {},
      registry: withAliases ? { overrides: MERGE } : {},
      responses: {},
    });
  } finally {
    await extractor.close();
    await store.close();
  }
}

/** Marcos's actors with their number of articles, and the subjects of the statements about China. */
function marcos(): { actors: [string, number][]; speakers: string[] } {
  const store = openSqliteStore(join(dir, "store"), { readonly: true });
  try {
    const actors = store.db
      .prepare(`SELECT id, article_count FROM actors WHERE id LIKE '%marcos%' ORDER BY id`)
      .raw()
      .all() as [string, number][];
    const links = store.db.prepare(`SELECT count(*) FROM actor_articles WHERE actor_id LIKE '%marcos%'`).pluck().get();
    expect(links).toBe(actors.reduce((sum, [, count]) => sum + count, 0));
    const speakers = store.db
      .prepare(`SELECT DISTINCT subject FROM relations WHERE object = 'china' ORDER BY subject`)
      .pluck()
      .all() as string[];
    return { actors, speakers };
  } finally {
    void store.close();
  }
}

describe("ingest with an alias file that merges stored actors", () => {
  it.each([
    { title: "folds them when the run adds no article", later: false, articles: 2 },
    { title: "folds them before resolving the run's new articles", later: true, articles: 3 },
  ])("$title", async ({ later, articles }) => {
    await ingest(false);
    expect(marcos()).toEqual({
      actors: [
        ["bongbong-marcos", 2],
        ["ferdinand-marcos-jr", 1],
      ],
      speakers: ["bongbong-marcos", "ferdinand-marcos-jr"],
    });
    if (later) writeFileSync(join(inputs, "later.txt"), LATER);
    await ingest(true);
    expect(marcos()).toEqual({ actors: [["ferdinand-marcos-jr", articles]], speakers: ["ferdinand-marcos-jr"] });
  });
});
