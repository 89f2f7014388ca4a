import { describe, expect, it } from "vitest";
import type { StoreStats } from "../../graph-schema/index.ts";
import { describeFilters, viewCaption } from "../../viewer/src/view-caption.ts";
import { DEFAULT_VIEW_STATE, type ViewState } from "../../viewer/src/view-state.ts";

const state = (change: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...change });
const stats = { name: "desk-archive", firstDate: "2022-01-03", lastDate: "2022-03-31" } as StoreStats;
const labels: Record<string, string> = { russia: "Russia" };

describe("viewCaption", () => {
  it("names the store, the dates, what is shown and says there are no filters", () => {
    expect(
      viewCaption(state({}), stats, { edges: 500, totalEdges: 1234, actors: 222 }, (id) => id, "2022-04-01"),
    ).toEqual([
      "newsgraph · store desk-archive · exported 2022-04-01",
      "Statements dated 2022-01-03 – 2022-03-31 · showing 500 of 1,234 edges between 222 actors",
      "Filters: none",
    ]);
  });
  it("lists every filter in force, the view's window first", () => {
    const filtered = state({
      mode: "ego",
      focus: "russia",
      hops: 2,
      from: "2022-02-01",
      relationTypes: ["WARN", "THREATEN"],
      quads: ["VERBAL_CONFLICT"],
      includeNegated: true,
      minConfidence: 0.6,
      minCount: 3,
    });
    expect(describeFilters(filtered, (id) => labels[id] ?? id)).toBe(
      "ego network of Russia (2 hops); relations warn, threaten; verbal conflict; at least 3 statements per edge; " +
        "statement confidence ≥ 0.6; negated statements shown (dashed)",
    );
    expect(viewCaption(filtered, stats, { edges: 40, totalEdges: null, actors: 30 }, (id) => id, "2022-04-01")[1]).toBe(
      "Statements dated 2022-02-01 – 2022-03-31 · showing the 40 strongest edges between 30 actors",
    );
  });
});
