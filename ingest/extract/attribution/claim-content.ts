// What a reply says of the claim it answers: "disputed claims that an activist had been tortured" spells the claim
// out, "rejected the accusation he was fighting a proxy war" too. A claim spelled out is that claim: a statement
// answered by it tells some of the same words ("accused the US of fighting a proxy war"); one that tells none of
// them is another claim.

import type { Token } from "../../nlp/analyze-text.ts";
import type { ArticleTree } from "../syntax/article-tree.ts";

/** The clauses a claim noun takes that state what was claimed (not a relative clause about the claim). */
const CONTENT_CLAUSES = new Set(["acl", "ccomp"]);
/** Parts of speech whose words tell what a claim is about. */
const CONTENT_TAGS = new Set(["NOUN", "PROPN", "VERB", "ADJ"]);
/** Words of four letters or more tell something; shorter ones are mostly function words. */
const MIN_CONTENT_LETTERS = 4;

/** The comparable form of a content word: its lemma, lower case. */
const formOf = (token: Token): string => (token.lemma || token.lower).toLowerCase();

const isContentWord = (token: Token): boolean =>
  CONTENT_TAGS.has(token.upos) && token.lower.length >= MIN_CONTENT_LETTERS;

/**
 * The content words of what the claim noun at `claim` states ("claims that an opposition activist had been
 * tortured" → opposition, activist, torture), or null when it states nothing.
 */
export function statedContent(tree: ArticleTree, claim: number): Set<string> | null {
  const clauses = tree.children(claim).filter((c) => CONTENT_CLAUSES.has((tree.tokens[c] as Token).deprel));
  if (clauses.length === 0) return null;
  const words = new Set<string>();
  const stack = [...clauses];
  while (stack.length > 0) {
    const i = stack.pop() as number;
    const token = tree.tokens[i] as Token;
    if (isContentWord(token)) words.add(formOf(token));
    stack.push(...tree.children(i));
  }
  return words;
}

/** Whether the sentence holding token `at` has one of `words` among its content words. */
export function sentenceTells(tree: ArticleTree, at: number, words: ReadonlySet<string>): boolean {
  const sentence = (tree.tokens[at] as Token).sentence;
  for (let step = -1; step <= 1; step += 2) {
    for (let i = step < 0 ? at : at + 1; i >= 0 && i < tree.tokens.length; i += step) {
      const token = tree.tokens[i] as Token;
      if (token.sentence !== sentence) break;
      if (isContentWord(token) && words.has(formOf(token))) return true;
    }
  }
  return false;
}
