// Trains the part-of-speech tagger: a greedy left-to-right averaged perceptron, each epoch over the sentences in a
// seeded random order, the previous tags being the tagger's own predictions (as at run time).

import { wordAtoms, type WordAtoms } from "../model/word-atoms.ts";
import { MAX_TAGGER_FEATURES, taggerFeatures } from "../tagger/tagger-features.ts";
import { AveragedPerceptron } from "./averaged-perceptron.ts";
import { seededRandom, shuffled } from "./seeded-random.ts";

export interface TaggerTrainingSentence {
  forms: string[];
  /** Gold tag ids. */
  tags: Int32Array;
}

export interface TrainTaggerOptions {
  epochs: number;
  seed: number;
  classCount: number;
  lexicon: ReadonlyMap<string, number>;
  /** Called after each epoch with the share of words tagged right during it. */
  onEpoch?: (epoch: number, accuracy: number) => void;
}

/** Trains a tagger model on the sentences. */
export function trainTagger(
  sentences: readonly TaggerTrainingSentence[],
  options: TrainTaggerOptions,
): AveragedPerceptron {
  const model = new AveragedPerceptron(options.classCount);
  const random = seededRandom(options.seed);
  const atoms = new Map<TaggerTrainingSentence, WordAtoms>(
    sentences.map((s) => [s, wordAtoms(s.forms, options.lexicon)]),
  );
  const features = new Int32Array(MAX_TAGGER_FEATURES);
  const scores = new Float32Array(options.classCount);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    let right = 0;
    let total = 0;
    for (const sentence of shuffled(sentences, random)) {
      const sentenceAtoms = atoms.get(sentence) as WordAtoms;
      let p1 = -1;
      let p2 = -1;
      for (let i = 0; i < sentence.forms.length; i++) {
        const count = taggerFeatures(sentenceAtoms, i, p1, p2, features);
        model.score(features, count, scores);
        let guess = 0;
        for (let c = 1; c < options.classCount; c++) if ((scores[c] as number) > (scores[guess] as number)) guess = c;
        const truth = sentence.tags[i] as number;
        model.update(features, count, truth, guess);
        if (guess === truth) right++;
        total++;
        p2 = p1;
        p1 = guess;
      }
    }
    options.onEpoch?.(epoch, total === 0 ? 0 : right / total);
  }
  return model;
}
