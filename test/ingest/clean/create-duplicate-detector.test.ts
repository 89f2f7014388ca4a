// Exact and near-duplicate detection over articles written for the test: the same story with a new footer or a
// reworded sentence is a near-duplicate; a different story on the same subject is not.

import { describe, expect, it } from "vitest";
import { createDuplicateDetector } from "../../../ingest/clean/create-duplicate-detector.ts";
import { UsageError } from "../../../graph-schema/errors.ts";

const STORY = [
  "The foreign ministers of France and Germany travelled to Kyiv on Monday for talks with their Ukrainian counterpart.",
  "They said the two countries were ready to support new negotiations in the Normandy format and urged Moscow to pull back its troops.",
  "The Ukrainian minister thanked his guests and asked for more help to strengthen the country's air defences before the winter.",
  "Officials in Kyiv said the visit showed that Europe stood with Ukraine, while the Kremlin said it saw no reason to change its position.",
  "The ministers are due to report to their governments later this week before a meeting of European Union foreign ministers in Brussels.",
].join("\n\n");
const OTHER = [
  "Russia and Belarus began joint military exercises on Thursday close to the borders of Poland, Lithuania and Ukraine.",
  "The defence ministry in Minsk said the drills were defensive and would last ten days, after which Russian units would return home.",
  "Western officials said the number of troops taking part was the largest seen in Belarus in decades and asked for transparency.",
].join("\n\n");

describe("createDuplicateDetector", () => {
  it("flags exact, near and distinct articles against the earliest copy", () => {
    const detector = createDuplicateDetector();
    const results = [
      detector.check("a1", STORY),
      detector.check("a2", STORY.toUpperCase().replace(/\n\n/g, "   ")),
      detector.check("a3", `${STORY}\n\nCopyright 2022 Example Media, all rights reserved.`),
      detector.check("a4", STORY.replace("on Monday", "on Tuesday")),
      detector.check("b1", OTHER),
      detector.check("b2", OTHER),
    ];
    expect(results.map((match) => (match === null ? null : [match.kind, match.of, match.similarity >= 0.8]))).toEqual([
      null,
      ["exact", "a1", true],
      ["near", "a1", true],
      ["near", "a1", true],
      null,
      ["exact", "b1", true],
    ]);
    expect(detector.size).toEqual(2);
  });

  it("treats a reworded half of the story as distinct at the default threshold but not at a low one", () => {
    const half = STORY.split("\n\n").slice(0, 3).join("\n\n");
    const strict = createDuplicateDetector();
    strict.check("a1", STORY);
    const loose = createDuplicateDetector({ threshold: 0.3 });
    loose.check("a1", STORY);
    expect([strict.check("h", half), loose.check("h", half)?.of ?? null]).toEqual([null, "a1"]);
  });

  it("forgets the oldest articles beyond maxArticles", () => {
    const detector = createDuplicateDetector({ maxArticles: 1 });
    detector.check("a1", STORY);
    detector.check("b1", OTHER);
    expect([detector.size, detector.check("b2", OTHER)?.of, detector.check("a2", STORY)]).toEqual([1, "b1", null]);
  });

  it.each([[{ threshold: 0 }], [{ threshold: 1.5 }], [{ shingleWords: 0 }], [{ maxArticles: 0 }]])("rejects options %j", (options) => {
    expect(() => createDuplicateDetector(options)).toThrow(UsageError);
  });
});
