// Harm foretold on a condition warns whoever the condition is about: "there would be enormous consequences if Russia
// made a move on Ukraine", "the region will be in danger if Russia is allowed to threaten Ukraine". The reported
// clause's own subject is often no actor ("there", "the stability of the region"); the one warned is the subject of
// its "if", "unless" or "should" clause.

import type { Token } from "../../nlp/analyze-text.ts";
import { CONSEQUENCE_WORDS } from "./content-cues.ts";
import { actorsOf, type NamedActor } from "./named-actors.ts";
import type { StatementContext } from "./statement.ts";

/** Words of harm that, with a condition naming an actor, make a warning ("consequences", "danger"). */
const HARM_WORDS: ReadonlySet<string> = new Set([...CONSEQUENCE_WORDS, "danger", "jeopardy", "peril", "catastrophe"]);
const CONDITION_MARKS = new Set(["if", "unless", "should"]);
const FORETELLING = new Set(["will", "would", "'ll"]);
const CONDITION_SUBJECTS = new Set(["nsubj", "nsubj:pass"]);
/** Clauses inside the reported one that say something of their own. */
const OTHER_CLAUSES = new Set(["ccomp", "parataxis", "acl:relcl", "advcl"]);

/**
 * The actors a reported clause warns through a condition: when its own words (outside the condition) foretell harm
 * with "will" or "would", the subjects of its conditional clauses; none otherwise.
 */
export function conditionedParties(context: StatementContext, root: number): NamedActor[] {
  const { tree } = context;
  // The condition may hang from the clause's head or from a word of it ("consequences if Belarus joined").
  const conditions: number[] = [];
  const walk = [root];
  while (walk.length > 0) {
    const i = walk.pop() as number;
    for (const child of tree.children(i)) {
      const deprel = (tree.tokens[child] as Token).deprel;
      if (deprel === "advcl" && tree.children(child).some((m) => isConditionMark(tree.tokens[m] as Token)))
        conditions.push(child);
      else if (!OTHER_CLAUSES.has(deprel)) walk.push(child);
    }
  }
  if (conditions.length === 0) return [];
  let harm = false;
  let foretold = false;
  const stack = [root];
  while (stack.length > 0) {
    const i = stack.pop() as number;
    const token = tree.tokens[i] as Token;
    if (HARM_WORDS.has(token.lower)) harm = true;
    if (FORETELLING.has(token.lower)) foretold = true;
    for (const child of tree.children(i)) if (!conditions.includes(child)) stack.push(child);
  }
  if (!harm || !foretold) return [];
  return actorsOf(
    context,
    conditions.flatMap((c) =>
      tree
        .childrenWith(c, CONDITION_SUBJECTS)
        .map((head) => ({ head, role: "subject" as const, preposition: "", inherited: false })),
    ),
    true,
  );
}

function isConditionMark(token: Token): boolean {
  return token.deprel === "mark" && CONDITION_MARKS.has(token.lower);
}
