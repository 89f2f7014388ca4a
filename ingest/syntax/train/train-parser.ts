// Trains the transition and label models of the dependency parser with the arc-hybrid dynamic oracle: at each step
// the model's best legal transition is compared with the best zero-cost one (the cheapest, when the configuration
// has already lost arcs), the perceptron is updated when they differ, and from `explorationFrom` on the parser
// follows its own prediction with probability `exploration` (Goldberg and Nivre 2013), so it learns to recover from
// its mistakes. The labeller learns on each gold arc as it is made.

import { wordAtoms } from "../model/word-atoms.ts";
import { bestNonRootLabel } from "../parser/dependency-parser.ts";
import { labelFeatures, MAX_LABEL_FEATURES } from "../parser/label-features.ts";
import { parserInput, type ParserInput } from "../parser/parser-input.ts";
import { ACTION_COUNT, LEFT, ParserState, RIGHT, SHIFT } from "../parser/parser-state.ts";
import { MAX_TRANSITION_FEATURES, transitionFeatures } from "../parser/transition-features.ts";
import { AveragedPerceptron } from "./averaged-perceptron.ts";
import { GoldTree, transitionCost } from "./dynamic-oracle.ts";
import { projectivize } from "./projectivize.ts";
import { seededRandom, shuffled } from "./seeded-random.ts";

export interface ParserTrainingSentence {
  forms: string[];
  /** Tag ids the parser sees (predicted by the tagger, as at run time). */
  tags: Int32Array;
  /** Gold heads, -1 for the root word. */
  heads: Int32Array;
  /** Gold label ids. */
  labels: Int32Array;
}

export interface TrainParserOptions {
  epochs: number;
  seed: number;
  labelCount: number;
  rootLabel: number;
  /** The tagger's lexicon (word → ambiguity class), which parser features read too. */
  lexicon: ReadonlyMap<string, number>;
  /** Tag classes of the tag vocabulary (tag-set.ts tagClasses). */
  tagClasses: { coarseOf: Int32Array; isPunctuation: Int32Array };
  /** First epoch (1-based) in which the parser may follow its own mistakes. */
  explorationFrom: number;
  /** Probability of following the model's prediction once exploring. */
  exploration: number;
  /** Called after each epoch, with the models as trained so far (to score or keep a snapshot). */
  onEpoch?: (epoch: number, report: { attachment: number; lifted: number; models: TrainedParser }) => void;
}

export interface TrainedParser {
  transitions: AveragedPerceptron;
  labeller: AveragedPerceptron;
}

interface Prepared {
  input: ParserInput;
  gold: GoldTree;
  labels: Int32Array;
}

/** Trains both parser models on the sentences. */
export function trainParser(sentences: readonly ParserTrainingSentence[], options: TrainParserOptions): TrainedParser {
  const transitions = new AveragedPerceptron(ACTION_COUNT);
  const labeller = new AveragedPerceptron(options.labelCount);
  const random = seededRandom(options.seed);
  let lifted = 0;
  const prepared: Prepared[] = sentences.map((sentence) => {
    const n = sentence.forms.length;
    const projective = projectivize(sentence.heads);
    lifted += projective.lifted;
    const heads = projective.heads.map((head) => (head < 0 ? n : head));
    return {
      input: parserInput(
        wordAtoms(sentence.forms, options.lexicon),
        sentence.tags,
        options.tagClasses.coarseOf,
        options.tagClasses.isPunctuation,
      ),
      gold: new GoldTree(heads),
      labels: sentence.labels,
    };
  });
  const state = new ParserState();
  const features = new Int32Array(MAX_TRANSITION_FEATURES);
  const arcFeatures = new Int32Array(MAX_LABEL_FEATURES);
  const scores = new Float32Array(ACTION_COUNT);
  const labelScores = new Float32Array(options.labelCount);
  const costs = new Int32Array(ACTION_COUNT);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    let attached = 0;
    let words = 0;
    const explore = epoch >= options.explorationFrom;
    for (const { input, gold, labels } of shuffled(prepared, random)) {
      const n = input.n;
      state.reset(n);
      while (!state.isTerminal()) {
        const count = transitionFeatures(state, input, features);
        transitions.score(features, count, scores);
        let guess = -1;
        let best = -1;
        let minCost = Infinity;
        for (let action = SHIFT; action <= RIGHT; action++) {
          if (!state.isLegal(action)) continue;
          const cost = transitionCost(state, gold, action);
          costs[action] = cost;
          if (guess < 0 || (scores[action] as number) > (scores[guess] as number)) guess = action;
          if (cost < minCost || (cost === minCost && (scores[action] as number) > (scores[best] as number))) {
            minCost = cost;
            best = action;
          }
        }
        if ((costs[guess] as number) > minCost) transitions.update(features, count, best, guess);
        else transitions.tick();
        const action = explore && random() < options.exploration ? guess : best;
        let label = -1;
        if (action === LEFT || action === RIGHT) {
          const head = state.headFor(action);
          const dependent = state.stackAt(0);
          if (head === n) label = options.rootLabel;
          else {
            const arcCount = labelFeatures(state, input, head, dependent, arcFeatures);
            labeller.score(arcFeatures, arcCount, labelScores);
            const predicted = bestNonRootLabel(labelScores, options.labelCount, options.rootLabel);
            if (gold.heads[dependent] === head) {
              label = labels[dependent] as number;
              labeller.update(arcFeatures, arcCount, label, predicted);
            } else label = predicted;
          }
          if (gold.heads[dependent] === head) attached++;
          words++;
        }
        state.apply(action, label);
      }
    }
    options.onEpoch?.(epoch, {
      attachment: words === 0 ? 0 : attached / words,
      lifted,
      models: { transitions, labeller },
    });
  }
  return { transitions, labeller };
}
