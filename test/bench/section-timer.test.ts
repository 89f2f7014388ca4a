import { describe, expect, it } from "vitest";
import { createSectionTimer } from "../../bench/section-timer.ts";

/** A clock that moves by the given steps (ms), one per call. */
function steppingClock(steps: number[]): () => number {
  let now = 0;
  let call = 0;
  return () => (now += call === 0 ? (call++, 0) : (steps[call++ - 1] ?? 0));
}

describe("createSectionTimer", () => {
  it.each([
    {
      title: "one section per name",
      sections: [
        { name: "extraction", ms: 9_800 },
        { name: "viewer", ms: 31_250 },
      ],
      expected: { extraction: 9.8, viewer: 31.25 },
      logged: ["section extraction: 9.8 s", "section viewer: 31.3 s"],
    },
    {
      title: "a repeated name adds up",
      sections: [
        { name: "ingest 1k", ms: 7_000 },
        { name: "ingest 1k", ms: 1_500 },
      ],
      expected: { "ingest 1k": 8.5 },
      logged: ["section ingest 1k: 7.0 s", "section ingest 1k: 1.5 s"],
    },
  ])("records and logs $title", async ({ sections, expected, logged }) => {
    // Each section reads the clock at its start and end: steps alternate 0 (between sections) and its length.
    const clock = steppingClock(sections.flatMap((section, index) => (index === 0 ? [section.ms] : [0, section.ms])));
    const lines: string[] = [];
    const timer = createSectionTimer((line) => lines.push(line), clock);
    for (const section of sections) await timer.time(section.name, async () => section.name);
    expect({ seconds: timer.seconds, lines }).toEqual({ seconds: expected, lines: logged });
  });

  it("records a section that throws, and lets the error through", async () => {
    const lines: string[] = [];
    const timer = createSectionTimer((line) => lines.push(line), steppingClock([2_000]));
    await expect(
      timer.time("neo4j", async () => {
        throw new Error("connection refused");
      }),
    ).rejects.toThrow("connection refused");
    expect({ seconds: timer.seconds, lines }).toEqual({ seconds: { neo4j: 2 }, lines: ["section neo4j: 2.0 s"] });
  });
});
