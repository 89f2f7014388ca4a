// Features for labelling an arc the parser has just chosen: the head and the dependent (words, tags, suffixes), the
// direction and distance, the dependent's finished children (a case marker or "by" decides obl vs obl:agent), the
// head's children on that side so far (an aux:pass already attached makes the subject nsubj:pass), and the
// dependent's neighbours. Every feature is conjoined with the direction.

import { featureKey } from "../model/hash-feature.ts";
import type { ParserInput } from "./parser-input.ts";
import type { ParserState } from "./parser-state.ts";
import { distanceClass } from "./transition-features.ts";

/** Upper bound on the features written for one arc. */
export const MAX_LABEL_FEATURES = 40;

const NONE = 0x2b2b2b2;
const NO_LABEL = 0x2c;

/** values[i], or `none` outside 0 … values.length - 1. */
function atom(values: Int32Array, i: number, none: number): number {
  return i < 0 || i >= values.length ? none : (values[i] as number);
}

/** Writes the features of the arc head → dependent (before it is added to `state`) into `out`; returns their number. */
export function labelFeatures(
  state: ParserState,
  input: ParserInput,
  head: number,
  dependent: number,
  out: Int32Array,
): number {
  const { words, tags, suffixes, n } = input;
  const left = dependent < head;
  const dir = left ? 1 : 2;
  const hw = words[head] as number;
  const ht = tags[head] as number;
  const dw = words[dependent] as number;
  const dt = tags[dependent] as number;
  const dist = distanceClass(head, dependent);
  const labels = state.labels;
  const dl1 = state.leftmost[dependent] as number;
  const dl2 = state.leftmost2[dependent] as number;
  const dr1 = state.rightmost[dependent] as number;
  const near = left ? (state.leftmost[head] as number) : (state.rightmost[head] as number);
  const headSetLow = left ? (state.leftLabelsLow[head] as number) : (state.rightLabelsLow[head] as number);
  const headSetHigh = left ? (state.leftLabelsHigh[head] as number) : (state.rightLabelsHigh[head] as number);
  const depSetLow = (state.leftLabelsLow[dependent] as number) ^ ((state.rightLabelsLow[dependent] as number) << 1);
  const depSetHigh = (state.leftLabelsHigh[dependent] as number) ^ ((state.rightLabelsHigh[dependent] as number) << 1);
  const before = dependent > 0 ? atom(tags, dependent - 1, NONE) : NONE;
  const after = atom(tags, dependent + 1, NONE);

  let k = 0;
  out[k++] = featureKey(1, dir);
  out[k++] = featureKey(2, dir, dt);
  out[k++] = featureKey(3, dir, dw);
  out[k++] = featureKey(4, dir, dw, dt);
  out[k++] = featureKey(5, dir, ht);
  out[k++] = featureKey(6, dir, hw);
  out[k++] = featureKey(7, dir, ht, dt);
  out[k++] = featureKey(8, dir, hw, dt);
  out[k++] = featureKey(9, dir, ht, dw);
  out[k++] = featureKey(10, dir, hw, dw);
  out[k++] = featureKey(11, dir, dt, atom(words, dl1, NONE));
  out[k++] = featureKey(12, dir, dt, atom(labels, dl1, NO_LABEL));
  out[k++] = featureKey(13, dir, dt, atom(labels, dl1, NO_LABEL), ht);
  out[k++] = featureKey(14, dir, atom(words, dl1, NONE), ht);
  out[k++] = featureKey(15, dir, atom(words, dl1, NONE), hw);
  out[k++] = featureKey(16, dir, dt, atom(words, dl2, NONE));
  out[k++] = featureKey(17, dir, dt, atom(labels, dl2, NO_LABEL), atom(labels, dl1, NO_LABEL));
  out[k++] = featureKey(18, dir, dt, atom(labels, dr1, NO_LABEL));
  out[k++] = featureKey(19, dir, dt, dist);
  out[k++] = featureKey(20, dir, ht, dt, dist);
  out[k++] = featureKey(21, dir, ht, dt, atom(labels, near, NO_LABEL));
  out[k++] = featureKey(22, dir, dt, headSetLow, headSetHigh);
  out[k++] = featureKey(23, dir, ht, dt, headSetLow ^ (headSetHigh << 3));
  out[k++] = featureKey(24, dir, dt, depSetLow, depSetHigh);
  out[k++] = featureKey(25, dir, suffixes[dependent] as number, dt);
  out[k++] = featureKey(26, dir, suffixes[head] as number, ht);
  out[k++] = featureKey(27, dir, before, dt);
  out[k++] = featureKey(28, dir, dt, after);
  out[k++] = featureKey(29, dir, before, dt, after);
  out[k++] = featureKey(30, dir, ht, dt, head === n ? 1 : 0);
  out[k++] = featureKey(31, dir, dw, atom(tags, dl1, NONE), atom(words, dl1, NONE));
  out[k++] = featureKey(32, dir, hw, atom(words, dl1, NONE), dt);
  return k;
}
