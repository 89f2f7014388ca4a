// Run-time part-of-speech tagging: greedy, left to right, each word's combined tag chosen by the trained linear
// model from the features of tagger-features.ts.

import type { LinearScorer } from "../model/sparse-linear-model.ts";
import type { WordAtoms } from "../model/word-atoms.ts";
import { MAX_TAGGER_FEATURES, taggerFeatures } from "./tagger-features.ts";

export class PartOfSpeechTagger {
  private readonly features = new Int32Array(MAX_TAGGER_FEATURES);
  private readonly scores: Float32Array;

  private readonly fixed: ReadonlyMap<string, number>;

  constructor(
    private readonly model: LinearScorer,
    /** Combined tags by class number. */
    readonly tags: readonly string[],
    /** Words tagged by lookup (lexicon key → combined tag), see tag-lexicon.ts buildFixedTags. */
    fixedTags: ReadonlyMap<string, string> = new Map(),
  ) {
    this.scores = new Float32Array(model.classCount);
    const ids = new Map(tags.map((tag, index) => [tag, index]));
    this.fixed = new Map(
      [...fixedTags].flatMap(([word, tag]) => (ids.has(tag) ? [[word, ids.get(tag) as number]] : [])),
    );
  }

  /** Tag ids of a sentence's words, written into `out` (length ≥ atoms.length). */
  tagInto(atoms: WordAtoms, out: Int32Array): void {
    let p1 = -1;
    let p2 = -1;
    const scores = this.scores;
    const classes = this.model.classCount;
    for (let i = 0; i < atoms.length; i++) {
      const known = this.fixed.get(atoms.keys[i] as string);
      if (known !== undefined) {
        out[i] = known;
        p2 = p1;
        p1 = known;
        continue;
      }
      const count = taggerFeatures(atoms, i, p1, p2, this.features);
      this.model.score(this.features, count, scores);
      let best = 0;
      for (let c = 1; c < classes; c++) if ((scores[c] as number) > (scores[best] as number)) best = c;
      out[i] = best;
      p2 = p1;
      p1 = best;
    }
  }
}
