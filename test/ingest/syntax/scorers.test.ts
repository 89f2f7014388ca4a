// The run-time scorers' shortcuts give what the plain float32 scoring gives: the sparse scorer's best class ranked
// by integer sums (with its fall-back to float32 scores on near ties), and the tagger's per-form memory of the
// features that depend on the word alone.
import { describe, expect, it } from "vitest";
import { SparseRowScorer } from "../../../ingest/syntax/model/sparse-row-scorer.ts";
import { wordAtoms } from "../../../ingest/syntax/model/word-atoms.ts";
import { featureKey } from "../../../ingest/syntax/model/hash-feature.ts";
import { SPARSE_TEMPLATE, sparseClassifier as classifier } from "../../support/sparse-classifier.ts";
import {
  MAX_TAGGER_FEATURES,
  taggerFeatures,
  WORD_FEATURE_POSITIONS,
} from "../../../ingest/syntax/tagger/tagger-features.ts";

/** The first class of highest float32 score other than `skip`, from the plain scores. */
function plainBest(scorer: SparseRowScorer, features: Int32Array, skip: number): number {
  const scores = new Float32Array(scorer.classCount);
  scorer.score(features, features.length, scores);
  let best = skip === 0 ? 1 : 0;
  for (let c = 0; c < scorer.classCount; c++) if (c !== skip && scores[c]! > scores[best]!) best = c;
  return best;
}

describe("the sparse scorer's best class", () => {
  const step = 0.0015432453030694599;
  it.each([
    {
      title: "a clear winner",
      rows: [
        [3, 40, -2],
        [0, 5, 1],
      ],
      skip: -1,
    },
    {
      title: "an exact tie: the first class wins, as in a scan of float32 scores",
      rows: [
        [7, 7, 1],
        [2, 2, 0],
      ],
      skip: -1,
    },
    {
      title: "a winner by one step after many rows",
      rows: Array.from({ length: 40 }, (_, r) => [r % 3 === 0 ? 901 : 900, 900, -r]),
      skip: -1,
    },
    {
      title: "the skipped class scores highest",
      rows: [
        [50, 4, 9],
        [1, 0, 0],
      ],
      skip: 0,
    },
    {
      title: "large weights of both signs that cancel",
      rows: [
        [32767, -32768, 5],
        [-32767, 32767, 4],
        [1, 2, 4],
      ],
      skip: -1,
    },
  ])("$title", ({ rows, skip }) => {
    const scorer = new SparseRowScorer(classifier(rows, 3, step));
    expect(scorer.ranksIntegers).toBe(true);
    const features = Int32Array.from(rows, (_, r) => featureKey(SPARSE_TEMPLATE, r));
    const scores = new Float32Array(3);
    expect(scorer.bestClass(features, features.length, skip, scores)).toBe(plainBest(scorer, features, skip));
  });

  it("agrees with the plain scores on random rows, near ties included", () => {
    let seed = 20220224;
    const random = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) | 0;
      return (seed >>> 8) % n;
    };
    const rows = Array.from({ length: 300 }, () =>
      Array.from({ length: 12 }, () => (random(3) === 0 ? random(61) - 30 : 0)),
    );
    const scorer = new SparseRowScorer(classifier(rows, 12, step));
    const scores = new Float32Array(12);
    for (let trial = 0; trial < 3000; trial++) {
      const features = Int32Array.from({ length: 1 + random(40) }, () => featureKey(SPARSE_TEMPLATE, random(320)));
      const skip = random(4) === 0 ? random(12) : -1;
      expect(scorer.bestClass(features, features.length, skip, scores)).toBe(plainBest(scorer, features, skip));
    }
  });

  it("ranks float32 scores when the weights are not integers times a step (a model in training)", () => {
    const scorer = new SparseRowScorer(
      classifier(
        [
          [3, 1],
          [1, 2],
        ],
        2,
        undefined,
      ),
    );
    expect(scorer.ranksIntegers).toBe(false);
    const features = Int32Array.from([featureKey(SPARSE_TEMPLATE, 0), featureKey(SPARSE_TEMPLATE, 1)]);
    expect(scorer.bestClass(features, 2, -1, new Float32Array(2))).toBe(plainBest(scorer, features, -1));
  });
});

describe("the tagger's word features", () => {
  it("depend on the word's form and on whether it opens the sentence, not on its neighbours or earlier tags", () => {
    const lexicon = new Map([
      ["warned", 11],
      ["russia", 12],
      ["nato", 13],
    ]);
    const sentences = [
      ["NATO", "warned", "Russia", "on", "Tuesday", "."],
      ["Officials", "said", "NATO", "warned", "Russia", "again"],
      ["warned", "by", "pro-Russian", "hackers", ",", "NATO", "warned", "Russia"],
    ];
    const seen = new Map<string, string>();
    for (const [index, forms] of sentences.entries()) {
      const atoms = wordAtoms(forms, lexicon);
      for (let i = 0; i < forms.length; i++) {
        const out = new Int32Array(MAX_TAGGER_FEATURES);
        taggerFeatures(atoms, i, index, index + 7, out);
        const key = `${forms[i]} ${i === 0}`;
        const words = WORD_FEATURE_POSITIONS.map((p) => out[p]).join(",");
        expect(seen.get(key) ?? words).toBe(words);
        seen.set(key, words);
      }
    }
    expect(seen.size).toBeGreaterThan(10);
  });
});
