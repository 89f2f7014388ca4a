import { describe, expect, it } from "vitest";
import { createInProcessExtractor, type ExtractOutcome } from "../../../ingest/pipeline/batch-extractor.ts";
import type { CleanedArticle } from "../../../ingest/pipeline/cleaned-article.ts";
import { fromPostedOutcome, toPostedOutcome } from "../../../ingest/pipeline/posted-outcome.ts";

const ARTICLE: CleanedArticle = {
  record: {
    id: "a-posted-1",
    file: "brussels.txt",
    title: "Stoltenberg warns Russia",
    published: "2022-01-12",
    source: "team",
    url: null,
    contentHash: "posted-1",
    language: "en",
  },
  text:
    "Stoltenberg warns Russia\n\nNATO Secretary General Jens Stoltenberg warned Russia on Wednesday against " +
    "any further aggression. Kremlin spokesman Dmitry Peskov rejected Stoltenberg's accusations.",
};

describe("posted outcomes", () => {
  it("leave out the article's record and text, which the main thread holds, and get them back unchanged", async () => {
    const [outcome] = (await createInProcessExtractor().extractBatch([ARTICLE])) as [ExtractOutcome];
    expect(outcome.kind).toBe("extracted");
    const posted = toPostedOutcome(outcome);
    expect(posted).not.toHaveProperty("extraction.text");
    expect(posted).not.toHaveProperty("extraction.article");
    expect(fromPostedOutcome(structuredClone(posted), ARTICLE)).toEqual(outcome);
  });

  it("pass a failed outcome as it is", () => {
    const failed: ExtractOutcome = {
      kind: "failed",
      file: "broken.txt",
      reason: "extraction failed (boom); please report it",
    };
    expect(fromPostedOutcome(toPostedOutcome(failed), ARTICLE)).toEqual(failed);
  });
});
