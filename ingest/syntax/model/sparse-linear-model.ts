// The run-time form of a trained linear classifier. Scoring a configuration adds the weight rows of its features
// into a score vector. Lookups dominate parsing time and each one is a likely cache miss in a table of megabytes,
// so the layouts keep a feature's key and weights together: for a few classes (the parser's transitions) each hash
// slot holds the key and its dense weights in one cache line; for many classes (tags, labels) a slot holds the key
// and an offset to the row's non-zero (class, weight) pairs, stored side by side.

/** The arrays a trained classifier is made of (and serialised as): row r's weights are entries rowStart[r] … */
export interface SparseModelArrays {
  classCount: number;
  /** Feature key of each row. */
  keys: Int32Array;
  rowStart: Uint32Array;
  entryClass: Uint8Array;
  entryWeight: Float32Array;
}

/** A trained classifier that scores feature keys. */
export interface LinearScorer {
  readonly classCount: number;
  readonly rowCount: number;
  /** Writes the scores of the first `count` feature keys into `scores` (length ≥ classCount). */
  score(features: Int32Array, count: number, scores: Float32Array): void;
}

/** A power of two with at most three rows in four slots (linear probing stays short at that load). */
function slotCount(rows: number): number {
  let slots = 1024;
  while (slots * 3 < rows * 4) slots *= 2;
  return slots;
}

/** The dense layout, for at most four classes: a slot is [key, w0, w1, w2, …] in one 16- or 32-byte run. */
class DenseRowScorer implements LinearScorer {
  readonly classCount: number;
  readonly rowCount: number;
  private readonly stride: number;
  private readonly mask: number;
  private readonly keys: Int32Array;
  private readonly weights: Float32Array;

  constructor(arrays: SparseModelArrays) {
    this.classCount = arrays.classCount;
    this.rowCount = arrays.keys.length;
    this.stride = arrays.classCount < 4 ? 4 : 8;
    const slots = slotCount(this.rowCount);
    this.mask = slots - 1;
    const buffer = new ArrayBuffer(slots * this.stride * 4);
    this.keys = new Int32Array(buffer);
    this.weights = new Float32Array(buffer);
    for (let row = 0; row < this.rowCount; row++) {
      const key = arrays.keys[row] as number;
      let slot = key & this.mask;
      while (this.keys[slot * this.stride] !== 0) slot = (slot + 1) & this.mask;
      const base = slot * this.stride;
      this.keys[base] = key;
      for (let e = arrays.rowStart[row] as number; e < (arrays.rowStart[row + 1] as number); e++) {
        this.weights[base + 1 + (arrays.entryClass[e] as number)] = arrays.entryWeight[e] as number;
      }
    }
  }

  score(features: Int32Array, count: number, scores: Float32Array): void {
    const classes = this.classCount;
    const stride = this.stride;
    const mask = this.mask;
    const keys = this.keys;
    const weights = this.weights;
    scores.fill(0, 0, classes);
    for (let f = 0; f < count; f++) {
      const key = features[f] as number;
      let slot = key & mask;
      for (;;) {
        const base = slot * stride;
        const found = keys[base] as number;
        if (found === key) {
          for (let c = 0; c < classes; c++) scores[c] = (scores[c] as number) + (weights[base + 1 + c] as number);
          break;
        }
        if (found === 0) break;
        slot = (slot + 1) & mask;
      }
    }
  }
}

/** The sparse layout: a slot is [key, offset]; at the offset, the row's length, then (class, weight) pairs. */
class SparseRowScorer implements LinearScorer {
  readonly classCount: number;
  readonly rowCount: number;
  private readonly mask: number;
  private readonly slots: Int32Array;
  private readonly entries: Float32Array;

  constructor(arrays: SparseModelArrays) {
    this.classCount = arrays.classCount;
    this.rowCount = arrays.keys.length;
    const slots = slotCount(this.rowCount);
    this.mask = slots - 1;
    this.slots = new Int32Array(slots * 2);
    this.entries = new Float32Array(this.rowCount + 2 * arrays.entryClass.length);
    let offset = 0;
    for (let row = 0; row < this.rowCount; row++) {
      const key = arrays.keys[row] as number;
      let slot = key & this.mask;
      while (this.slots[slot * 2] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = key;
      this.slots[slot * 2 + 1] = offset;
      const start = arrays.rowStart[row] as number;
      const end = arrays.rowStart[row + 1] as number;
      this.entries[offset++] = end - start;
      for (let e = start; e < end; e++) {
        this.entries[offset++] = arrays.entryClass[e] as number;
        this.entries[offset++] = arrays.entryWeight[e] as number;
      }
    }
  }

  score(features: Int32Array, count: number, scores: Float32Array): void {
    const mask = this.mask;
    const slots = this.slots;
    const entries = this.entries;
    scores.fill(0, 0, this.classCount);
    for (let f = 0; f < count; f++) {
      const key = features[f] as number;
      let slot = key & mask;
      for (;;) {
        const found = slots[slot * 2] as number;
        if (found === key) {
          let offset = slots[slot * 2 + 1] as number;
          const end = offset + 1 + 2 * (entries[offset] as number);
          for (offset++; offset < end; offset += 2) {
            const c = entries[offset] as number;
            scores[c] = (scores[c] as number) + (entries[offset + 1] as number);
          }
          break;
        }
        if (found === 0) break;
        slot = (slot + 1) & mask;
      }
    }
  }
}

/** The scorer for a trained classifier, in the layout that suits its number of classes. */
export function createLinearScorer(arrays: SparseModelArrays): LinearScorer {
  return arrays.classCount <= 7 ? new DenseRowScorer(arrays) : new SparseRowScorer(arrays);
}
