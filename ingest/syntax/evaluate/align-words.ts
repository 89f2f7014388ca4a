// Aligns system words to gold words by character spans, as the CoNLL 2018 shared task's evaluation does: words with
// the same span align; inside a gold multiword token ("don't" = do + n't) the words are aligned by the longest
// common subsequence of their lower-cased forms. Unaligned words count against precision or recall.

/** A word with its character span in the sentence text; words of one multiword token share its span. */
export interface SpannedWord {
  form: string;
  start: number;
  end: number;
  /** Index of the multiword token holding the word, or -1. */
  multiword: number;
}

/** For each gold word, the index of its aligned system word, or -1. */
export function alignWords(gold: readonly SpannedWord[], system: readonly SpannedWord[]): Int32Array {
  const aligned = new Int32Array(gold.length).fill(-1);
  const bySpan = new Map<string, number[]>();
  system.forEach((word, index) => {
    const key = `${word.start}:${word.end}`;
    const list = bySpan.get(key);
    if (list) list.push(index);
    else bySpan.set(key, [index]);
  });
  let g = 0;
  while (g < gold.length) {
    const word = gold[g] as SpannedWord;
    if (word.multiword < 0) {
      const candidates = bySpan.get(`${word.start}:${word.end}`);
      if (candidates && candidates.length === 1) aligned[g] = candidates[0] as number;
      g++;
      continue;
    }
    let end = g;
    while (end < gold.length && (gold[end] as SpannedWord).multiword === word.multiword) end++;
    const inside: number[] = [];
    system.forEach((candidate, index) => {
      if (candidate.start >= word.start && candidate.end <= word.end) inside.push(index);
    });
    alignByForms(gold, g, end, system, inside, aligned);
    g = end;
  }
  return aligned;
}

/** LCS alignment of gold words [from, to) with the system words `inside`, by lower-cased form. */
function alignByForms(
  gold: readonly SpannedWord[],
  from: number,
  to: number,
  system: readonly SpannedWord[],
  inside: readonly number[],
  aligned: Int32Array,
): void {
  const rows = to - from;
  const columns = inside.length;
  const table = new Int32Array((rows + 1) * (columns + 1));
  const form = (i: number): string => (gold[from + i] as SpannedWord).form.toLowerCase();
  const systemForm = (j: number): string => (system[inside[j] as number] as SpannedWord).form.toLowerCase();
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = columns - 1; j >= 0; j--) {
      table[i * (columns + 1) + j] =
        form(i) === systemForm(j)
          ? (table[(i + 1) * (columns + 1) + j + 1] as number) + 1
          : Math.max(table[(i + 1) * (columns + 1) + j] as number, table[i * (columns + 1) + j + 1] as number);
    }
  }
  let i = 0;
  let j = 0;
  while (i < rows && j < columns) {
    if (form(i) === systemForm(j)) {
      aligned[from + i] = inside[j] as number;
      i++;
      j++;
    } else if ((table[(i + 1) * (columns + 1) + j] as number) >= (table[i * (columns + 1) + j + 1] as number)) i++;
    else j++;
  }
}
