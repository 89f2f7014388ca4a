// Features of a parser configuration for choosing the next transition: words and tags of the top three stack items
// and the first three buffer items, their pairs and triples, distances, valencies, the outermost children of the
// items a transition can join and the label sets they already have (after Zhang and Nivre 2011, adapted to the
// arc-hybrid system, where the stack's top joins either the word below it or the buffer's front).

import { featureKey } from "../model/hash-feature.ts";
import type { ParserInput } from "./parser-input.ts";
import type { ParserState } from "./parser-state.ts";

/** Upper bound on the features written for one configuration. */
export const MAX_TRANSITION_FEATURES = 124;

const NONE = 0x3c3c3c3;
const NO_LABEL = 0x3d;

/** values[i], or `none` for a missing position (-1). */
function atom(values: Int32Array, i: number, none: number): number {
  return i < 0 ? none : (values[i] as number);
}

/** Distance class: 1, 2, 3, 4, 5–9, 10+ (0 when a side is missing). */
export function distanceClass(from: number, to: number): number {
  if (from < 0 || to < 0) return 0;
  const d = to > from ? to - from : from - to;
  return d < 5 ? d : d < 10 ? 5 : 6;
}

/** Writes the features of `state` into `out`; returns their number. */
export function transitionFeatures(state: ParserState, input: ParserInput, out: Int32Array): number {
  const { words, tags, suffixes } = input;
  const n = state.n;
  const s0 = state.stackAt(0);
  const s1 = state.stackAt(1);
  const s2 = state.stackAt(2);
  const b0 = state.front;
  const b1 = b0 + 1 <= n ? b0 + 1 : -1;
  const b2 = b0 + 2 <= n ? b0 + 2 : -1;
  const labels = state.labels;

  const s0w = atom(words, s0, NONE),
    s0t = atom(tags, s0, NONE),
    s1w = atom(words, s1, NONE),
    s1t = atom(tags, s1, NONE),
    s2w = atom(words, s2, NONE),
    s2t = atom(tags, s2, NONE);
  const b0w = atom(words, b0, NONE),
    b0t = atom(tags, b0, NONE),
    b1w = atom(words, b1, NONE),
    b1t = atom(tags, b1, NONE),
    b2w = atom(words, b2, NONE),
    b2t = atom(tags, b2, NONE);
  const s0l1 = s0 < 0 ? -1 : (state.leftmost[s0] as number);
  const s0l2 = s0 < 0 ? -1 : (state.leftmost2[s0] as number);
  const s0r1 = s0 < 0 ? -1 : (state.rightmost[s0] as number);
  const s0r2 = s0 < 0 ? -1 : (state.rightmost2[s0] as number);
  const s1l1 = s1 < 0 ? -1 : (state.leftmost[s1] as number);
  const s1r1 = s1 < 0 ? -1 : (state.rightmost[s1] as number);
  const s1r2 = s1 < 0 ? -1 : (state.rightmost2[s1] as number);
  const b0l1 = state.leftmost[b0] as number;
  const b0l2 = state.leftmost2[b0] as number;
  const d01 = distanceClass(s0, b0);
  const d10 = distanceClass(s1, s0);
  const s0vl = s0 < 0 ? 0 : (state.leftCount[s0] as number);
  const s0vr = s0 < 0 ? 0 : (state.rightCount[s0] as number);
  const s1vl = s1 < 0 ? 0 : (state.leftCount[s1] as number);
  const s1vr = s1 < 0 ? 0 : (state.rightCount[s1] as number);
  const b0vl = state.leftCount[b0] as number;

  let k = 0;
  out[k++] = featureKey(1, s0w, s0t);
  out[k++] = featureKey(2, s0w);
  out[k++] = featureKey(3, s0t);
  out[k++] = featureKey(4, s1w, s1t);
  out[k++] = featureKey(5, s1w);
  out[k++] = featureKey(6, s1t);
  out[k++] = featureKey(7, b0w, b0t);
  out[k++] = featureKey(8, b0w);
  out[k++] = featureKey(9, b0t);
  out[k++] = featureKey(10, b1w, b1t);
  out[k++] = featureKey(11, b1w);
  out[k++] = featureKey(12, b1t);
  out[k++] = featureKey(13, b2w, b2t);
  out[k++] = featureKey(14, b2t);
  out[k++] = featureKey(15, s2t);
  out[k++] = featureKey(16, s2w, s2t);
  // The stack's top with the buffer's front (LEFT).
  out[k++] = featureKey(17, s0w, s0t, b0w, b0t);
  out[k++] = featureKey(18, s0w, s0t, b0w);
  out[k++] = featureKey(19, s0w, b0w, b0t);
  out[k++] = featureKey(20, s0w, s0t, b0t);
  out[k++] = featureKey(21, s0t, b0w, b0t);
  out[k++] = featureKey(22, s0w, b0w);
  out[k++] = featureKey(23, s0t, b0t);
  // The stack's top with the word below it (RIGHT).
  out[k++] = featureKey(24, s1w, s1t, s0w, s0t);
  out[k++] = featureKey(25, s1w, s1t, s0w);
  out[k++] = featureKey(26, s1w, s0w, s0t);
  out[k++] = featureKey(27, s1w, s1t, s0t);
  out[k++] = featureKey(28, s1t, s0w, s0t);
  out[k++] = featureKey(29, s1w, s0w);
  out[k++] = featureKey(30, s1t, s0t);
  out[k++] = featureKey(31, b0t, b1t);
  out[k++] = featureKey(32, b0w, b1w);
  // Tag triples.
  out[k++] = featureKey(33, b0t, b1t, b2t);
  out[k++] = featureKey(34, s0t, b0t, b1t);
  out[k++] = featureKey(35, s1t, s0t, b0t);
  out[k++] = featureKey(36, s2t, s1t, s0t);
  out[k++] = featureKey(37, s1t, b0t);
  out[k++] = featureKey(38, s0w, b0t, b1t);
  out[k++] = featureKey(39, s0t, b0w, b1t);
  out[k++] = featureKey(40, s1t, s0t, b0t, b1t);
  // Distances.
  out[k++] = featureKey(41, s0w, d01);
  out[k++] = featureKey(42, s0t, d01);
  out[k++] = featureKey(43, b0w, d01);
  out[k++] = featureKey(44, b0t, d01);
  out[k++] = featureKey(45, s0t, b0t, d01);
  out[k++] = featureKey(46, s0w, b0w, d01);
  out[k++] = featureKey(47, s1t, s0t, d10);
  out[k++] = featureKey(48, s1w, d10);
  out[k++] = featureKey(49, s0w, d10);
  out[k++] = featureKey(50, s1w, s0w, d10);
  // Valencies.
  out[k++] = featureKey(51, s0w, s0vr);
  out[k++] = featureKey(52, s0t, s0vr);
  out[k++] = featureKey(53, s0w, s0vl);
  out[k++] = featureKey(54, s0t, s0vl);
  out[k++] = featureKey(55, s1w, s1vr);
  out[k++] = featureKey(56, s1t, s1vr);
  out[k++] = featureKey(57, s1w, s1vl);
  out[k++] = featureKey(58, s1t, s1vl);
  out[k++] = featureKey(59, b0w, b0vl);
  out[k++] = featureKey(60, b0t, b0vl);
  // Outermost children.
  out[k++] = featureKey(61, atom(words, s0l1, NONE));
  out[k++] = featureKey(62, atom(tags, s0l1, NONE));
  out[k++] = featureKey(63, atom(labels, s0l1, NO_LABEL));
  out[k++] = featureKey(64, atom(tags, s0l2, NONE));
  out[k++] = featureKey(65, atom(labels, s0l2, NO_LABEL));
  out[k++] = featureKey(66, atom(words, s0r1, NONE));
  out[k++] = featureKey(67, atom(tags, s0r1, NONE));
  out[k++] = featureKey(68, atom(labels, s0r1, NO_LABEL));
  out[k++] = featureKey(69, atom(tags, s0r2, NONE));
  out[k++] = featureKey(70, atom(labels, s0r2, NO_LABEL));
  out[k++] = featureKey(71, atom(tags, s1r1, NONE));
  out[k++] = featureKey(72, atom(labels, s1r1, NO_LABEL));
  out[k++] = featureKey(73, atom(tags, s1l1, NONE));
  out[k++] = featureKey(74, atom(labels, s1l1, NO_LABEL));
  out[k++] = featureKey(75, atom(words, b0l1, NONE));
  out[k++] = featureKey(76, atom(tags, b0l1, NONE));
  out[k++] = featureKey(77, atom(labels, b0l1, NO_LABEL));
  out[k++] = featureKey(78, atom(tags, b0l2, NONE));
  out[k++] = featureKey(79, atom(labels, b0l2, NO_LABEL));
  out[k++] = featureKey(80, s0t, atom(labels, s0l1, NO_LABEL), atom(labels, s0l2, NO_LABEL));
  out[k++] = featureKey(81, s0t, atom(labels, s0r1, NO_LABEL), atom(labels, s0r2, NO_LABEL));
  out[k++] = featureKey(82, b0t, atom(labels, b0l1, NO_LABEL), atom(labels, b0l2, NO_LABEL));
  // Third order.
  out[k++] = featureKey(83, s0t, atom(tags, s0l1, NONE), atom(tags, s0l2, NONE));
  out[k++] = featureKey(84, s0t, atom(tags, s0r1, NONE), atom(tags, s0r2, NONE));
  out[k++] = featureKey(85, s1t, atom(tags, s1r1, NONE), atom(tags, s1r2, NONE));
  out[k++] = featureKey(86, b0t, atom(tags, b0l1, NONE), atom(tags, b0l2, NONE));
  out[k++] = featureKey(87, s0t, atom(tags, s0l1, NONE), b0t);
  out[k++] = featureKey(88, s0t, atom(tags, s0r1, NONE), b0t);
  out[k++] = featureKey(89, s0t, b0t, atom(tags, b0l1, NONE));
  out[k++] = featureKey(90, s1t, s0t, atom(tags, s0l1, NONE));
  out[k++] = featureKey(91, s1t, atom(tags, s1r1, NONE), s0t);
  out[k++] = featureKey(92, s1t, s0t, atom(tags, s0r1, NONE));
  // Label sets.
  const s0rl = s0 < 0 ? 0 : (state.rightLabelsLow[s0] as number);
  const s0rh = s0 < 0 ? 0 : (state.rightLabelsHigh[s0] as number);
  const s0ll = s0 < 0 ? 0 : (state.leftLabelsLow[s0] as number);
  const s0lh = s0 < 0 ? 0 : (state.leftLabelsHigh[s0] as number);
  const s1rl = s1 < 0 ? 0 : (state.rightLabelsLow[s1] as number);
  const s1rh = s1 < 0 ? 0 : (state.rightLabelsHigh[s1] as number);
  const b0ll = state.leftLabelsLow[b0] as number;
  const b0lh = state.leftLabelsHigh[b0] as number;
  out[k++] = featureKey(93, s0w, s0rl, s0rh);
  out[k++] = featureKey(94, s0t, s0rl, s0rh);
  out[k++] = featureKey(95, s0w, s0ll, s0lh);
  out[k++] = featureKey(96, s0t, s0ll, s0lh);
  out[k++] = featureKey(97, s1w, s1rl, s1rh);
  out[k++] = featureKey(98, s1t, s1rl, s1rh);
  out[k++] = featureKey(99, b0w, b0ll, b0lh);
  out[k++] = featureKey(100, b0t, b0ll, b0lh);
  // Suffixes for words the treebanks did not have.
  out[k++] = featureKey(101, s0 < 0 ? NONE : (suffixes[s0] as number), s0t);
  out[k++] = featureKey(102, suffixes[b0] as number, b0t);
  out[k++] = featureKey(103, s1 < 0 ? NONE : (suffixes[s1] as number), s1t);
  out[k++] = featureKey(104, 0);
  // Coarse tags (UPOS) generalise the fine-tag pairs.
  const coarse = input.coarse;
  const s0u = atom(coarse, s0, NONE),
    s1u = atom(coarse, s1, NONE),
    b0u = coarse[b0] as number,
    b1u = atom(coarse, b1, NONE);
  out[k++] = featureKey(105, s0u, b0u);
  out[k++] = featureKey(106, s1u, s0u);
  out[k++] = featureKey(107, s0u, b0u, b1u);
  out[k++] = featureKey(108, s1u, s0u, b0u);
  out[k++] = featureKey(109, s0w, b0u);
  out[k++] = featureKey(110, s0u, b0w);
  // Punctuation between the stack's top and the buffer's front, and between the two top stack items.
  const b3 = b0 + 3 <= n ? b0 + 3 : -1;
  out[k++] = featureKey(111, b0t, b1t, b2t, atom(tags, b3, NONE));
  out[k++] = featureKey(
    112,
    s0t,
    b0t,
    s0 < 0 ? 0 : (input.punctuationBefore[b0] as number) - (input.punctuationBefore[s0 + 1] as number),
  );
  out[k++] = featureKey(
    113,
    s1t,
    s0t,
    s1 < 0 ? 0 : (input.punctuationBefore[s0] as number) - (input.punctuationBefore[s1 + 1] as number),
  );
  // Attachment of a prepositional phrase: the candidate head with the phrase's preposition and noun.
  const s0case = atom(words, s0l1, NONE);
  out[k++] = featureKey(114, s1w, s0case);
  out[k++] = featureKey(115, s1t, s0case, s0w);
  out[k++] = featureKey(116, b0w, s0case);
  out[k++] = featureKey(117, s1w, s0case, s0w);
  return k;
}
