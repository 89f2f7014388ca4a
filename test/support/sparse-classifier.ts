// A small trained-looking classifier for the syntax scorer and model file tests: rows of integer weights (one per
// class, 0 for none) times a quantisation step, keyed by featureKey(TEMPLATE, row) and stored in the order of their
// keys as unsigned numbers (a model file's order; scorers look rows up by key, so the order does not change scores).
import { featureKey } from "../../ingest/syntax/model/hash-feature.ts";
import type { SparseModelArrays } from "../../ingest/syntax/model/sparse-linear-model.ts";

/** The feature template of the rows' keys: row r has key featureKey(SPARSE_TEMPLATE, r). */
export const SPARSE_TEMPLATE = 900;

/** A classifier of `classes` classes; without `step` its weights are hundredths and it gives no step. */
export function sparseClassifier(rows: number[][], classes: number, step?: number): SparseModelArrays {
  const order = rows
    .map((row, r) => ({ row, key: featureKey(SPARSE_TEMPLATE, r) }))
    .sort((a, b) => (a.key >>> 0) - (b.key >>> 0));
  const rowStart = new Uint32Array(rows.length + 1);
  const entryClass: number[] = [];
  const entryWeight: number[] = [];
  order.forEach(({ row }, r) => {
    row.forEach((q, c) => {
      if (q === 0) return;
      entryClass.push(c);
      entryWeight.push(q * (step ?? 0.01));
    });
    rowStart[r + 1] = entryClass.length;
  });
  return {
    classCount: classes,
    keys: Int32Array.from(order, ({ key }) => key),
    rowStart,
    entryClass: Uint8Array.from(entryClass),
    entryWeight: Float32Array.from(entryWeight),
    ...(step === undefined ? {} : { step }),
  };
}
