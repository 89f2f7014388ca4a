// Makes a gold tree projective for training a projective transition system: each non-projective arc is lifted
// (its dependent re-attached to its head's head) until none is left, shortest arcs first (Nivre and Nilsson 2005,
// without encoding the lift in the label). About 5% of EWT's and GUM's sentences have a crossing arc.

/** Whether `ancestor` dominates `word` (heads[i] = -1 marks the root word, whose parent is the artificial root). */
function dominates(heads: Int32Array, ancestor: number, word: number): boolean {
  let current = word;
  for (let steps = 0; steps <= heads.length; steps++) {
    if (current === ancestor) return true;
    if (current < 0) return false;
    current = heads[current] as number;
  }
  return false;
}

/** The dependent of the shortest non-projective arc, or -1 when the tree is projective. */
function shortestCrossing(heads: Int32Array): number {
  let found = -1;
  let foundLength = Infinity;
  for (let d = 0; d < heads.length; d++) {
    const h = heads[d] as number;
    if (h < 0) continue;
    const from = Math.min(h, d);
    const to = Math.max(h, d);
    if (to - from >= foundLength) continue;
    for (let k = from + 1; k < to; k++) {
      if (!dominates(heads, h, k)) {
        found = d;
        foundLength = to - from;
        break;
      }
    }
  }
  return found;
}

/**
 * A projective copy of a tree given as heads (-1 for the root word). Returns the copy and how many arcs were lifted.
 */
export function projectivize(heads: ArrayLike<number>): { heads: Int32Array; lifted: number } {
  const out = Int32Array.from(heads);
  let lifted = 0;
  for (;;) {
    const d = shortestCrossing(out);
    if (d < 0) return { heads: out, lifted };
    const h = out[d] as number;
    out[d] = out[h] as number;
    lifted++;
  }
}

/** Whether a tree (heads, -1 for the root word) has no crossing arcs. */
export function isProjective(heads: ArrayLike<number>): boolean {
  return shortestCrossing(Int32Array.from(heads)) < 0;
}
