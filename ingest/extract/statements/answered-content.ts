// What an act says and answers: the clauses that carry its content ("accused Moscow of seeking…", "warned that…"), and
// the hostile events inside its arguments whose agent it is aimed at ("warned of a Russian invasion", "condemned the
// aggression"), never those only given as its occasion ("because of the invasion", "amid the war").

import type { RelationType } from "../../../graph-schema/index.ts";
import type { Token } from "../../nlp/analyze-text.ts";
import type { Clause } from "../clauses/clause.ts";
import { prepositionOf } from "../clauses/find-clauses.ts";
import { typeOfNoun } from "./event-noun-readings.ts";
import type { StatementContext } from "./statement.ts";

/** Hostile events whose agent is the target of a warning or an accusation about them ("warned of a Russian invasion"). */
export const HOSTILE_EVENTS: ReadonlySet<RelationType> = new Set(["ATTACK", "FIGHT", "THREATEN", "MOBILIZE", "COERCE"]);
/** Prepositions of phrases that say when or why something happened, not what it answers. */
const CIRCUMSTANCE_PREPOSITIONS = new Set([
  "because",
  "due",
  "amid",
  "amidst",
  "after",
  "following",
  "since",
  "during",
  "despite",
  "before",
  "given",
]);
/** Marks of an adverbial clause that carries an act's content ("accused Moscow of seeking…"), not its condition or time. */
const CONTENT_MARKS = new Set(["of", "for", "that", "to", "over", "about"]);

/** Heads of the clauses that carry what an act says: complements, and adverbial clauses marked "of", "that"… */
export function contentClauses(context: StatementContext, clause: Clause): number[] {
  const out = [...clause.complements];
  for (const child of context.tree.children(clause.predicate)) {
    if ((context.tree.tokens[child] as Token).deprel !== "advcl") continue;
    const mark = context.tree.children(child).find((c) => (context.tree.tokens[c] as Token).deprel === "mark");
    if (mark !== undefined && CONTENT_MARKS.has((context.tree.tokens[mark] as Token).lower)) out.push(child);
  }
  return out;
}

/**
 * Event-noun clauses of hostile events inside the predicate's objects and obliques, and for a warning inside what it
 * warns of ("warned that the prospect of a Russian invasion could embolden others").
 */
export function eventsWithin(context: StatementContext, clause: Clause, type: RelationType): Clause[] {
  const out: Clause[] = [];
  // A phrase of circumstance ("because of the invasion", "amid the war") gives the occasion, not what is answered: a
  // travel warning issued because of an invasion is no warning to the invader.
  const stack = clause.arguments
    .filter((a) => a.role !== "subject" && !CIRCUMSTANCE_PREPOSITIONS.has(a.preposition))
    .map((a) => a.head);
  if (type === "WARN") stack.push(...clause.complements);
  const seen = new Set<number>();
  while (stack.length > 0 && seen.size < 40) {
    const i = stack.pop() as number;
    if (seen.has(i)) continue;
    seen.add(i);
    const inner = context.clauseAt.get(i);
    if (inner && inner.kind === "noun") {
      const eventType = typeOfNoun(context, inner.lemma, inner);
      if (eventType && HOSTILE_EVENTS.has(eventType)) out.push(inner);
    }
    for (const child of context.tree.children(i))
      if (!CIRCUMSTANCE_PREPOSITIONS.has(prepositionOf(context.tree, child))) stack.push(child);
  }
  return out;
}
