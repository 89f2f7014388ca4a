// Run-time part-of-speech tagging: greedy, left to right, each word's combined tag chosen by the trained linear
// model from the features of tagger-features.ts.

import type { SparseRowScorer } from "../model/sparse-linear-model.ts";
import type { WordAtoms } from "../model/word-atoms.ts";
import { MAX_TAGGER_FEATURES, taggerFeatures, WORD_FEATURES } from "./tagger-features.ts";

/** Forms whose word-feature scores are remembered, per position kind; the memory is emptied when full. */
const REMEMBERED_FORMS = 8192;

export class PartOfSpeechTagger {
  private readonly features = new Int32Array(MAX_TAGGER_FEATURES);
  private readonly scores: Float32Array;
  /**
   * Scores of a form's word features (tagger-features.ts WORD_FEATURES), for forms inside a sentence and for forms
   * opening one. Rows are added in feature order, so scores continued from a remembered prefix are the same floats.
   */
  private readonly wordScores = [new Map<string, Float32Array>(), new Map<string, Float32Array>()] as const;

  private readonly fixed: ReadonlyMap<string, number>;

  constructor(
    private readonly model: SparseRowScorer,
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
      this.scoreWord(atoms.forms[i] as string, i === 0 ? 1 : 0, count, scores);
      let best = 0;
      for (let c = 1; c < classes; c++) if ((scores[c] as number) > (scores[best] as number)) best = c;
      out[i] = best;
      p2 = p1;
      p1 = best;
    }
  }

  /** The scores of the features in this.features: the remembered word part, then the rest in order. */
  private scoreWord(form: string, opening: number, count: number, scores: Float32Array): void {
    const remembered = this.wordScores[opening === 1 ? 1 : 0];
    const known = remembered.get(form);
    if (known) scores.set(known);
    else {
      scores.fill(0, 0, this.model.classCount);
      this.model.addRows(this.features, 0, WORD_FEATURES, scores);
      if (remembered.size >= REMEMBERED_FORMS) remembered.clear();
      remembered.set(form, scores.slice(0, this.model.classCount));
    }
    this.model.addRows(this.features, WORD_FEATURES, count, scores);
  }
}
