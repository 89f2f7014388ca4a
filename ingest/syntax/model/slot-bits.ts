// The size of the scorers' open-addressing tables (sparse-linear-model.ts, sparse-row-scorer.ts).

/**
 * Slot bits: a power of two with at most three rows in four slots (linear probing stays short at that load). A key's
 * home slot is its top bits, so keys sorted as unsigned numbers (the model file's order) fill the table front to back.
 */
export function slotBits(rows: number): number {
  let bits = 10;
  while (2 ** bits * 3 < rows * 4) bits++;
  return bits;
}
