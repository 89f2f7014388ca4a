// Naming verbs ("called Russia a terrorist state", "designated it a state sponsor of terrorism"): what they name is
// no phone call nor declaration; a name given in words of blame accuses whoever is named.

import type { Token } from "../../nlp/analyze-text.ts";
import type { Clause } from "../clauses/clause.ts";
import { BLAME_WORDS } from "./content-cues.ts";
import type { StatementContext } from "./statement.ts";

/** Verbs that name what their object is ("called it a war", "branded them terrorists"). */
export const NAMING_VERBS = new Set(["call", "name", "label", "brand", "dub", "term", "declare", "designate"]);

/**
 * The name a naming verb gives its object: its predicative complement ("called Russia a terrorist state"), the
 * second of two objects as the parser may read it ("designated Russia a state sponsor of terrorism"), or the one
 * object of a relative clause ("what he called a threat"); -1 if none.
 */
export function nameGiven(context: StatementContext, clause: Clause): number {
  const { tree } = context;
  const complement = clause.complements.find((c) => (tree.tokens[c] as Token).deprel === "xcomp");
  if (complement !== undefined) return complement;
  const objects = tree.childrenWith(clause.predicate, DIRECT_OBJECTS);
  if (objects.length === 2) return objects[1] as number;
  // "what he called a serious threat", "the war, which Moscow calls a special operation": the relative is what is
  // named, the one object its name.
  const relative = (tree.tokens[clause.predicate] as Token).deprel === "acl:relcl";
  return relative && objects.length === 1 ? (objects[0] as number) : -1;
}

const DIRECT_OBJECTS = new Set(["obj"]);

/** Whether a name holds a word of blame anywhere in it ("an aggressor", "a state sponsor of terrorism"). */
export function holdsBlame(context: StatementContext, name: number): boolean {
  const stack = [name];
  while (stack.length > 0) {
    const i = stack.pop() as number;
    const token = context.tree.tokens[i] as Token;
    if (token.upos !== "PROPN" && BLAME_WORDS.has(token.lower)) return true;
    stack.push(...context.tree.children(i));
  }
  return false;
}
