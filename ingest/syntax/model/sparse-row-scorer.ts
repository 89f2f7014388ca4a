// The scorer of a classifier with many classes (the tagger's tags, the labeller's relations): a hash slot holds a
// feature's key and the offset of its row, and a row holds its non-zero weights. The classifiers are used for their
// best class only, so besides the float32 scores (`score`, `addRows`) the scorer finds the best class (`bestClass`)
// from the rows' 16-bit integer weights: integer sums do not depend on the order of the rows and cost one load an
// entry. It answers from them only when the float32 sums the model was always read with cannot rank another class
// first (their rounding error is bounded below the gap); otherwise, rarely, it ranks the float32 sums.

import type { LinearScorer, SparseModelArrays } from "./sparse-linear-model.ts";
import { exactQuantisedWeights } from "./quantised-weights.ts";
import { slotBits } from "./slot-bits.ts";

/**
 * Relative error of one float32 step, with room to spare: a float32 sum rounds by at most 2^-24 of its value, a
 * weight (an integer times the step, stored as float32) by at most 2^-24 of its own, and the sums are made in double
 * precision before they are stored, which can add one more rounding.
 */
const ROUNDING = 2 ** -22;

/** Integer sums of rows per class, with what bounds their rounding: the number of rows and their largest weights. */
export class IntegerScores {
  readonly sums: Int32Array;
  rows = 0;
  largest = 0;

  constructor(classCount: number) {
    this.sums = new Int32Array(classCount);
  }

  clear(): void {
    this.sums.fill(0);
    this.rows = 0;
    this.largest = 0;
  }

  copyFrom(other: IntegerScores): void {
    this.sums.set(other.sums);
    this.rows = other.rows;
    this.largest = other.largest;
  }
}

/**
 * A row at its offset in rowInts: its length n, the largest absolute integer weight, then n integer entries (weight ×
 * 256 + class). When every weight is an integer times the step, the float32 weight the model was trained to be read
 * with is that integer times the step, rounded to float32, and is computed from the entry when needed (rarely: near
 * ties); otherwise the (class, float32 weight) pairs are kept apart, the entry at position p of rowInts having its pair
 * at 2p and 2p + 1 of pairClasses and pairWeights.
 */
export class SparseRowScorer implements LinearScorer {
  readonly classCount: number;
  readonly rowCount: number;
  private readonly mask: number;
  private readonly shift: number;
  private readonly slots: Int32Array;
  private readonly rowInts: Int32Array;
  /** (class, float32 weight) of each entry of rowInts, at twice its position; empty when step > 0. */
  private readonly pairClasses: Int32Array;
  private readonly pairWeights: Float32Array;
  /** The quantisation step when every weight is an integer times it (as float32), else 0: no integer ranking. */
  private readonly step: number;
  private rowOffsets = new Int32Array(64);
  private readonly integers: IntegerScores;

  constructor(arrays: SparseModelArrays) {
    this.classCount = arrays.classCount;
    this.rowCount = arrays.keys.length;
    if (this.classCount > 256) throw new Error(`sparse scorer: at most 256 classes, found ${this.classCount}`);
    const bits = slotBits(this.rowCount);
    const slots = 2 ** bits;
    this.mask = slots - 1;
    this.shift = 32 - bits;
    this.slots = new Int32Array(slots * 2);
    this.integers = new IntegerScores(this.classCount);
    const quantised = exactQuantisedWeights(arrays);
    this.step = quantised ? (arrays.step as number) : 0;
    this.rowInts = new Int32Array(2 * this.rowCount + arrays.entryClass.length);
    const pairs = new ArrayBuffer(quantised ? 0 : 8 * this.rowInts.length);
    this.pairClasses = new Int32Array(pairs);
    this.pairWeights = new Float32Array(pairs);
    const { keys, rowStart, entryClass } = arrays;
    const rowInts = this.rowInts;
    let offset = 0;
    for (let row = 0; row < this.rowCount; row++) {
      const key = keys[row] as number;
      let slot = key >>> this.shift;
      while (this.slots[slot * 2] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = key;
      this.slots[slot * 2 + 1] = offset;
      const start = rowStart[row] as number;
      const end = rowStart[row + 1] as number;
      let largest = 0;
      for (let e = start; e < end; e++) {
        const at = offset + 2 + (e - start);
        if (quantised) {
          const q = quantised[e] as number;
          largest = Math.max(largest, Math.abs(q));
          rowInts[at] = q * 256 + (entryClass[e] as number);
        } else {
          this.pairClasses[2 * at] = entryClass[e] as number;
          this.pairWeights[2 * at + 1] = arrays.entryWeight[e] as number;
        }
      }
      rowInts[offset] = end - start;
      rowInts[offset + 1] = largest;
      offset += 2 + end - start;
    }
  }

  score(features: Int32Array, count: number, scores: Float32Array): void {
    scores.fill(0, 0, this.classCount);
    this.addRows(features, 0, count, scores);
  }

  /** Adds the float32 rows of features[from … to - 1] to `scores`, in feature order (float32 sums depend on it). */
  addRows(features: Int32Array, from: number, to: number, scores: Float32Array): void {
    this.addFoundRows(this.findRows(features, from, to), scores);
  }

  /** Whether the weights are integers times a step, so that classes can be ranked by integer sums. */
  get ranksIntegers(): boolean {
    return this.step > 0;
  }

  /**
   * The class with the highest float32 score of `features` other than `skip` (-1: none), the first such class on a
   * tie, exactly as `score` and a scan for the first maximum give; `scores` is working space.
   */
  bestClass(features: Int32Array, count: number, skip: number, scores: Float32Array): number {
    if (this.step > 0) {
      const integers = this.integers;
      integers.clear();
      this.addIntegerRows(features, count, integers);
      const best = this.rankIntegers(integers, skip);
      if (best >= 0) return best;
    }
    return this.bestFloatClass(features, count, skip, scores);
  }

  /** Adds the integer rows of features[0 … count - 1] to `into` (in any order: integer sums do not depend on it). */
  addIntegerRows(features: Int32Array, count: number, into: IntegerScores): void {
    const found = this.findRows(features, 0, count);
    const ints = this.rowInts;
    const offsets = this.rowOffsets;
    const sums = into.sums;
    // The rows' headers first, in a loop of independent loads (their cache misses overlap), then their entries.
    let largest = 0;
    for (let r = 0; r < found; r++) largest += ints[(offsets[r] as number) + 1] as number;
    for (let r = 0; r < found; r++) {
      const offset = offsets[r] as number;
      const end = offset + 2 + (ints[offset] as number);
      for (let at = offset + 2; at < end; at++) {
        const entry = ints[at] as number;
        const c = entry & 0xff;
        sums[c] = (sums[c] as number) + (entry >> 8);
      }
    }
    into.rows += found;
    into.largest += largest;
  }

  /**
   * The best class other than `skip` by integer sums, when the float32 scores of the same rows must rank it first
   * too; -1 when they might not (the gap to the runner-up is within their rounding).
   */
  rankIntegers(integers: IntegerScores, skip: number): number {
    const sums = integers.sums;
    let best = -1;
    let bestSum = 0;
    let second = -Infinity;
    for (let c = 0; c < this.classCount; c++) {
      if (c === skip) continue;
      const sum = sums[c] as number;
      if (best < 0 || sum > bestSum) {
        if (best >= 0) second = bestSum;
        best = c;
        bestSum = sum;
      } else if (sum > second) second = sum;
    }
    // Each class's float32 score is within (rows + 2) × ROUNDING × largest × step of its integer sum × step, so a
    // gap of more than twice that between the best and the runner-up ranks the float32 scores the same way.
    return bestSum - second > 2 * (integers.rows + 2) * ROUNDING * integers.largest ? best : -1;
  }

  /** bestClass from the float32 scores, added in feature order as the model was trained to be read. */
  bestFloatClass(features: Int32Array, count: number, skip: number, scores: Float32Array): number {
    this.score(features, count, scores);
    let best = skip === 0 ? 1 : 0;
    for (let c = 0; c < this.classCount; c++) {
      if (c !== skip && (scores[c] as number) > (scores[best] as number)) best = c;
    }
    return best;
  }

  /**
   * Adds the float32 rows at the first `found` of rowOffsets, in order: each weight is its integer times the step,
   * rounded to float32 (what the model file's arrays hold), or the pair kept when the weights are not such multiples.
   */
  private addFoundRows(found: number, scores: Float32Array): void {
    const ints = this.rowInts;
    const offsets = this.rowOffsets;
    const step = this.step;
    for (let r = 0; r < found; r++) {
      const offset = offsets[r] as number;
      const end = offset + 2 + (ints[offset] as number);
      for (let at = offset + 2; at < end; at++) {
        const entry = ints[at] as number;
        const c = step > 0 ? entry & 0xff : (this.pairClasses[2 * at] as number);
        const weight = step > 0 ? Math.fround((entry >> 8) * step) : (this.pairWeights[2 * at + 1] as number);
        scores[c] = (scores[c] as number) + weight;
      }
    }
  }

  /**
   * The row offsets of the features from … to - 1 that the model holds, in feature order, into rowOffsets. Home
   * slots are loaded first in a loop of independent loads (the processor waits for their cache misses together),
   * then probed.
   */
  private findRows(features: Int32Array, from: number, to: number): number {
    if (this.rowOffsets.length < to - from) this.rowOffsets = new Int32Array(to - from);
    const offsets = this.rowOffsets;
    const mask = this.mask;
    const shift = this.shift;
    const slots = this.slots;
    for (let f = from; f < to; f++) offsets[f - from] = slots[((features[f] as number) >>> shift) * 2] as number;
    let found = 0;
    for (let f = from; f < to; f++) {
      const key = features[f] as number;
      let slot = key >>> shift;
      let held = offsets[f - from] as number;
      while (held !== key && held !== 0) {
        slot = (slot + 1) & mask;
        held = slots[slot * 2] as number;
      }
      if (held === key) offsets[found++] = slots[slot * 2 + 1] as number;
    }
    return found;
  }
}
