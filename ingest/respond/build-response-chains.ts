// Reconstructs exchanges (A accuses B → B denies → A warns …) from response links: each chain is a connected
// set of statements joined by links, in the order they were made. Used by `newsgraph trace` and the viewer's
// thread view.

import type { ResponseRecord } from "../../graph-schema/index.ts";
import { compareStatementTimes, type DatedStatement } from "./dated-statement.ts";

export interface ResponseChainStep {
  statement: DatedStatement;
  /** Id of the statement this one answers (within the chain), or null for the opening statement(s). */
  respondsTo: string | null;
  /** The link's cue, lag and confidence; null for an opening statement. */
  cue: string | null;
  lagDays: number | null;
  confidence: number | null;
}

export interface ResponseChain {
  /** Id of the earliest statement: stable for the same links and statements. */
  id: string;
  /** Actor ids taking part, sorted. */
  actors: string[];
  /** Statements in the order they were made; an answer always comes after what it answers. */
  steps: ResponseChainStep[];
  /** Dates of the first and last step (null when undated). */
  first: string | null;
  last: string | null;
}

/** Union-find root with path halving. */
function root(parent: Map<string, string>, id: string): string {
  let current = id;
  for (let up = parent.get(current); up !== undefined && up !== current; up = parent.get(current)) {
    const grand = parent.get(up) ?? up;
    parent.set(current, grand);
    current = grand;
  }
  return current;
}

/**
 * Groups statements joined by response links into chains, each step in time order. Links whose statements are
 * not among `statements` are left out; so are statements no link touches. Chains come earliest first.
 * @example
 * const chains = buildResponseChains(responses, relations.map((r) => datedStatement(r, articles)));
 * // chains[0].steps.map((s) => s.statement.type) → ["ACCUSE", "DENY", "WARN"]
 */
export function buildResponseChains(
  responses: readonly ResponseRecord[],
  statements: readonly DatedStatement[],
): ResponseChain[] {
  const byId = new Map(statements.map((statement) => [statement.id, statement]));
  const usable = responses.filter(
    (response) => byId.has(response.from) && byId.has(response.to) && response.from !== response.to,
  );
  const parent = new Map<string, string>();
  for (const { from, to } of usable) {
    if (!parent.has(from)) parent.set(from, from);
    if (!parent.has(to)) parent.set(to, to);
    parent.set(root(parent, from), root(parent, to));
  }
  const answer = new Map(usable.map((response) => [response.from, response]));
  const depthMemo = new Map<string, number>();
  const depth = (id: string, seen: Set<string> = new Set()): number => {
    const known = depthMemo.get(id);
    if (known !== undefined) return known;
    const link = answer.get(id);
    const value = link === undefined || seen.has(id) ? 0 : depth(link.to, seen.add(id)) + 1;
    depthMemo.set(id, value);
    return value;
  };
  const groups = new Map<string, DatedStatement[]>();
  for (const id of parent.keys()) {
    const key = root(parent, id);
    groups.set(key, [...(groups.get(key) ?? []), byId.get(id) as DatedStatement]);
  }
  const order = (a: DatedStatement, b: DatedStatement): number =>
    compareStatementTimes(a.date, b.date) ||
    depth(a.id) - depth(b.id) ||
    (a.article === b.article ? a.offsets.sentence[0] - b.offsets.sentence[0] : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const chains = [...groups.values()].map((members): ResponseChain => {
    const sorted = [...members].sort(order);
    const steps = sorted.map((statement): ResponseChainStep => {
      const link = answer.get(statement.id);
      return {
        statement,
        respondsTo: link?.to ?? null,
        cue: link?.cue ?? null,
        lagDays: link?.lagDays ?? null,
        confidence: link?.confidence ?? null,
      };
    });
    const dates = sorted.map((s) => s.date).filter((d): d is string => d !== null);
    return {
      id: (sorted[0] as DatedStatement).id,
      actors: [...new Set(sorted.flatMap((s) => [s.subject, s.object]))].sort(),
      steps,
      first: dates[0] ?? null,
      last: dates[dates.length - 1] ?? null,
    };
  });
  return chains.sort((a, b) => compareStatementTimes(a.first, b.first) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
