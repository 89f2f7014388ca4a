// A classifier's weights as 16-bit integers times its quantisation step, the form its scorers' tables hold
// (sparse-linear-model.ts, sparse-row-scorer.ts): taken as stored when a model file gave them, else derived from the
// float32 weights.

import type { SparseModelArrays } from "./sparse-linear-model.ts";

/**
 * The weights of `arrays` as integer multiples of `step`: the stored 16-bit weights when `step` is the arrays' own,
 * else each float weight divided by the step and rounded.
 */
export function quantisedWeights(arrays: SparseModelArrays, step: number): Int16Array | Int32Array {
  if (arrays.entryQuantised && arrays.step === step) return arrays.entryQuantised;
  return Int32Array.from(arrays.entryWeight, (weight) => Math.round(weight / step));
}

/**
 * The weights of `arrays` as 16-bit integers times its step, when every weight is exactly such a multiple as float32
 * (always for a model file's arrays); null when there is no step or some weight is not.
 */
export function exactQuantisedWeights(arrays: SparseModelArrays): Int16Array | Int32Array | null {
  const step = arrays.step ?? 0;
  if (!(step > 0)) return null;
  if (arrays.entryQuantised) return arrays.entryQuantised;
  const quantised = quantisedWeights(arrays, step);
  for (let e = 0; e < quantised.length; e++) {
    const q = quantised[e] as number;
    if (q < -32768 || q > 32767 || Math.fround(q * step) !== arrays.entryWeight[e]) return null;
  }
  return quantised;
}
