// Hostile text on purpose: markup and script in an actor name, an article title, a sentence and a link, to prove
// the viewer shows article-derived text as text and never runs it.

import type { GraphBatch } from "../../../src/store/graph-store.ts";
import { buildGraphBatch } from "./build-graph-batch.ts";

export const HOSTILE_NAME = "<img src=x onerror=alert(1)>";
export const HOSTILE_TITLE = "<script>window.__pwned = true</script> Summit report";
export const HOSTILE_SENTENCE_MARKUP = "<b onmouseover=alert(2)>bold</b>";

/** A store batch whose texts carry markup and script. */
export function hostileFixtureBatch(): GraphBatch {
  return buildGraphBatch(
    [
      { id: "hostile-actor", name: HOSTILE_NAME, type: "GROUP", aliases: ["<script>alert(3)</script>"] },
      { id: "city-council", name: "City Council", type: "ORGANIZATION" },
      { id: "mayor-office", name: "Mayor's Office", type: "ORGANIZATION" },
    ],
    [
      {
        id: "h01",
        title: HOSTILE_TITLE,
        published: "2022-05-02",
        source: "<i>Injected Source</i>",
        url: "javascript:alert(4)",
        sentences: [
          {
            id: "h-s1",
            subject: "hostile-actor",
            type: "CRITICIZE",
            object: "city-council",
            sentence: `${HOSTILE_NAME} criticised the City Council in a post reading ${HOSTILE_SENTENCE_MARKUP}.`,
            words: [HOSTILE_NAME, "criticised", "the City Council"],
          },
          {
            id: "h-s2",
            subject: "city-council",
            type: "REJECT",
            object: "hostile-actor",
            sentence: `The City Council rejected the demands of ${HOSTILE_NAME} on Tuesday.`,
            words: ["The City Council", "rejected", HOSTILE_NAME],
          },
          {
            id: "h-s3",
            subject: "mayor-office",
            type: "SUPPORT",
            object: "city-council",
            sentence: "The Mayor's Office backed the City Council <script>alert(5)</script>.",
            words: ["The Mayor's Office", "backed", "the City Council"],
          },
        ],
      },
    ],
  );
}
