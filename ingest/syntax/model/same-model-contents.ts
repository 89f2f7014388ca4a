// Whether two decoded model files hold the same model: the same header (its format version aside) and, per
// classifier, the same class count, quantisation step, keys, rows and 16-bit weights. Converting a model file to a
// newer format version (scripts/convert-syntax-model.ts) must keep them all.

import { isDeepStrictEqual } from "node:util";
import type { ModelFileContents } from "./model-file.ts";
import { quantisedWeights } from "./quantised-weights.ts";

/** Null when `a` and `b` hold the same model, else what first differs. */
export function sameModelFileContents(a: ModelFileContents, b: ModelFileContents): string | null {
  const { version: _a, ...headerA } = a.header;
  const { version: _b, ...headerB } = b.header;
  if (!isDeepStrictEqual(headerA, headerB)) return "the headers differ";
  const names = Object.keys(a.classifiers);
  if (!isDeepStrictEqual(names, Object.keys(b.classifiers))) return "the classifiers differ";
  for (const name of names) {
    const x = a.classifiers[name]!;
    const y = b.classifiers[name]!;
    const step = x.step;
    if (x.classCount !== y.classCount || step !== y.step) return `${name}: class count or step`;
    if (step === undefined) return `${name}: no quantisation step`;
    const arrays: Array<[string, ArrayLike<number>, ArrayLike<number>]> = [
      ["keys", x.keys, y.keys],
      ["rows", x.rowStart, y.rowStart],
      ["classes", x.entryClass, y.entryClass],
      ["weights", quantisedWeights(x, step), quantisedWeights(y, step)],
    ];
    for (const [what, p, q] of arrays) {
      if (p.length !== q.length) return `${name}: ${what} count ${p.length} vs ${q.length}`;
      for (let i = 0; i < p.length; i++) if (p[i] !== q[i]) return `${name}: ${what} differ at ${i}`;
    }
  }
  return null;
}
