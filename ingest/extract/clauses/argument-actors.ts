// Which article actor an argument phrase names. A phrase that is a mention names its actor ("Antony Blinken", "the
// Kremlin", "he"); a phrase headed by a state agent noun from the Phoenix dictionary ("troops", "the foreign
// ministry", "officials") stands for the actor its possessor, demonym or compound names ("Russian troops", "Ukraine's
// foreign ministry", "NATO officials"); for acts aimed at someone's conduct, the possessor of any noun will do
// ("condemned Russia's actions"), and a frontier is also the country across it ("the border with Ukraine").

import type { Token } from "../../nlp/analyze-text.ts";
import type { ArticleTree } from "../syntax/article-tree.ts";
import { nounLemma, prepositionOf } from "./find-clauses.ts";

/** Per token, the article actor its mention links to (-1 for none). */
export type ActorAtToken = Int32Array;

const OWNERS = new Set(["nmod:poss", "amod", "compound", "flat", "nmod"]);
/** Frontiers: the country on their far side holds them too ("the border with Ukraine" is Ukraine's border). */
export const FRONTIERS: ReadonlySet<string> = new Set(["border", "frontier", "boundary", "borderline"]);
const CONJUNCTS = new Set(["conj"]);

export interface ArgumentActorOptions {
  /** Nouns that act for the actor beside them (Phoenix state agents). */
  agentNouns: ReadonlySet<string>;
  /** Also take the owner of a noun that is no agent ("Russia's actions", "Russian banks", "the policy of Moscow"). */
  anyPossessor: boolean;
}

/** The actor an argument headed by `head` names, or -1 (the first of argumentActors). */
export function argumentActor(
  tree: ArticleTree,
  actorAt: ActorAtToken,
  head: number,
  options: ArgumentActorOptions,
): number {
  return argumentActors(tree, actorAt, head, options)[0] ?? -1;
}

/** The actors an argument headed by `head` names: its own, or its owners spread over their conjuncts. */
export function argumentActors(
  tree: ArticleTree,
  actorAt: ActorAtToken,
  head: number,
  options: ArgumentActorOptions,
): number[] {
  const own = actorAt[head] as number;
  if (own >= 0) return [own];
  const token = tree.tokens[head] as Token;
  if (token.upos !== "NOUN" && token.upos !== "PROPN") return [];
  const agent = options.agentNouns.has(nounLemma(token.lower));
  if (!agent && !options.anyPossessor) return [];
  for (const child of tree.children(head)) {
    const relation = (tree.tokens[child] as Token).deprel;
    if (!OWNERS.has(relation)) continue;
    // "the government of Ukraine", "diplomats from Germany and France".
    const preposition = relation === "nmod" ? prepositionOf(tree, child) : "";
    // "claims by Blinken", "accusations from Moscow": the author of what the noun names.
    const authored = preposition === "by" || preposition === "from";
    const across = preposition === "with" && options.anyPossessor && FRONTIERS.has(nounLemma(token.lower));
    if (relation === "nmod" && preposition !== "of" && !across && !((agent || options.anyPossessor) && authored))
      continue;
    if (!agent && relation === "flat") continue;
    const actor = actorAt[child] as number;
    if (actor < 0) continue;
    const out = [actor];
    for (const conjunct of tree.childrenWith(child, CONJUNCTS)) {
      const other = actorAt[conjunct] as number;
      if (other >= 0 && !out.includes(other)) out.push(other);
    }
    return out;
  }
  return [];
}
