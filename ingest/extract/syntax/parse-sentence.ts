// The extraction's syntax stage: parses a sentence with each multi-word actor mention read as one word, its last
// ("Vice President Kamala Harris" → "Harris", "US Secretary of State Antony Blinken" → "Blinken", "the NATO chief" →
// "chief"). A title, a name and a description then cannot split into subjects of their own, the commonest way a
// parser trained on web text misreads news; the mention's other words hang from its last word as "flat".

import type { Sentence, Token } from "../../nlp/analyze-text.ts";
import type { SyntaxModel } from "../../syntax/syntax-model.ts";

/** A token range [start, end) to be read as one word. */
export interface TokenSpan {
  start: number;
  end: number;
}

/** Parses `sentence`, writing heads, relations and tags into `tokens`; `units` are non-overlapping mention spans. */
export function parseSentenceWithUnits(
  syntax: SyntaxModel,
  tokens: Token[],
  sentence: Sentence,
  units: readonly TokenSpan[],
): void {
  const unitEnd = new Map<number, number>();
  for (const unit of units) if (unit.end - unit.start > 1) unitEnd.set(unit.start, unit.end);
  /** Token index of each word, and each token's word (-1 for whitespace). */
  const words: number[] = [];
  const members: Array<[number, number]> = [];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if ((tokens[i] as Token).pos === "SPACE") continue;
    const end = unitEnd.get(i);
    if (end !== undefined && end <= sentence.tokenEnd) {
      let last = end - 1;
      while (last > i && (tokens[last] as Token).pos === "SPACE") last--;
      words.push(last);
      members.push([i, last]);
      i = end - 1;
    } else {
      words.push(i);
      members.push([i, i]);
    }
  }
  const analysis = syntax.analyse(words.map((i) => (tokens[i] as Token).text));
  words.forEach((tokenIndex, w) => {
    const head = analysis.heads[w] as number;
    const [first, last] = members[w] as [number, number];
    for (let i = first; i <= last; i++) {
      const token = tokens[i] as Token;
      if (token.pos === "SPACE") continue;
      if (i === tokenIndex) {
        token.upos = analysis.upos[w] as string;
        token.xpos = analysis.xpos[w] as string;
        token.head = head < 0 ? -1 : (words[head] as number);
        token.deprel = analysis.labels[w] as string;
      } else {
        token.upos = token.pos;
        token.xpos = "";
        token.head = tokenIndex;
        token.deprel = "flat";
      }
    }
  });
}
