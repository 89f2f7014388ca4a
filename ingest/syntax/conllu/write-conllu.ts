// Writes sentences back as CoNLL-U: comments, then every row in order, a blank line after each sentence.

import type { ConlluRow, ConlluSentence } from "./conllu-sentence.ts";

/** One row as its tab-separated line. */
export function formatConlluRow(row: ConlluRow): string {
  switch (row.kind) {
    case "empty":
      return row.line;
    case "range":
      return [`${row.from}-${row.to}`, row.form, ...row.rest].join("\t");
    case "word":
      return [
        String(row.id),
        row.form,
        row.lemma,
        row.upos,
        row.xpos,
        row.feats,
        row.head < 0 ? "_" : String(row.head),
        row.deprel,
        row.deps,
        row.misc,
      ].join("\t");
  }
}

/**
 * Serialises sentences; `readConllu(writeConllu(s))` gives `s` back, and a file read and written is unchanged.
 * @example writeConllu(readConllu(text)) === text
 */
export function writeConllu(sentences: readonly ConlluSentence[]): string {
  let out = "";
  for (const sentence of sentences) {
    for (const comment of sentence.comments) out += comment + "\n";
    for (const row of sentence.rows) out += formatConlluRow(row) + "\n";
    out += "\n";
  }
  return out;
}
