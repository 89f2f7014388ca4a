// Run-time dependency parsing: greedy arc-hybrid decoding with two trained linear models, one choosing the next
// transition and one labelling each arc as it is made. Allocation-free per transition: one state and a few feature
// buffers are reused for every sentence.

import type { LinearScorer } from "../model/sparse-linear-model.ts";
import type { SparseRowScorer } from "../model/sparse-row-scorer.ts";
import { labelFeatures, MAX_LABEL_FEATURES } from "./label-features.ts";
import type { ParserInput } from "./parser-input.ts";
import { ACTION_COUNT, LEFT, ParserState, RIGHT, SHIFT } from "./parser-state.ts";
import { MAX_TRANSITION_FEATURES, transitionFeatures } from "./transition-features.ts";

export class DependencyParser {
  private readonly state = new ParserState();
  private readonly features = new Int32Array(MAX_TRANSITION_FEATURES);
  private readonly arcFeatures = new Int32Array(MAX_LABEL_FEATURES);
  private readonly scores = new Float32Array(ACTION_COUNT);
  private readonly labelScores: Float32Array;
  private readonly rootLabel: number;

  constructor(
    private readonly transitions: LinearScorer,
    private readonly labeller: SparseRowScorer,
    /** Dependency labels by class number; must include "root". */
    readonly labels: readonly string[],
  ) {
    this.rootLabel = labels.indexOf("root");
    if (this.rootLabel < 0) throw new Error('dependency parser: the label set has no "root"');
    this.labelScores = new Float32Array(labeller.classCount);
  }

  /**
   * Parses one sentence: writes each word's head (an index, or -1 for the root word) and label id into the outputs.
   */
  parseInto(input: ParserInput, heads: Int32Array, labels: Int32Array): void {
    const state = this.state;
    const n = input.n;
    state.reset(n);
    while (!state.isTerminal()) {
      const action = this.nextAction(state, input);
      let label = -1;
      if (action !== SHIFT) {
        const head = state.headFor(action);
        const dependent = state.stackAt(0);
        label = head === n ? this.rootLabel : this.bestLabel(state, input, head, dependent);
      }
      state.apply(action, label);
    }
    for (let i = 0; i < n; i++) {
      const head = state.heads[i] as number;
      heads[i] = head === n ? -1 : head;
      labels[i] = state.labels[i] as number;
    }
  }

  /**
   * The next transition: the only legal one when there is one (an empty stack can only shift; with only the root left,
   * the stack can only reduce), which its scores could not change, else the best-scoring legal one.
   */
  private nextAction(state: ParserState, input: ParserInput): number {
    if (state.depth === 0) return SHIFT;
    if (state.front === state.n) return state.depth === 1 ? LEFT : RIGHT;
    const count = transitionFeatures(state, input, this.features);
    this.transitions.score(this.features, count, this.scores);
    return this.bestLegal(state);
  }

  private bestLegal(state: ParserState): number {
    const scores = this.scores;
    let best = -1;
    if (state.canShift()) best = SHIFT;
    if (state.canLeft() && (best < 0 || (scores[LEFT] as number) > (scores[best] as number))) best = LEFT;
    if (state.canRight() && (best < 0 || (scores[RIGHT] as number) > (scores[best] as number))) best = RIGHT;
    return best;
  }

  private bestLabel(state: ParserState, input: ParserInput, head: number, dependent: number): number {
    const count = labelFeatures(state, input, head, dependent, this.arcFeatures);
    return this.labeller.bestClass(this.arcFeatures, count, this.rootLabel, this.labelScores);
  }
}

/** The highest-scoring label other than root. */
export function bestNonRootLabel(scores: Float32Array, count: number, rootLabel: number): number {
  let best = rootLabel === 0 ? 1 : 0;
  for (let c = 0; c < count; c++) if (c !== rootLabel && (scores[c] as number) > (scores[best] as number)) best = c;
  return best;
}
