// The run-time form of a trained linear classifier. Scoring a configuration adds the weight rows of its features
// into a score vector. Lookups dominate parsing time and each one is a likely cache miss in a table of megabytes,
// so the layouts keep a feature's key and weights together: for a few classes (the parser's transitions) a hash slot
// packs a key fingerprint and the 16-bit weights into eight bytes (here); for many classes (tags, labels) a slot holds
// the key and an offset to the row's non-zero weights (sparse-row-scorer.ts).

import { quantisedWeights } from "./quantised-weights.ts";
import { slotBits } from "./slot-bits.ts";
import { SparseRowScorer } from "./sparse-row-scorer.ts";

/** The arrays a trained classifier is made of (and serialised as): row r's weights are entries rowStart[r] … */
export interface SparseModelArrays {
  classCount: number;
  /** Feature key of each row. */
  keys: Int32Array;
  rowStart: Uint32Array;
  entryClass: Uint8Array;
  entryWeight: Float32Array;
  /**
   * The weights as 16-bit integers, entryWeight = quantised × step (as float32), when known (a model file holds
   * them): scorers build their tables from these without converting every weight back.
   */
  entryQuantised?: Int16Array;
  /** The weights are multiples of this step (16-bit quantisation), when known. */
  step?: number;
}

/** A trained classifier that scores feature keys. */
export interface LinearScorer {
  readonly classCount: number;
  readonly rowCount: number;
  /** Writes the scores of the first `count` feature keys into `scores` (length ≥ classCount). */
  score(features: Int32Array, count: number, scores: Float32Array): void;
}

/** Entries of the packed scorer's table of recent keys (a power of two: 2^16 entries, 768 KiB). */
const RECENT_BITS = 16;
const RECENT_MASK = 2 ** RECENT_BITS - 1;

/**
 * The packed layout, for at most three classes (the parser's transitions): a slot is two 32-bit words, a 16-bit
 * fingerprint of the key with the first 16-bit weight, then the other two weights. Eight bytes a feature halve the
 * table against a full key and float weights, and with it the cache misses that bound parsing speed. The home slot is
 * the key's top bits; the fingerprint its low 16 bits (0 is kept for empty slots), so a wrong match needs 37 equal
 * bits and a neighbouring home slot.
 */
class PackedRowScorer implements LinearScorer {
  readonly classCount: number;
  readonly rowCount: number;
  private readonly mask: number;
  private readonly shift: number;
  private readonly slots: Int32Array;
  private readonly step: number;
  /** Recently scored keys and the two slot words the big table gave them (0, 0 when absent), direct-mapped. */
  private readonly recent = new Int32Array(3 << RECENT_BITS);
  private missed = new Int32Array(128);
  private missedFirst = new Int32Array(128);

  constructor(arrays: SparseModelArrays) {
    this.classCount = arrays.classCount;
    this.rowCount = arrays.keys.length;
    const bits = slotBits(this.rowCount);
    this.mask = 2 ** bits - 1;
    this.shift = 32 - bits;
    this.slots = new Int32Array(2 ** bits * 2);
    this.step = arrays.step ?? (largestWeight(arrays.entryWeight) / 32767 || 1);
    this.fill(arrays, quantisedWeights(arrays, this.step));
  }

  /** Places every row in its slot (keys sorted as unsigned numbers fill the table front to back). */
  private fill(arrays: SparseModelArrays, quantised: Int16Array | Int32Array): void {
    const { keys, rowStart, entryClass } = arrays;
    const slots = this.slots;
    const weights = new Int32Array(3);
    for (let row = 0; row < this.rowCount; row++) {
      const key = keys[row] as number;
      weights[0] = 0;
      weights[1] = 0;
      weights[2] = 0;
      const end = rowStart[row + 1] as number;
      for (let e = rowStart[row] as number; e < end; e++) weights[entryClass[e] as number] = quantised[e] as number;
      let slot = key >>> this.shift;
      while (slots[slot * 2] !== 0) slot = (slot + 1) & this.mask;
      slots[slot * 2] = (fingerprint(key) << 16) | ((weights[0] as number) & 0xffff);
      slots[slot * 2 + 1] = ((weights[1] as number) << 16) | ((weights[2] as number) & 0xffff);
    }
  }

  /**
   * Adds the weights of the features the model holds. A feature seen recently (most are: a sentence's tags, words
   * and their pairs recur from one configuration to the next) is answered by a small table that stays in the
   * processor's caches; the others are looked up in the big table, their home slots loaded in one loop of independent
   * loads so that the cache misses overlap, and then remembered. Either way a feature adds exactly the slot the big
   * table's probe finds, so scores do not depend on what is remembered.
   */
  score(features: Int32Array, count: number, scores: Float32Array): void {
    const recent = this.recent;
    if (this.missed.length < count) {
      this.missed = new Int32Array(count);
      this.missedFirst = new Int32Array(count);
    }
    const missed = this.missed;
    let misses = 0;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    for (let f = 0; f < count; f++) {
      const key = features[f] as number;
      const at = (key & RECENT_MASK) * 3;
      if (recent[at] === key) {
        const first = recent[at + 1] as number;
        const second = recent[at + 2] as number;
        s0 += (first << 16) >> 16;
        s1 += second >> 16;
        s2 += (second << 16) >> 16;
      } else missed[misses++] = key;
    }
    if (misses > 0) {
      const mask = this.mask;
      const shift = this.shift;
      const slots = this.slots;
      const missedFirst = this.missedFirst;
      for (let m = 0; m < misses; m++) missedFirst[m] = slots[((missed[m] as number) >>> shift) * 2] as number;
      for (let m = 0; m < misses; m++) {
        const key = missed[m] as number;
        const print = fingerprint(key);
        let slot = key >>> shift;
        let first = missedFirst[m] as number;
        while (first !== 0 && first >>> 16 !== print) {
          slot = (slot + 1) & mask;
          first = slots[slot * 2] as number;
        }
        const second = first === 0 ? 0 : (slots[slot * 2 + 1] as number);
        s0 += (first << 16) >> 16;
        s1 += second >> 16;
        s2 += (second << 16) >> 16;
        const at = (key & RECENT_MASK) * 3;
        recent[at] = key;
        recent[at + 1] = first;
        recent[at + 2] = second;
      }
    }
    scores[0] = s0 * this.step;
    scores[1] = s1 * this.step;
    scores[2] = s2 * this.step;
  }
}

function largestWeight(weights: Float32Array): number {
  let largest = 0;
  for (const weight of weights) largest = Math.max(largest, Math.abs(weight));
  return largest;
}

/** The low 16 bits of a key as a non-zero fingerprint (0 marks an empty slot). */
function fingerprint(key: number): number {
  const low = key & 0xffff;
  return low === 0 ? 1 : low;
}

/** The scorer for a trained classifier, in the layout that suits its number of classes. */
export function createLinearScorer(arrays: SparseModelArrays): LinearScorer {
  return arrays.classCount <= 3 ? new PackedRowScorer(arrays) : new SparseRowScorer(arrays);
}

/** The scorer for a classifier of many classes, whose rows can be added in parts (SparseRowScorer.addRows). */
export function createRowScorer(arrays: SparseModelArrays): SparseRowScorer {
  return new SparseRowScorer(arrays);
}
