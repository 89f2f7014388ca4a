// The production-path evaluation: each gold sentence's text goes through wink-nlp's tokenizer (as articles do at
// ingest), the model tags and parses wink's tokens, and the result is aligned to the treebank's words by character
// spans (align-words.ts). Scores are F1 over aligned words, as in the CoNLL 2018 shared task: a word counts when it
// is aligned and right (UPOS; head aligned to the gold head; and label), over both the gold and the system words.
// wink's own UPOS tags are scored the same way, to compare taggers.

import { analyzeText } from "../../nlp/analyze-text.ts";
import type { WinkReader } from "../../nlp/create-wink-reader.ts";
import { commentValue, noSpaceAfter, type ConlluSentence } from "../conllu/conllu-sentence.ts";
import type { SyntaxModel } from "../syntax-model.ts";
import { universalLabel } from "./score-parse.ts";
import { alignWords, type SpannedWord } from "./align-words.ts";

export interface RawTextScores {
  goldWords: number;
  systemWords: number;
  /** F1 of word spans. */
  words: number;
  upos: number;
  /** wink's own tags, aligned the same way. */
  winkUpos: number;
  uas: number;
  las: number;
}

interface GoldWord extends SpannedWord {
  upos: string;
  head: number;
  label: string;
}

/** The sentence's text (its `text` comment, else its forms joined by their spacing) and its words with spans. */
export function goldWordsWithSpans(sentence: ConlluSentence): { text: string; words: GoldWord[] } {
  let rebuilt = "";
  const rows = sentence.rows;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.kind === "range") {
      rebuilt += row.form + (noSpaceAfter(row.rest[7] ?? "_") ? "" : " ");
      while (r + 1 < rows.length && rows[r + 1]!.kind === "word" && (rows[r + 1] as { id: number }).id <= row.to) r++;
    } else if (row.kind === "word") rebuilt += row.form + (noSpaceAfter(row.misc) ? "" : " ");
  }
  const text = commentValue(sentence, "text") ?? rebuilt.trimEnd();
  const words: GoldWord[] = [];
  let cursor = 0;
  let multiword = -1;
  let rangeEnd = 0;
  let rangeSpan: [number, number] = [0, 0];
  let ranges = 0;
  for (const row of rows) {
    if (row.kind === "range") {
      const found = text.indexOf(row.form, cursor);
      const start = found >= 0 ? found : cursor;
      rangeSpan = [start, start + row.form.length];
      cursor = rangeSpan[1];
      multiword = ranges++;
      rangeEnd = row.to;
      continue;
    }
    if (row.kind !== "word") continue;
    const base = { upos: row.upos, head: row.head - 1, label: row.deprel, form: row.form };
    if (multiword >= 0 && row.id <= rangeEnd) {
      words.push({ ...base, start: rangeSpan[0], end: rangeSpan[1], multiword });
      if (row.id === rangeEnd) multiword = -1;
      continue;
    }
    const found = text.indexOf(row.form, cursor);
    const start = found >= 0 ? found : cursor;
    cursor = start + row.form.length;
    words.push({ ...base, start, end: cursor, multiword: -1 });
  }
  return { text, words };
}

/** Scores `model` on the sentences read from raw text through wink. */
export function evaluateRawText(
  model: SyntaxModel,
  reader: WinkReader,
  sentences: readonly ConlluSentence[],
): RawTextScores {
  let goldWords = 0;
  let systemWords = 0;
  let alignedWords = 0;
  let upos = 0;
  let winkUpos = 0;
  let uas = 0;
  let las = 0;
  for (const sentence of sentences) {
    const { text, words: gold } = goldWordsWithSpans(sentence);
    const tokens = analyzeText(reader, text, { lemmatize: (lower) => lower }).tokens.filter((t) => t.pos !== "SPACE");
    const system = tokens.map((t) => ({ form: t.text, start: t.start, end: t.end, multiword: -1 }));
    const analysis = model.analyse(tokens.map((t) => t.text));
    const aligned = alignWords(gold, system);
    const goldOf = new Int32Array(system.length).fill(-1);
    aligned.forEach((s, g) => {
      if (s >= 0) goldOf[s] = g;
    });
    goldWords += gold.length;
    systemWords += system.length;
    gold.forEach((word, g) => {
      const s = aligned[g] as number;
      if (s < 0) return;
      alignedWords++;
      if (analysis.upos[s] === word.upos) upos++;
      if (tokens[s]?.pos === word.upos) winkUpos++;
      const systemHead = analysis.heads[s] as number;
      const headRight = word.head < 0 ? systemHead < 0 : systemHead >= 0 && goldOf[systemHead] === word.head;
      if (!headRight) return;
      uas++;
      if (universalLabel(analysis.labels[s] as string) === universalLabel(word.label)) las++;
    });
  }
  const f1 = (correct: number): number =>
    goldWords + systemWords === 0 ? 0 : (2 * correct) / (goldWords + systemWords);
  return {
    goldWords,
    systemWords,
    words: f1(alignedWords),
    upos: f1(upos),
    winkUpos: f1(winkUpos),
    uas: f1(uas),
    las: f1(las),
  };
}
