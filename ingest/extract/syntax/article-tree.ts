// The dependency trees of an analysed article as one index over its tokens: each token's children in order, and
// lookups by relation, so later stages walk the syntax without scanning sentences.

import type { AnalyzedText, Token } from "../../nlp/analyze-text.ts";

export interface ArticleTree {
  tokens: readonly Token[];
  /** Children of token `i` in text order. */
  children(i: number): readonly number[];
  /** Children of `i` whose relation is one of `labels` (full labels such as "nsubj:pass", or universal ones). */
  childrenWith(i: number, labels: ReadonlySet<string>): number[];
  /** The first child of `i` with one of `labels`, or -1. */
  childWith(i: number, labels: ReadonlySet<string>): number;
  /** Whether `ancestor` is `i` or above it in its tree. */
  dominates(ancestor: number, i: number): boolean;
}

const NO_CHILDREN: readonly number[] = [];

/** The universal part of a relation ("acl:relcl" → "acl"). */
export function universalRelation(deprel: string): string {
  const colon = deprel.indexOf(":");
  return colon < 0 ? deprel : deprel.slice(0, colon);
}

/** Indexes the trees of an article whose tokens carry heads and relations (analyzeText with a syntax model). */
export function buildArticleTree(analyzed: AnalyzedText): ArticleTree {
  const tokens = analyzed.tokens;
  const lists: number[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = (tokens[i] as Token).head;
    if (head < 0) continue;
    (lists[head] ??= []).push(i);
  }
  const matches = (i: number, labels: ReadonlySet<string>): boolean => {
    const deprel = (tokens[i] as Token).deprel;
    return labels.has(deprel) || labels.has(universalRelation(deprel));
  };
  const children = (i: number): readonly number[] => lists[i] ?? NO_CHILDREN;
  return {
    tokens,
    children,
    childrenWith: (i, labels) => children(i).filter((child) => matches(child, labels)),
    childWith: (i, labels) => children(i).find((child) => matches(child, labels)) ?? -1,
    dominates(ancestor, i) {
      let current = i;
      for (let steps = 0; current >= 0 && steps < tokens.length; steps++) {
        if (current === ancestor) return true;
        current = (tokens[current] as Token).head;
      }
      return false;
    },
  };
}
