import { describe, expect, it } from "vitest";
import { describeModality, hiddenCount, shownCount } from "../../viewer/src/modality-counts.ts";

// Ten statements: six asserted, two only negated, one only hypothetical, one both.
const counts = { total: 10, asserted: 6, negated: 3, hypothetical: 2, both: 1 };

describe("shownCount and hiddenCount", () => {
  it.each([
    { includeNegated: false, includeHypothetical: false, shown: 6 },
    { includeNegated: true, includeHypothetical: false, shown: 8 },
    { includeNegated: false, includeHypothetical: true, shown: 7 },
    { includeNegated: true, includeHypothetical: true, shown: 10 },
  ])("negated $includeNegated, hypothetical $includeHypothetical: $shown shown", ({ shown, ...toggles }) => {
    expect(shownCount(counts, toggles)).toBe(shown);
    expect(hiddenCount(counts, toggles)).toBe(10 - shown);
  });
  it("describes the modalities present", () => {
    expect(describeModality(counts)).toBe("6 asserted · 3 negated · 2 hypothetical");
    expect(describeModality({ total: 0, asserted: 0, negated: 0, hypothetical: 0, both: 0 })).toBe("none");
  });
});
