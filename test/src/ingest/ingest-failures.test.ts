// A store or alias file that fails while ingest runs rejects the ingest with that error (the CLI prints it as one
// line); it never escapes as an unhandled rejection that ends the process with a stack trace.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { StoreUnavailableError } from "../../../graph-schema/index.ts";
import { createInProcessExtractor } from "../../../ingest/pipeline/batch-extractor.ts";
import { ingestIntoStore } from "../../../src/ingest/ingest-into-store.ts";
import type { GraphStore } from "../../../src/store/graph-store.ts";
import { openSqliteStore } from "../../../src/store/sqlite-store.ts";
import { writeNewsFiles } from "../../fixtures/news-week.ts";

const REPORTS: Record<string, string> = {
  "scholz.txt":
    "Scholz urges calm\n\nGerman Chancellor Olaf Scholz urged Russia on Monday to pull back its troops from the border.\n",
  "macron.txt":
    "Macron calls Putin\n\nFrench President Emmanuel Macron warned Russia on Tuesday against any further escalation.\n",
  "duda.txt":
    "Duda visits Vilnius\n\nPolish President Andrzej Duda praised Lithuania on Wednesday for its support of Ukraine.\n",
};

let dir: string;
let inputs: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-ingest-failures-"));
  inputs = writeNewsFiles(join(dir, "news"), REPORTS);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const unreachable = () => new StoreUnavailableError("the store went away", { hint: "check the store" });

describe("ingest when its store fails", () => {
  it.each([
    { title: "reading the known actors", fail: { knownActors: async () => Promise.reject(unreachable()) } },
    { title: "writing a batch", fail: { write: async () => Promise.reject(unreachable()) } },
  ])("rejects with the store's error when $title fails", async ({ fail }) => {
    const real = openSqliteStore(join(dir, "store"), { create: true });
    const store = { ...real, ...fail } as GraphStore;
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown): void => void unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    const extractor = createInProcessExtractor();
    try {
      const run = ingestIntoStore([inputs], {
        store,
        extractor,
        batchSize: 1,
        readClean: {},
        registry: {},
        responses: {},
      });
      await expect(run).rejects.toThrow("the store went away");
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", onUnhandled);
      await extractor.close();
      await real.close();
    }
  });
});
