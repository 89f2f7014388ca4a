// Training-time weights of a multiclass averaged perceptron (Collins 2002) over hashed features, with Daumé's
// averaging trick: beside each weight w a sum u of (update time × change), so the average is w - u / time and no
// per-weight timestamps are kept. Rows are dense over the classes and are added the first time a feature is updated.

import { KeyTable } from "../model/key-table.ts";
import type { SparseModelArrays } from "../model/sparse-linear-model.ts";

const INITIAL_ROWS = 4096;

export class AveragedPerceptron {
  readonly classCount: number;
  private readonly table = new KeyTable(1 << 16);
  private weights: Float32Array;
  private sums: Float64Array;
  /** Updates that touched each row (rare features are pruned by it). */
  private updates = new Int32Array(INITIAL_ROWS);
  /** Updates made so far (the perceptron's clock). */
  private time = 1;

  constructor(classCount: number) {
    if (classCount > 255) throw new Error(`averaged perceptron: ${classCount} classes, at most 255 supported`);
    this.classCount = classCount;
    this.weights = new Float32Array(INITIAL_ROWS * classCount);
    this.sums = new Float64Array(this.weights.length);
  }

  /** Current (not averaged) scores of the first `count` features. */
  score(features: Int32Array, count: number, scores: Float32Array): void {
    const k = this.classCount;
    scores.fill(0, 0, k);
    for (let f = 0; f < count; f++) {
      const row = this.table.get(features[f] as number);
      if (row < 0) continue;
      const base = row * k;
      for (let c = 0; c < k; c++) scores[c] = (scores[c] as number) + (this.weights[base + c] as number);
    }
  }

  /** Rewards `truth` and penalises `guess` on the given features (a no-op when they are equal); advances the clock. */
  update(features: Int32Array, count: number, truth: number, guess: number): void {
    if (truth !== guess) {
      const k = this.classCount;
      for (let f = 0; f < count; f++) {
        const row = this.rowFor(features[f] as number);
        this.updates[row] = (this.updates[row] as number) + 1;
        this.change(row * k + truth, 1);
        this.change(row * k + guess, -1);
      }
    }
    this.time++;
  }

  /** Advances the clock without a change (a correct prediction still counts towards the average). */
  tick(): void {
    this.time++;
  }

  /** Number of feature rows. */
  get rowCount(): number {
    return this.table.size;
  }

  /**
   * The averaged weights as a sparse run-time model, each rounded to a multiple of `step` (weights that round to
   * zero are dropped), leaving out features whose largest absolute weight is below `minRowWeight` (rare features
   * that barely move a decision cost a cache miss each at run time).
   */
  toSparse(step: number, minRowWeight = 0, minUpdates = 0): SparseModelArrays {
    const k = this.classCount;
    const rows = this.table.size;
    const keysByRow = this.table.keysByRow();
    const starts: number[] = [0];
    const classes: number[] = [];
    const values: number[] = [];
    const keptKeys: number[] = [];
    for (let row = 0; row < rows; row++) {
      const before = classes.length;
      let largest = 0;
      for (let c = 0; c < k; c++) {
        const index = row * k + c;
        largest = Math.max(
          largest,
          Math.abs((this.weights[index] as number) - (this.sums[index] as number) / this.time),
        );
      }
      if (largest < minRowWeight || (this.updates[row] as number) < minUpdates) continue;
      for (let c = 0; c < k; c++) {
        const index = row * k + c;
        const average = (this.weights[index] as number) - (this.sums[index] as number) / this.time;
        const quantised = Math.round(average / step);
        if (quantised !== 0) {
          classes.push(c);
          values.push(quantised * step);
        }
      }
      if (classes.length > before) {
        keptKeys.push(keysByRow[row] as number);
        starts.push(classes.length);
      }
    }
    return {
      classCount: k,
      keys: Int32Array.from(keptKeys),
      rowStart: Uint32Array.from(starts),
      entryClass: Uint8Array.from(classes),
      entryWeight: Float32Array.from(values),
      step,
    };
  }

  /** The largest absolute averaged weight (to choose a quantisation step). */
  maxAbsAverage(): number {
    let max = 0;
    const n = this.table.size * this.classCount;
    for (let i = 0; i < n; i++) {
      const average = Math.abs((this.weights[i] as number) - (this.sums[i] as number) / this.time);
      if (average > max) max = average;
    }
    return max;
  }

  private rowFor(key: number): number {
    const row = this.table.insert(key);
    const needed = (row + 1) * this.classCount;
    if (needed > this.weights.length) {
      const grown = new Float32Array(Math.max(needed, this.weights.length * 2));
      grown.set(this.weights);
      this.weights = grown;
      const grownSums = new Float64Array(grown.length);
      grownSums.set(this.sums);
      this.sums = grownSums;
      const grownUpdates = new Int32Array(grown.length / this.classCount);
      grownUpdates.set(this.updates);
      this.updates = grownUpdates;
    }
    return row;
  }

  private change(index: number, delta: number): void {
    this.weights[index] = (this.weights[index] as number) + delta;
    this.sums[index] = (this.sums[index] as number) + this.time * delta;
  }
}
