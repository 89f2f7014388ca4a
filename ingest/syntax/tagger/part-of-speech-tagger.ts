// Run-time part-of-speech tagging: greedy, left to right, each word's combined tag chosen by the trained linear
// model from the features of tagger-features.ts.

import { IntegerScores, type SparseRowScorer } from "../model/sparse-row-scorer.ts";
import type { WordAtoms } from "../model/word-atoms.ts";
import { MAX_TAGGER_FEATURES, taggerFeatures, WORD_FEATURE_POSITIONS } from "./tagger-features.ts";

/** Forms whose word-feature sums are remembered, per position kind; the memory is emptied when full. */
const REMEMBERED_FORMS = 8192;

export class PartOfSpeechTagger {
  private readonly features = new Int32Array(MAX_TAGGER_FEATURES);
  private readonly scores: Float32Array;
  /** 1 at the positions of WORD_FEATURE_POSITIONS. */
  private readonly isWordFeature = new Uint8Array(MAX_TAGGER_FEATURES);
  private readonly wordFeatures = new Int32Array(MAX_TAGGER_FEATURES);
  private readonly otherFeatures = new Int32Array(MAX_TAGGER_FEATURES);
  /** Integer sums of a form's word features, for forms inside a sentence and for forms opening one. */
  private readonly wordSums = [new Map<string, IntegerScores>(), new Map<string, IntegerScores>()] as const;
  private readonly sums: IntegerScores;

  private readonly fixed: ReadonlyMap<string, number>;

  constructor(
    private readonly model: SparseRowScorer,
    /** Combined tags by class number. */
    readonly tags: readonly string[],
    /** Words tagged by lookup (lexicon key → combined tag), see tag-lexicon.ts buildFixedTags. */
    fixedTags: ReadonlyMap<string, string> = new Map(),
  ) {
    this.scores = new Float32Array(model.classCount);
    this.sums = new IntegerScores(model.classCount);
    for (const position of WORD_FEATURE_POSITIONS) this.isWordFeature[position] = 1;
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
    for (let i = 0; i < atoms.length; i++) {
      const known = this.fixed.get(atoms.keys[i] as string);
      if (known !== undefined) {
        out[i] = known;
        p2 = p1;
        p1 = known;
        continue;
      }
      const count = taggerFeatures(atoms, i, p1, p2, this.features);
      const best = this.model.ranksIntegers
        ? this.bestTag(atoms.forms[i] as string, i === 0 ? 1 : 0, count)
        : this.model.bestClass(this.features, count, -1, scores);
      out[i] = best;
      p2 = p1;
      p1 = best;
    }
  }

  /**
   * The best tag for the features in this.features: the form's remembered word-feature sums plus the other features'
   * rows, ranked as integers, or from the float32 scores when the integers cannot tell (model/sparse-row-scorer.ts).
   */
  private bestTag(form: string, opening: number, count: number): number {
    const features = this.features;
    let words = 0;
    let others = 0;
    for (let f = 0; f < count; f++) {
      if (this.isWordFeature[f] === 1) this.wordFeatures[words++] = features[f] as number;
      else this.otherFeatures[others++] = features[f] as number;
    }
    const remembered = this.wordSums[opening === 1 ? 1 : 0];
    let known = remembered.get(form);
    if (!known) {
      known = new IntegerScores(this.model.classCount);
      this.model.addIntegerRows(this.wordFeatures, words, known);
      if (remembered.size >= REMEMBERED_FORMS) remembered.clear();
      remembered.set(form, known);
    }
    this.sums.copyFrom(known);
    this.model.addIntegerRows(this.otherFeatures, others, this.sums);
    const best = this.model.rankIntegers(this.sums, -1);
    return best >= 0 ? best : this.model.bestFloatClass(features, count, -1, this.scores);
  }
}
