// Trains the whole syntax model from treebank sentences: vocabularies, the tagger's lexicon, the tagger, and the
// parser trained on jackknifed tags (each training sentence tagged by a tagger that did not see it, so the parser
// learns from tags as wrong as they will be at run time). Deterministic for a given seed and input order.

import type { SparseModelArrays } from "../model/sparse-linear-model.ts";
import { wordAtoms } from "../model/word-atoms.ts";
import { createRowScorer } from "../model/sparse-linear-model.ts";
import type { SyntaxModelParts } from "../syntax-model.ts";
import { PartOfSpeechTagger } from "../tagger/part-of-speech-tagger.ts";
import { buildFixedTags, buildTagLexicon } from "../tagger/tag-lexicon.ts";
import { tagClasses } from "../tagger/tag-set.ts";
import type { AveragedPerceptron } from "./averaged-perceptron.ts";
import { trainParser } from "./train-parser.ts";
import { trainTagger } from "./train-tagger.ts";
import { vocabulary, type TreebankSentence } from "./treebank-sentence.ts";

export interface TrainSyntaxOptions {
  seed: number;
  taggerEpochs: number;
  parserEpochs: number;
  /** Folds for jackknifed training tags; 1 trains the parser on gold tags. */
  jackknifeFolds: number;
  explorationFrom: number;
  exploration: number;
  log: (line: string) => void;
}

export const DEFAULT_TRAIN_SYNTAX_OPTIONS: Omit<TrainSyntaxOptions, "log"> = {
  seed: 20261207,
  taggerEpochs: 6,
  parserEpochs: 12,
  jackknifeFolds: 5,
  explorationFrom: 2,
  exploration: 0.9,
};

export interface TrainedSyntaxModel {
  parts: SyntaxModelParts;
  /** Quantisation step of each classifier's weights (16-bit multiples of it). */
  steps: Record<"tagger" | "transitions" | "labeller", number>;
}

const WEIGHT_LEVELS = 32767;

/**
 * Features updated only once in training are dropped: it halves the parser's rows (and its cache misses and load
 * time) at no cost in accuracy (EWT dev UAS 84.82 with them, 84.81 without; GUM dev 83.05 and 83.15).
 */
const MIN_FEATURE_UPDATES = 2;

function quantised(model: AveragedPerceptron, minUpdates = 0): { arrays: SparseModelArrays; step: number } {
  const step = model.maxAbsAverage() / WEIGHT_LEVELS || 1;
  return { arrays: model.toSparse(step, 0, minUpdates), step };
}

/** Trains tagger and parser on `train`. */
export function trainSyntaxModel(train: readonly TreebankSentence[], options: TrainSyntaxOptions): TrainedSyntaxModel {
  const tags = vocabulary(train.flatMap((sentence) => sentence.tags));
  const labels = vocabulary(train.flatMap((sentence) => sentence.labels));
  const tagId = new Map(tags.map((tag, index) => [tag, index]));
  const labelId = new Map(labels.map((label, index) => [label, index]));
  const taggedWords = train.flatMap((s) => s.forms.map((form, i) => ({ form, tag: s.tags[i] as string })));
  const lexicon = buildTagLexicon(taggedWords);
  const fixedTags = buildFixedTags(taggedWords);
  options.log(`${train.length} sentences, ${tags.length} tags, ${labels.length} labels, ${lexicon.size} lexicon words`);
  const taggerInput = train.map((sentence) => ({
    forms: sentence.forms,
    tags: Int32Array.from(sentence.tags, (tag) => tagId.get(tag) as number),
  }));
  const taggerOptions = { epochs: options.taggerEpochs, classCount: tags.length, lexicon };

  let parserTags: Int32Array[] = taggerInput.map((sentence) => sentence.tags);
  const folds = options.jackknifeFolds;
  if (folds > 1) {
    parserTags = new Array<Int32Array>(train.length);
    for (let fold = 0; fold < folds; fold++) {
      const model = trainTagger(
        taggerInput.filter((_, index) => index % folds !== fold),
        { ...taggerOptions, seed: options.seed + 100 + fold },
      );
      const { arrays } = quantised(model);
      // The fold taggers tag every word by their weights, without the lookup of frequent unambiguous words the
      // shipped tagger uses (fixedTags), as when the shipped model was trained. With the lookup, the parser learns
      // from slightly other tags and comes out different: EWT test LAS 82.15 instead of 82.18, GUM news 81.49
      // instead of 81.02, and dev-gold-v2 typed precision 0.797 instead of 0.895 (models/README.md).
      const tagger = new PartOfSpeechTagger(createRowScorer(arrays), tags);
      let right = 0;
      let total = 0;
      taggerInput.forEach((sentence, index) => {
        if (index % folds !== fold) return;
        const predicted = new Int32Array(sentence.forms.length);
        tagger.tagInto(wordAtoms(sentence.forms, lexicon), predicted);
        predicted.forEach((tag, i) => {
          total++;
          if (tag === sentence.tags[i]) right++;
        });
        parserTags[index] = predicted;
      });
      options.log(`jackknife fold ${fold + 1}/${folds}: held-out tag accuracy ${(right / total).toFixed(4)}`);
    }
  }

  const tagger = quantised(
    trainTagger(taggerInput, {
      ...taggerOptions,
      seed: options.seed,
      onEpoch: (epoch, accuracy) => options.log(`tagger epoch ${epoch}: training accuracy ${accuracy.toFixed(4)}`),
    }),
    MIN_FEATURE_UPDATES,
  );
  const parser = trainParser(
    train.map((sentence, index) => ({
      forms: sentence.forms,
      tags: parserTags[index] as Int32Array,
      heads: sentence.heads,
      labels: Int32Array.from(sentence.labels, (label) => labelId.get(label) as number),
    })),
    {
      epochs: options.parserEpochs,
      seed: options.seed + 1,
      labelCount: labels.length,
      rootLabel: labelId.get("root") ?? -1,
      tagClasses: tagClasses(tags),
      lexicon,
      explorationFrom: options.explorationFrom,
      exploration: options.exploration,
      onEpoch: (epoch, report) =>
        options.log(`parser epoch ${epoch}: training attachment ${report.attachment.toFixed(4)}`),
    },
  );
  const transitions = quantised(parser.transitions, MIN_FEATURE_UPDATES);
  const labeller = quantised(parser.labeller, MIN_FEATURE_UPDATES);
  return {
    parts: {
      tags,
      labels,
      lexicon,
      fixedTags,
      tagger: tagger.arrays,
      transitions: transitions.arrays,
      labeller: labeller.arrays,
    },
    steps: { tagger: tagger.step, transitions: transitions.step, labeller: labeller.step },
  };
}
