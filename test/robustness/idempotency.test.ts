// Idempotency: the same input gives the same extraction JSON every time (and with any number of workers), and
// ingesting it twice, or into two fresh stores, gives identical stores.

import { copyFileSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateExtraction } from "../../graph-schema/validate-extraction.ts";
import { tempNewsCorpus } from "../fixtures/hostile/temp-news-corpus.ts";
import { runCliCaptured } from "../support/run-cli-captured.ts";
import { checkStore, NO_DANGLING } from "./support/check-store.ts";

const ARTICLES = 40;

const folder = tempNewsCorpus("newsgraph-idempotent-", ARTICLES);

describe("the same input twice", () => {
  it("extracts byte-identical JSON with one worker and with two, and the JSON meets the contract", async () => {
    const { dir, corpus } = folder;
    const outputs: string[] = [];
    for (const [i, workers] of ["1", "2"].entries()) {
      const out = join(dir, `extract-${i}.json`);
      const run = await runCliCaptured(["extract", corpus, "-o", out, "--workers", workers]);
      expect(run.code).toBe(0);
      outputs.push(readFileSync(out, "utf8"));
    }
    expect(outputs[1]).toBe(outputs[0]);
    const parsed = JSON.parse(outputs[0]!) as { articles: unknown[]; relations: unknown[] };
    expect(parsed.articles).toHaveLength(ARTICLES);
    expect(parsed.relations.length).toBeGreaterThan(ARTICLES);
    expect(validateExtraction(parsed)).toEqual([]);
  });

  it("leaves the store unchanged on a second ingest, and equal to a fresh store's", async () => {
    const { dir, corpus } = folder;
    const store = join(dir, "store");
    const first = await runCliCaptured(["ingest", corpus, "--store", store, "--batch-size", "7", "--workers", "1"]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`articles   ${ARTICLES} new, 0 unchanged, 0 rejected`);
    const once = await checkStore(store);

    const second = await runCliCaptured(["ingest", corpus, "--store", store, "--batch-size", "7", "--workers", "1"]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(`articles   0 new, ${ARTICLES} unchanged, 0 rejected (store: ${ARTICLES})`);
    expect(second.stdout).toContain("statements +0");
    const twice = await checkStore(store);
    expect(twice).toEqual(once);

    const other = join(dir, "other-store");
    expect(
      (await runCliCaptured(["ingest", corpus, "--store", other, "--batch-size", "7", "--workers", "2"])).code,
    ).toBe(0);
    const fresh = await checkStore(other);
    expect(fresh.integrity).toBe("ok");
    expect(fresh.dangling).toEqual(NO_DANGLING);
    expect(fresh.counts).toEqual(once.counts);
    expect(fresh.fingerprint).toBe(once.fingerprint);
  });

  // Bug (src/ingest/ingest-into-store.ts): responses depend on --batch-size when input order is not date order.
  // A batch links its new statements only as answers to older statements (its own or the store's); a stored
  // statement dated later that answers a new, earlier-dated statement is never linked. This corpus (dates cycle
  // every 28 articles) gets 27 responses with --batch-size 1 or 7, 30 with one batch of 40, and `extract` gives 29.
  // Fix: in flush(), also request history in the other direction (stored statements whose pair is the reverse of a
  // new statement's, dated within the window after it) and link those stored statements against the new ones,
  // writing the extra responses; or let the linker take both sides. Remove `.fails` once fixed.
  it("gives the same store whatever --batch-size", async () => {
    const { dir, corpus } = folder;
    const stores = [join(dir, "batch-7"), join(dir, "batch-40")];
    for (const [i, size] of ["7", "40"].entries()) {
      expect(
        (await runCliCaptured(["ingest", corpus, "--store", stores[i]!, "--batch-size", size, "--workers", "1"])).code,
      ).toBe(0);
    }
    const [small, large] = [await checkStore(stores[0]!), await checkStore(stores[1]!)];
    expect(small.counts).toEqual(large.counts);
  });

  // Issue 21 measured 4-8 of 576 links differing between one ingest and two: the two runs had kept different
  // articles (near-duplicates are found within one run only). With the same articles, the links are the same.
  it("gives the same store whether the articles arrive in one ingest or in two", async () => {
    const { dir, corpus } = folder;
    const files = readdirSync(corpus).sort();
    const halves = [files.slice(0, ARTICLES / 2), files.slice(ARTICLES / 2)].map((names, i) => {
      const half = join(dir, `half-${i}`);
      mkdirSync(half, { recursive: true });
      for (const name of names) copyFileSync(join(corpus, name), join(half, name));
      return half;
    });
    const once = join(dir, "one-ingest");
    const twice = join(dir, "two-ingests");
    expect((await runCliCaptured(["ingest", ...halves, "--store", once, "--workers", "1"])).code).toBe(0);
    for (const half of halves)
      expect((await runCliCaptured(["ingest", half, "--store", twice, "--workers", "1"])).code).toBe(0);
    const [one, two] = [await checkStore(once), await checkStore(twice)];
    expect(two.counts).toEqual(one.counts);
    expect(two.fingerprint).toEqual(one.fingerprint);
  });
});
