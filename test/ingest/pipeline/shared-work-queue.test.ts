import { describe, expect, it } from "vitest";
import {
  claimEach,
  createClaimCounter,
  joinByIndex,
  longestFirst,
  type ClaimedPart,
} from "../../../ingest/pipeline/shared-work-queue.ts";

const HEADLINES = [
  "Kremlin rejects the alliance's warning",
  "Ministers meet in Brussels",
  "Kyiv accuses Moscow of shelling",
  "Ankara offers to mediate",
  "Washington announces new aid",
];

describe("claimEach", () => {
  it("lets workers sharing a counter each take what the others have not, so every item is run exactly once", () => {
    const counter = createClaimCounter();
    // While the first worker runs its first item, a second one claims and runs all the rest; a third comes late.
    let second: ClaimedPart<number> | null = null;
    const first = claimEach(counter, HEADLINES, (headline) => {
      second ??= claimEach(counter, HEADLINES, (other) => other.length);
      return headline.length;
    });
    const third = claimEach(counter, HEADLINES, (headline) => headline.length);
    expect(first).toEqual({ indices: [0], outcomes: [HEADLINES[0]!.length] });
    expect(second).toEqual({ indices: [1, 2, 3, 4], outcomes: HEADLINES.slice(1).map((headline) => headline.length) });
    expect(third).toEqual({ indices: [], outcomes: [] });
    expect(joinByIndex(HEADLINES.length, [third, second!, first])).toEqual(
      HEADLINES.map((headline) => headline.length),
    );
  });

  it("claims in the order given and names each item by its input index", () => {
    const order = longestFirst(HEADLINES, (headline) => headline.length);
    const counter = createClaimCounter();
    let second: ClaimedPart<string> | null = null;
    const first = claimEach(
      counter,
      HEADLINES,
      (headline) => {
        second ??= claimEach(counter, HEADLINES, (other) => other.toUpperCase(), order);
        return headline.toUpperCase();
      },
      order,
    );
    expect(first.indices).toEqual([order[0]]);
    expect(second!.indices).toEqual(order.slice(1));
    expect(joinByIndex(HEADLINES.length, [first, second!])).toEqual(
      HEADLINES.map((headline) => headline.toUpperCase()),
    );
  });

  it("leaves nothing to claim on an empty batch", () => {
    expect(claimEach(createClaimCounter(), [], () => 1)).toEqual({ indices: [], outcomes: [] });
  });
});

describe("longestFirst", () => {
  it.each([
    { texts: ["Ankara offers to mediate", "Kyiv accuses Moscow of shelling overnight", "Talks"], order: [1, 0, 2] },
    { texts: ["NATO warns", "EU warns", "UK warns", "US warns"], order: [0, 1, 2, 3] }, // ties stay in input order
    { texts: [], order: [] },
  ])("orders $texts.length texts costliest first: $order", ({ texts, order }) => {
    expect(longestFirst(texts, (text) => text.length)).toEqual(order);
  });
});

describe("joinByIndex", () => {
  const part = (indices: number[]): ClaimedPart<string> => ({
    indices,
    outcomes: indices.map((index) => HEADLINES[index]!),
  });

  it.each([
    { name: "interleaved parts", parts: [part([0, 2, 4]), part([1, 3])] },
    { name: "one worker took everything", parts: [part([]), part([0, 1, 2, 3, 4])] },
    { name: "claiming order differs from input order", parts: [part([4, 0]), part([3, 1, 2])] },
  ])("puts $name back in input order", ({ parts }) => {
    expect(joinByIndex(HEADLINES.length, parts)).toEqual(HEADLINES);
  });

  it.each([
    {
      name: "an item returned twice",
      parts: [part([0, 1, 2]), part([2, 3, 4])],
      message: /item 2 of a batch of 5 came back twice; expected once/,
    },
    {
      name: "an item out of range",
      parts: [part([0, 1, 2, 3, 4]), { indices: [5], outcomes: ["extra"] }],
      message: /item 5 of a batch of 5; expected an index from 0 to 4/,
    },
    {
      name: "fewer outcomes than claimed items",
      parts: [part([0, 1, 2]), { indices: [3, 4], outcomes: ["only one"] }],
      message: /1 outcomes for 2 claimed items; expected one each/,
    },
    {
      name: "an item missing",
      parts: [part([0, 1]), part([3, 4])],
      message: /no worker returned item 2 of a batch of 5/,
    },
  ])("refuses $name as an internal error", ({ parts, message }) => {
    expect(() => joinByIndex(HEADLINES.length, parts)).toThrow(message);
    expect(() => joinByIndex(HEADLINES.length, parts)).toThrow(expect.objectContaining({ code: "INTERNAL" }));
  });
});
