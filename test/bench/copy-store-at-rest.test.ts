import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { copyStoreAtRest } from "../../bench/measure-store-rows.ts";
import { openSqliteStore } from "../../src/store/sqlite-store.ts";
import { GRAPH_BATCH } from "../fixtures/graph-batch.ts";

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("copyStoreAtRest", () => {
  it("copies every file of a store byte for byte, and the copy opens with the same statements", async () => {
    dir = mkdtempSync(join(tmpdir(), "newsgraph-copy-"));
    const source = join(dir, "store");
    const store = openSqliteStore(source, { create: true });
    await store.write(GRAPH_BATCH);
    await store.close();
    copyStoreAtRest(source, join(dir, "copy"));
    expect(readdirSync(join(dir, "copy")).sort()).toEqual(readdirSync(source).sort());
    for (const name of readdirSync(source)) {
      expect(readFileSync(join(dir, "copy", name)).equals(readFileSync(join(source, name)))).toBe(true);
    }
    const copy = openSqliteStore(join(dir, "copy"), { readonly: true });
    expect((await copy.totals()).relations).toBe(GRAPH_BATCH.relations.length);
    await copy.close();
  });
});
