// A sentence of a CoNLL-U file as read: its comment lines and every row in file order (words, multiword-token ranges
// and empty nodes), so that writing it back reproduces the file. Only words carry the basic tree the parser learns.

/** A syntactic word (an integer ID row): the ten CoNLL-U columns, with ID and HEAD as numbers. */
export interface ConlluWord {
  kind: "word";
  /** 1-based position in the sentence. */
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 0 for the root, otherwise the head word's id; -1 when the column is "_" (no tree given). */
  head: number;
  deprel: string;
  deps: string;
  misc: string;
}

/** A multiword token ("1-2 don't"): the surface token whose words follow it. */
export interface ConlluRange {
  kind: "range";
  from: number;
  to: number;
  form: string;
  /** The row's other columns as written (usually "_"), kept for a faithful round trip. */
  rest: string[];
}

/** An empty node of the enhanced graph ("8.1"); kept as written, not part of the basic tree. */
export interface ConlluEmpty {
  kind: "empty";
  line: string;
}

export type ConlluRow = ConlluWord | ConlluRange | ConlluEmpty;

export interface ConlluSentence {
  /** Comment lines, each with its leading "#". */
  comments: string[];
  rows: ConlluRow[];
}

/** The sentence's words (basic-tree rows) in order. */
export function wordsOf(sentence: ConlluSentence): ConlluWord[] {
  return sentence.rows.filter((row): row is ConlluWord => row.kind === "word");
}

/** The value of a `# key = value` comment, or null. */
export function commentValue(sentence: ConlluSentence, key: string): string | null {
  const prefix = `# ${key} = `;
  for (const comment of sentence.comments) if (comment.startsWith(prefix)) return comment.slice(prefix.length);
  return null;
}

/** Whether the word is followed by no space in the original text (MISC `SpaceAfter=No`). */
export function noSpaceAfter(misc: string): boolean {
  return misc !== "_" && misc.split("|").includes("SpaceAfter=No");
}
