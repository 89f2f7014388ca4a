// Reads every file of the shared development corpus (../shared/corpus, real scraped news) without throwing and
// keeps at least 95% of them through reading and cleaning. Skips when the corpus is absent (a user's clone).

import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../../ingest/clean/clean-article.ts";
import { readInputs } from "../../../ingest/read/read-inputs.ts";
import type { InputRejection } from "../../../ingest/read/source-article.ts";

const CORPUS = new URL("../../../../shared/corpus/", import.meta.url).pathname;

describe.skipIf(!existsSync(CORPUS))("the shared corpus", () => {
  it("reads and cleans at least 95% of its files, reporting each rejection", async () => {
    const rejections: InputRejection[] = [];
    let inputs = 0;
    let kept = 0;
    const started = performance.now();
    for await (const result of readInputs([CORPUS])) {
      inputs++;
      if (result.kind === "rejected") {
        rejections.push(result.rejection);
        continue;
      }
      const cleaned = cleanArticle(result.article);
      if (cleaned.kind === "rejected") rejections.push(cleaned.rejection);
      else kept++;
    }
    const seconds = (performance.now() - started) / 1000;
    console.info(`shared corpus: ${kept} of ${inputs} inputs kept in ${seconds.toFixed(2)} s; rejected:\n${rejections.map((r) => `  ${r.code} ${r.reason}`).join("\n")}`);
    expect([inputs > 0, kept / inputs >= 0.95]).toEqual([true, true]);
  });
});
