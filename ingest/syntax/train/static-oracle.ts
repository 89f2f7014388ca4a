// The arc-hybrid static oracle: the one canonical transition sequence that builds a projective gold tree (attach the
// stack's top once it has all its children, to the buffer's front or to the word below it; otherwise shift). It
// checks the transition system (every projective tree is reachable) and agrees with the dynamic oracle's zero-cost
// choices on the gold path.

import { LEFT, RIGHT, SHIFT, type ParserState } from "../parser/parser-state.ts";
import type { GoldTree } from "./dynamic-oracle.ts";

/** The static oracle's transition in `state` for `gold`. */
export function staticOracle(state: ParserState, gold: GoldTree): number {
  const s0 = state.stackAt(0);
  if (s0 >= 0) {
    const complete = (state.leftCount[s0] as number) + (state.rightCount[s0] as number) === gold.childCount(s0);
    const head = gold.heads[s0] as number;
    if (complete && head === state.front && state.canLeft()) return LEFT;
    if (complete && head === state.stackAt(1) && state.canRight()) return RIGHT;
  }
  return SHIFT;
}
