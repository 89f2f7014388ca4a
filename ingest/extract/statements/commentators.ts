// Commentators are sources, not parties: a professor, a think-tank analyst or a correspondent the article quotes on
// the war ("Prof Paul Dibb, an emeritus professor at the Australian National University, said Russia is unlikely to
// subjugate Ukraine") explains events; what they say is no accusation or warning between actors (ANNOTATION.md:
// statements are acts of one actor towards another). The article says who is one: an apposition naming their
// profession ("Sam Cranny-Evans, a research analyst with RUSI"), or the research body they speak for ("said Dimitri
// Minic at the French Institute for International Relations").

import type { Token } from "../../nlp/analyze-text.ts";
import { nounLemma, prepositionOf } from "../clauses/find-clauses.ts";
import type { StatementContext } from "./statement.ts";

/** Professions of people who explain the news rather than make it. */
const COMMENTATOR_NOUNS = new Set([
  "analyst",
  "expert",
  "professor",
  "fellow",
  "researcher",
  "scholar",
  "historian",
  "economist",
  "commentator",
  "columnist",
  "correspondent",
  "journalist",
  "lecturer",
  "strategist",
  "academic",
  "specialist",
]);
/** Bodies of research: someone speaking "at" or "with" one is a commentator. */
const RESEARCH_BODIES = new Set(["institute", "university", "college", "school", "think-tank", "tank"]);
const APPOSITIONS = new Set(["appos"]);
const AFFILIATIONS = new Set(["at", "with"]);

const CACHE = new WeakMap<StatementContext, ReadonlySet<number>>();

/** The article's actors (persons) that it presents as commentators; computed once per article. */
export function commentators(context: StatementContext): ReadonlySet<number> {
  const cached = CACHE.get(context);
  if (cached) return cached;
  const found = new Set<number>();
  const { tree, actorAt, actors } = context;
  for (let i = 0; i < tree.tokens.length; i++) {
    const actor = actorAt[i] as number;
    if (actor < 0 || actors[actor]?.type !== "PERSON") continue;
    if (describesCommentator(context, i)) found.add(actor);
  }
  CACHE.set(context, found);
  return found;
}

/** Whether the person named at `i` has an apposition of a commentator's profession, or speaks for a research body. */
function describesCommentator(context: StatementContext, i: number): boolean {
  const { tree } = context;
  for (const appos of tree.childrenWith(i, APPOSITIONS)) {
    if (COMMENTATOR_NOUNS.has(nounLemma((tree.tokens[appos] as Token).lower))) return true;
    // "an emeritus professor at the … University", "a fellow with the … Institute".
    if (speaksFor(context, appos)) return true;
  }
  if (speaksFor(context, i)) return true;
  // "said Dimitri Minic at the French Institute…": the phrase may hang from the verb the person is the subject of,
  // when it follows the name directly (not "Putin said at a university in Moscow…", a speech given somewhere).
  const token = tree.tokens[i] as Token;
  return token.deprel.startsWith("nsubj") && token.head >= 0 && speaksFor(context, token.head, i);
}

/** Whether `i` has an "at" or "with" phrase naming a research body (opening right after token `after`, if given). */
function speaksFor(context: StatementContext, i: number, after = -1): boolean {
  const { tree } = context;
  return tree.children(i).some((child) => {
    const token = tree.tokens[child] as Token;
    return (
      (token.deprel === "nmod" || token.deprel === "obl") &&
      AFFILIATIONS.has(prepositionOf(tree, child)) &&
      (after < 0 || opensRightAfter(context, child, after)) &&
      isResearchBody(context, child)
    );
  });
}

/** Whether the preposition of the phrase at `phrase` is the first word after token `after`. */
function opensRightAfter(context: StatementContext, phrase: number, after: number): boolean {
  const { tree } = context;
  const preposition = tree.children(phrase).find((c) => (tree.tokens[c] as Token).deprel === "case");
  if (preposition === undefined || preposition <= after) return false;
  for (let k = after + 1; k < preposition; k++) if ((tree.tokens[k] as Token).pos !== "SPACE") return false;
  return true;
}

/** Whether the phrase at `i` names a research body, in any word of a name read as one ("French Institute for …"). */
function isResearchBody(context: StatementContext, i: number): boolean {
  const { tree } = context;
  return [i, ...tree.children(i).filter((c) => (tree.tokens[c] as Token).deprel === "flat")].some((w) =>
    RESEARCH_BODIES.has(nounLemma((tree.tokens[w] as Token).lower)),
  );
}
