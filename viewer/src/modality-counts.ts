// How many statements the negated/hypothetical toggles show and hide, from a pair's or an actor's counts by
// modality, so every panel can say "200 of 260" and "10 negated or hypothetical hidden" exactly.

import type { ModalityCounts } from "../../graph-schema/index.ts";

export interface Toggles {
  includeNegated: boolean;
  includeHypothetical: boolean;
}

/** Statements the toggles let through: asserted ones, plus negated and/or hypothetical ones when shown. */
export function shownCount(counts: ModalityCounts, toggles: Toggles): number {
  const negatedOnly = counts.negated - counts.both;
  const hypotheticalOnly = counts.hypothetical - counts.both;
  return (
    counts.asserted +
    (toggles.includeNegated ? negatedOnly : 0) +
    (toggles.includeHypothetical ? hypotheticalOnly : 0) +
    (toggles.includeNegated && toggles.includeHypothetical ? counts.both : 0)
  );
}

/** Statements the toggles hide. */
export function hiddenCount(counts: ModalityCounts, toggles: Toggles): number {
  return counts.total - shownCount(counts, toggles);
}

/** "1 asserted · 6 negated · 1 hypothetical" (parts that are zero left out; "none" when there are none). */
export function describeModality(counts: ModalityCounts): string {
  const parts = [
    counts.asserted > 0 ? `${counts.asserted.toLocaleString("en")} asserted` : "",
    counts.negated > 0 ? `${counts.negated.toLocaleString("en")} negated` : "",
    counts.hypothetical > 0 ? `${counts.hypothetical.toLocaleString("en")} hypothetical` : "",
  ].filter((part) => part !== "");
  return parts.length > 0 ? parts.join(" · ") : "none";
}

/** "1 statement", "12 statements". */
export function statementsText(n: number): string {
  return `${n.toLocaleString("en")} statement${n === 1 ? "" : "s"}`;
}
