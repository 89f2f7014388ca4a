// The arc-hybrid dynamic oracle (Goldberg and Nivre 2013): for any configuration, the number of gold arcs each
// transition makes unreachable. A zero-cost transition keeps the best tree still reachable, so training can follow
// the model's own mistakes and learn to recover from them. Exact for projective gold trees.

import { LEFT, RIGHT, SHIFT, type ParserState } from "../parser/parser-state.ts";

/** Gold heads as indices (n for the root word), with each word's gold children for cost counting. */
export class GoldTree {
  readonly heads: Int32Array;
  private readonly childStart: Int32Array;
  private readonly children: Int32Array;

  /** @param heads gold head of each word, n for the root word */
  constructor(heads: Int32Array) {
    const n = heads.length;
    this.heads = heads;
    const counts = new Int32Array(n + 2);
    for (let d = 0; d < n; d++) {
      const slot = (heads[d] as number) + 1;
      counts[slot] = (counts[slot] as number) + 1;
    }
    this.childStart = new Int32Array(n + 2);
    for (let h = 0; h <= n; h++) this.childStart[h + 1] = (this.childStart[h] as number) + (counts[h + 1] as number);
    this.children = new Int32Array(n);
    const fill = this.childStart.slice();
    for (let d = 0; d < n; d++) {
      const head = heads[d] as number;
      const at = fill[head] as number;
      fill[head] = at + 1;
      this.children[at] = d;
    }
  }

  /** Number of gold children of `head`. */
  childCount(head: number): number {
    return (this.childStart[head + 1] as number) - (this.childStart[head] as number);
  }

  /** Gold children of `head` at or after buffer position `front`. */
  childrenFrom(head: number, front: number): number {
    let count = 0;
    const end = this.childStart[head + 1] as number;
    for (let i = this.childStart[head] as number; i < end; i++) if ((this.children[i] as number) >= front) count++;
    return count;
  }

  /** Gold children of `head` now on the stack. */
  childrenOnStack(head: number, state: ParserState): number {
    let count = 0;
    const end = this.childStart[head + 1] as number;
    for (let i = this.childStart[head] as number; i < end; i++) if (state.onStack[this.children[i] as number]) count++;
    return count;
  }
}

/** The cost of a legal transition in `state` against `gold`. */
export function transitionCost(state: ParserState, gold: GoldTree, action: number): number {
  const front = state.front;
  if (action === SHIFT) {
    const head = gold.heads[front] as number;
    const s0 = state.stackAt(0);
    const lostHead = head !== s0 && head < state.n && state.onStack[head] ? 1 : 0;
    return lostHead + gold.childrenOnStack(front, state);
  }
  const s0 = state.stackAt(0);
  const head = gold.heads[s0] as number;
  const lostDependents = gold.childrenFrom(s0, front);
  if (action === LEFT) {
    const s1 = state.stackAt(1);
    return (head === s1 || head > front ? 1 : 0) + lostDependents;
  }
  if (action === RIGHT) return (head >= front ? 1 : 0) + lostDependents;
  throw new Error(`dynamic oracle: unknown action ${action}`);
}
