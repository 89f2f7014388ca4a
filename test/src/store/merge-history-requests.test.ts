import { describe, expect, it } from "vitest";
import type { HistoryRequest } from "../../../ingest/respond/response-history.ts";
import { articleClaimRequests, mergeHistoryRequests } from "../../../src/store/merge-history-requests.ts";

const ask = (subject: string, object: string, from: string, to: string): HistoryRequest => ({ subject, object, from, to });

describe("mergeHistoryRequests", () => {
  it.each([
    { title: "nothing", requests: [], merged: [] },
    {
      title: "overlapping windows of one pair become one",
      requests: [ask("nato", "russia", "2022-02-05", "2022-02-20"), ask("nato", "russia", "2022-02-01", "2022-02-10")],
      merged: [ask("nato", "russia", "2022-02-01", "2022-02-20")],
    },
    {
      title: "a window inside another adds nothing",
      requests: [ask("nato", "russia", "2022-02-01", "2022-02-28"), ask("nato", "russia", "2022-02-10", "2022-02-12")],
      merged: [ask("nato", "russia", "2022-02-01", "2022-02-28")],
    },
    {
      title: "adjacent days join across a month end",
      requests: [ask("nato", "russia", "2022-01-20", "2022-01-31"), ask("nato", "russia", "2022-02-01", "2022-02-03")],
      merged: [ask("nato", "russia", "2022-01-20", "2022-02-03")],
    },
    {
      title: "a gap keeps two windows",
      requests: [ask("nato", "russia", "2022-03-01", "2022-03-05"), ask("nato", "russia", "2022-01-01", "2022-01-05")],
      merged: [ask("nato", "russia", "2022-01-01", "2022-01-05"), ask("nato", "russia", "2022-03-01", "2022-03-05")],
    },
    {
      title: "the direction of a pair matters, and pairs come out sorted",
      requests: [
        ask("russia", "nato", "2022-02-01", "2022-02-10"),
        ask("nato", "russia", "2022-02-01", "2022-02-10"),
        ask("nato", "russia", "2022-02-01", "2022-02-10"),
      ],
      merged: [ask("nato", "russia", "2022-02-01", "2022-02-10"), ask("russia", "nato", "2022-02-01", "2022-02-10")],
    },
    {
      title: "a request for an article's statements about anyone is no pair request",
      requests: [{ ...ask("russia", "canada", "2022-02-01", "2022-02-10"), article: "a1", anyObject: true }],
      merged: [],
    },
    {
      title: "an empty window (from after to) matches nothing and is dropped",
      requests: [ask("nato", "russia", "2022-02-10", "2022-02-01")],
      merged: [],
    },
  ])("$title", ({ requests, merged }) => {
    expect(mergeHistoryRequests(requests)).toEqual(merged);
  });

  it("leaves the caller's requests unchanged", () => {
    const requests = [ask("nato", "russia", "2022-02-01", "2022-02-10"), ask("nato", "russia", "2022-02-05", "2022-02-20")];
    const copy = structuredClone(requests);
    mergeHistoryRequests(requests);
    expect(requests).toEqual(copy);
  });
});

describe("articleClaimRequests", () => {
  it("keeps one request per article and speaker, sorted, and only those wanting any object", () => {
    const claims = (subject: string, article: string): HistoryRequest => ({
      ...ask(subject, "canada", "2022-02-01", "2022-02-10"),
      article,
      anyObject: true,
    });
    expect(
      articleClaimRequests([
        claims("russia", "a2"),
        ask("nato", "russia", "2022-02-01", "2022-02-10"),
        claims("russia", "a1"),
        { ...claims("russia", "a1"), object: "ukraine" },
        claims("belarus", "a1"),
      ]),
    ).toEqual([
      { article: "a1", subject: "belarus" },
      { article: "a1", subject: "russia" },
      { article: "a2", subject: "russia" },
    ]);
  });
});
