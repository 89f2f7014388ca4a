import { describe, expect, it } from "vitest";
import {
  DEFAULT_VIEW_STATE,
  formatViewState,
  graphQueryString,
  parseViewState,
  type ViewState,
} from "../../viewer/src/view-state.ts";

const state = (change: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...change });

describe("parseViewState / formatViewState", () => {
  const rows: { title: string; state: ViewState; query: string }[] = [
    { title: "the default view writes nothing", state: state({}), query: "" },
    {
      title: "filters on relation types, quads and a January window",
      state: state({
        relationTypes: ["WARN", "THREATEN"],
        quads: ["VERBAL_CONFLICT"],
        from: "2022-01-01",
        to: "2022-01-31",
      }),
      query: "types=WARN%2CTHREATEN&quads=VERBAL_CONFLICT&from=2022-01-01&to=2022-01-31",
    },
    {
      title: "Stoltenberg's two-hop ego network with his panel open",
      state: state({ mode: "ego", focus: "jens-stoltenberg", hops: 2, actor: "jens-stoltenberg" }),
      query: "mode=ego&focus=jens-stoltenberg&hops=2&actor=jens-stoltenberg",
    },
    {
      title: "an edge's evidence with negated statements shown, coloured by community",
      state: state({ edge: "russia->ukraine", includeNegated: true, color: "community", size: "pagerank" }),
      query: "negated=1&edge=russia-%3Eukraine&size=pagerank&color=community",
    },
    {
      title: "a response thread between NATO and Zelensky from two sources",
      state: state({ thread: ["nato", "volodymyr-zelensky"], sources: ["Northern Wire", "Daily Ledger"], minCount: 2 }),
      query: "minCount=2&sources=Northern+Wire%2CDaily+Ledger&thread=nato%2Cvolodymyr-zelensky",
    },
    {
      title: "a path from Belarus to the EU",
      state: state({ mode: "path", pathFrom: "belarus", pathTo: "european-union", limit: 2000 }),
      query: "mode=path&limit=2000&pathFrom=belarus&pathTo=european-union",
    },
  ];
  for (const row of rows) {
    it(`round-trips ${row.title}`, () => {
      expect(formatViewState(row.state)).toEqual(row.query);
      expect(parseViewState(`?${row.query}`)).toEqual(row.state);
    });
  }

  it("falls back to defaults for malformed or unknown values", () => {
    expect(
      parseViewState(
        "?mode=galaxy&limit=999999&types=WARN,EXPLODE&from=last-tuesday&hops=7&minCount=-3&thread=nato&size=x",
      ),
    ).toEqual(state({ relationTypes: ["WARN"] }));
  });
});

describe("graphQueryString", () => {
  const rows: { title: string; state: ViewState; expected: string }[] = [
    { title: "only the limit by default", state: state({}), expected: "limit=500" },
    {
      title: "ego parameters only in ego mode",
      state: state({ mode: "network", focus: "nato", hops: 2, actor: "nato" }),
      expected: "limit=500",
    },
    {
      title: "focus and hops in ego mode, with the filters",
      state: state({
        mode: "ego",
        focus: "nato",
        hops: 2,
        actorTypes: ["PERSON", "COUNTRY"],
        includeHypothetical: true,
      }),
      expected: "limit=500&actorTypes=PERSON%2CCOUNTRY&hypothetical=1&focus=nato&hops=2",
    },
  ];
  for (const row of rows) {
    it(`sends ${row.title}`, () => {
      expect(graphQueryString(row.state)).toEqual(row.expected);
    });
  }
});
