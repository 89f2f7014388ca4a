import { describe, expect, it } from "vitest";
import type { CharRange } from "../../graph-schema/index.ts";
import { highlightSegments, type HighlightSegment } from "../../viewer/src/highlight-segments.ts";

const span = (sentence: string, words: string): CharRange => {
  const at = sentence.indexOf(words);
  return [at, at + words.length];
};

describe("highlightSegments", () => {
  const rows: {
    title: string;
    sentence: string;
    ranges: Record<"subject" | "verb" | "object", CharRange>;
    expected: HighlightSegment[];
  }[] = [
    {
      title: "marks subject, verb and object in order",
      sentence: "Stoltenberg warned Russia against further escalation.",
      ranges: { subject: [0, 11], verb: [12, 18], object: [19, 25] },
      expected: [
        { text: "Stoltenberg", role: "subject" },
        { text: " ", role: null },
        { text: "warned", role: "verb" },
        { text: " ", role: null },
        { text: "Russia", role: "object" },
        { text: " against further escalation.", role: null },
      ],
    },
    {
      title: "handles an object before the subject (passive voice)",
      sentence: "Ukraine was attacked by Russia before dawn.",
      ranges: {
        subject: span("Ukraine was attacked by Russia before dawn.", "Russia"),
        verb: span("Ukraine was attacked by Russia before dawn.", "attacked"),
        object: [0, 7],
      },
      expected: [
        { text: "Ukraine", role: "object" },
        { text: " was ", role: null },
        { text: "attacked", role: "verb" },
        { text: " by ", role: null },
        { text: "Russia", role: "subject" },
        { text: " before dawn.", role: null },
      ],
    },
    {
      title: "clips overlapping and out-of-range ranges and drops empty ones",
      sentence: "Lavrov denied the claims.",
      ranges: { subject: [0, 10], verb: [7, 13], object: [40, 60] },
      expected: [
        { text: "Lavrov den", role: "subject" },
        { text: "ied", role: "verb" },
        { text: " the claims.", role: null },
      ],
    },
  ];
  for (const row of rows) {
    it(row.title, () => {
      const segments = highlightSegments(row.sentence, row.ranges);
      expect(segments).toEqual(row.expected);
      expect(segments.map((s) => s.text).join("")).toEqual(row.sentence);
    });
  }
});
