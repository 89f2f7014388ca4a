// Reads CoNLL-U text (https://universaldependencies.org/format.html) into sentences. Lines that are not valid rows
// raise an error naming the line, what was expected and what was found; nothing is guessed.

import { InvalidInputError } from "../../../graph-schema/index.ts";
import type { ConlluRow, ConlluSentence } from "./conllu-sentence.ts";

const WORD_ID = /^[1-9]\d*$/;
const RANGE_ID = /^([1-9]\d*)-([1-9]\d*)$/;
const EMPTY_ID = /^\d+\.[1-9]\d*$/;

/**
 * Parses a whole CoNLL-U document. Sentences are separated by blank lines; a final sentence without a trailing blank
 * line is kept. `origin` names the input in error messages.
 * @example readConllu("# text = Hi\n1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n\n")[0].rows.length === 1
 */
export function readConllu(text: string, origin = "conllu"): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let current: ConlluSentence = { comments: [], rows: [] };
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  lines.forEach((raw, index) => {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line === "") {
      if (current.rows.length > 0 || current.comments.length > 0) sentences.push(current);
      current = { comments: [], rows: [] };
      return;
    }
    if (line.startsWith("#")) {
      current.comments.push(line);
      return;
    }
    current.rows.push(parseRow(line, `${origin}:${index + 1}`));
  });
  if (current.rows.length > 0 || current.comments.length > 0) sentences.push(current);
  return sentences;
}

function parseRow(line: string, where: string): ConlluRow {
  const columns = line.split("\t");
  if (columns.length !== 10) {
    throw new InvalidInputError(`ingest/syntax: ${where} has ${columns.length} tab-separated columns, expected 10`, {
      hint: "check that the file is CoNLL-U (tabs, not spaces, between columns)",
    });
  }
  const [id, form, lemma, upos, xpos, feats, head, deprel, deps, misc] = columns as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const range = RANGE_ID.exec(id);
  if (range) return { kind: "range", from: Number(range[1]), to: Number(range[2]), form, rest: columns.slice(2) };
  if (EMPTY_ID.test(id)) return { kind: "empty", line };
  if (!WORD_ID.test(id)) {
    throw new InvalidInputError(
      `ingest/syntax: ${where} has ID "${id}", expected a word number, a range or an empty node`,
    );
  }
  if (head !== "_" && !/^\d+$/.test(head)) {
    throw new InvalidInputError(`ingest/syntax: ${where} has HEAD "${head}", expected a word number or "_"`);
  }
  return {
    kind: "word",
    id: Number(id),
    form,
    lemma,
    upos,
    xpos,
    feats,
    head: head === "_" ? -1 : Number(head),
    deprel,
    deps,
    misc,
  };
}
