// Scores predicted analyses against gold ones word by word, as the CoNLL 2018 shared task does with gold tokens:
// UPOS accuracy, UAS (right head) and LAS (right head and universal label: "nsubj:pass" counts as "nsubj"), with
// punctuation included. `labelledFull` also requires the subtype.

export interface WordAnalysis {
  upos: string[];
  /** Head index, -1 for the root word. */
  heads: ArrayLike<number>;
  labels: string[];
}

export interface ParseScores {
  words: number;
  upos: number;
  uas: number;
  las: number;
  lasFull: number;
}

/** The universal part of a UD label ("acl:relcl" → "acl"). */
export function universalLabel(label: string): string {
  const colon = label.indexOf(":");
  return colon < 0 ? label : label.slice(0, colon);
}

/** Scores pairs of gold and predicted analyses of the same words. */
export function scoreParses(pairs: Iterable<{ gold: WordAnalysis; predicted: WordAnalysis }>): ParseScores {
  let words = 0;
  let upos = 0;
  let uas = 0;
  let las = 0;
  let lasFull = 0;
  for (const { gold, predicted } of pairs) {
    if (gold.upos.length !== predicted.upos.length) {
      throw new Error(`score-parse: ${gold.upos.length} gold words but ${predicted.upos.length} predicted`);
    }
    for (let i = 0; i < gold.upos.length; i++) {
      words++;
      if (gold.upos[i] === predicted.upos[i]) upos++;
      if (gold.heads[i] !== predicted.heads[i]) continue;
      uas++;
      const goldLabel = gold.labels[i] as string;
      const predictedLabel = predicted.labels[i] as string;
      if (universalLabel(goldLabel) === universalLabel(predictedLabel)) las++;
      if (goldLabel === predictedLabel) lasFull++;
    }
  }
  const share = (count: number): number => (words === 0 ? 0 : count / words);
  return { words, upos: share(upos), uas: share(uas), las: share(las), lasFull: share(lasFull) };
}
