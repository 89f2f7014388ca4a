// Actor recognition measured on CoNLL-2003 (four-column IOB1 files): entity-level precision, recall and F1 for
// PER, ORG and LOC with exact spans. The text is rebuilt from the tokens (one paragraph per sentence) in memory only.

import { readFileSync } from "node:fs";
import type { ActorType } from "../graph-schema/index.ts";
import type { Extractor } from "../ingest/extract/create-extractor.ts";

export const CONLL_TYPES = ["PER", "ORG", "LOC"] as const;
export type ConllType = (typeof CONLL_TYPES)[number];

export interface Score {
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ConllScores {
  documents: number;
  perType: Record<ConllType, Score>;
  overall: Score;
}

/** Our actor types as CoNLL classes (countries and places are LOC; media and groups are ORG). */
export const CONLL_TYPE_OF: Readonly<Record<ActorType, ConllType>> = {
  PERSON: "PER",
  ORGANIZATION: "ORG",
  MEDIA: "ORG",
  GROUP: "ORG",
  COUNTRY: "LOC",
  LOCATION: "LOC",
};

interface ConllDocument {
  text: string;
  entities: Array<{ start: number; end: number; type: string }>;
}

/** Parses a CoNLL-2003 file into documents with character-offset gold entities (all four classes). */
export function parseConll(content: string): ConllDocument[] {
  const documents: ConllDocument[] = [];
  let sentences: string[][][] = [];
  let sentence: string[][] = [];
  const flush = (): void => {
    if (sentence.length > 0) sentences.push(sentence);
    sentence = [];
  };
  const finish = (): void => {
    flush();
    if (sentences.length > 0) documents.push(buildDocument(sentences));
    sentences = [];
  };
  for (const line of content.split("\n")) {
    if (line.startsWith("-DOCSTART-")) finish();
    else if (line.trim() === "") flush();
    else sentence.push(line.split(" "));
  }
  finish();
  return documents;
}

function buildDocument(sentences: string[][][]): ConllDocument {
  let text = "";
  const entities: ConllDocument["entities"] = [];
  for (const rows of sentences) {
    if (text.length > 0) text += "\n\n";
    let open: { start: number; end: number; type: string } | null = null;
    rows.forEach((row, index) => {
      const token = row[0] ?? "";
      const tag = row[3] ?? "O";
      if (index > 0) text += " ";
      const start = text.length;
      text += token;
      const [bio, type] = tag.split("-");
      if (tag === "O" || !type) {
        open = null;
        return;
      }
      const continues = open !== null && open.type === type && bio === "I";
      if (continues && open) open.end = text.length;
      else {
        open = { start, end: text.length, type };
        entities.push(open);
      }
    });
  }
  return { text, entities };
}

const score = (gold: number, predicted: number, correct: number): Score => {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  return {
    gold,
    predicted,
    correct,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
};

/** Scores `extractor.recognize` on a CoNLL file; run the extractor with metonymy off (CoNLL tags Moscow as LOC). */
export function evaluateConllNer(path: string, extractor: Extractor): ConllScores {
  const documents = parseConll(readFileSync(path, "utf8"));
  const counts = Object.fromEntries(CONLL_TYPES.map((t) => [t, { gold: 0, predicted: 0, correct: 0 }])) as Record<
    ConllType,
    { gold: number; predicted: number; correct: number }
  >;
  for (const document of documents) {
    const gold = new Set(
      document.entities
        .filter((e) => (CONLL_TYPES as readonly string[]).includes(e.type))
        .map((e) => `${e.start}:${e.end}:${e.type}`),
    );
    for (const key of gold) counts[key.split(":")[2] as ConllType].gold++;
    const predicted = new Set(
      extractor.recognize(document.text).map((n) => `${n.start}:${n.end}:${CONLL_TYPE_OF[n.type]}`),
    );
    for (const key of predicted) {
      const type = key.split(":")[2] as ConllType;
      counts[type].predicted++;
      if (gold.has(key)) counts[type].correct++;
    }
  }
  const perType = Object.fromEntries(
    CONLL_TYPES.map((t) => [t, score(counts[t].gold, counts[t].predicted, counts[t].correct)]),
  ) as Record<ConllType, Score>;
  const total = CONLL_TYPES.reduce(
    (sum, t) => ({
      gold: sum.gold + counts[t].gold,
      predicted: sum.predicted + counts[t].predicted,
      correct: sum.correct + counts[t].correct,
    }),
    { gold: 0, predicted: 0, correct: 0 },
  );
  return { documents: documents.length, perType, overall: score(total.gold, total.predicted, total.correct) };
}
