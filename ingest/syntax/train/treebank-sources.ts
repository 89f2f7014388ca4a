// The treebanks the shipped model is trained and evaluated on, as files under a treebank folder (../shared/treebanks
// in development): UD English EWT and the permissively licensed part of GUM, with their official splits.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { InvalidInputError } from "../../../graph-schema/index.ts";
import type { ConlluSentence } from "../conllu/conllu-sentence.ts";
import { readConllu } from "../conllu/read-conllu.ts";
import { toTreebankSentence, type TreebankSentence } from "./treebank-sentence.ts";

export const TREEBANK_FILES = {
  ewtTrain: "ud-english-ewt/en_ewt-ud-train.conllu",
  ewtDev: "ud-english-ewt/en_ewt-ud-dev.conllu",
  ewtTest: "ud-english-ewt/en_ewt-ud-test.conllu",
  gumTrain: "gum-permissive/gum-train.conllu",
  gumDev: "gum-permissive/gum-dev.conllu",
  gumTest: "gum-permissive/gum-test.conllu",
} as const;

export type TreebankPart = keyof typeof TREEBANK_FILES;

/** A treebank file read both ways: as CoNLL-U sentences (for raw-text evaluation) and as trees. */
export interface TreebankFile {
  path: string;
  conllu: ConlluSentence[];
  trees: TreebankSentence[];
}

/** Reads one CoNLL-U file; sentences whose words lack heads are left out of `trees`. */
export function readTreebankFile(path: string): TreebankFile {
  if (!existsSync(path)) {
    throw new InvalidInputError(`ingest/syntax: no treebank file at ${path}`, {
      hint: "give the folder holding ud-english-ewt/ and gum-permissive/ (../shared/treebanks in development)",
    });
  }
  const conllu = readConllu(readFileSync(path, "utf8"), path);
  const trees = conllu.flatMap((sentence, index) => toTreebankSentence(sentence, `${path}#${index + 1}`) ?? []);
  return { path, conllu, trees };
}

/** Reads a named part of the treebank folder. */
export function readTreebankPart(folder: string, part: TreebankPart): TreebankFile {
  return readTreebankFile(join(folder, TREEBANK_FILES[part]));
}

/** The GUM news documents of a GUM file (sentence ids "GUM_news_…"). */
export function gumNewsOnly(file: TreebankFile): TreebankFile {
  const isNews = (id: string | null): boolean => id !== null && id.startsWith("GUM_news_");
  return {
    path: `${file.path} (news documents)`,
    conllu: file.conllu.filter((sentence) =>
      isNews(sentence.comments.find((c) => c.startsWith("# sent_id = "))?.slice(12) ?? null),
    ),
    trees: file.trees.filter((tree) => isNews(tree.id)),
  };
}
