// Acts received: "Ukraine has received military aid from the United States", "Klitschko had the backing of Western
// diplomats", "Zelensky won the support of France". A verb of receiving whose object names a given act (support, aid,
// praise) makes the act's giver (the noun's "of" or "from" phrase, or the verb's "from" phrase) its subject and the
// receiver its target, the other way round from the clause.

import type { RelationType } from "../../../graph-schema/index.ts";
import type { Token } from "../../nlp/analyze-text.ts";
import type { Clause, ClauseArgument } from "../clauses/clause.ts";
import { nounLemma, prepositionOf, spreadConjuncts } from "../clauses/find-clauses.ts";
import { isArms, NOMINAL_EVENTS } from "../lexicon/nominal-events.ts";
import { actorsOf, type NamedActor } from "./named-actors.ts";
import type { StatementContext } from "./statement.ts";

/** Verbs whose subject is given what their object names. */
const RECEIVING_VERBS: ReadonlySet<string> = new Set([
  "receive",
  "get",
  "have",
  "win",
  "gain",
  "enjoy",
  "secure",
  "obtain",
  "accept",
]);
/** Verbs whose subject gets the arms their object names from the actor of their "from" phrase. */
const ACQUIRING_VERBS: ReadonlySet<string> = new Set([...RECEIVING_VERBS, "acquire", "buy", "purchase", "import"]);
/** Acts one receives from another. */
const GIVEN_TYPES: ReadonlySet<RelationType> = new Set(["SUPPORT", "AID", "PRAISE"]);
/** Prepositions that name the giver. */
const GIVERS = new Set(["of", "from"]);

export interface ReceivedAct {
  type: RelationType;
  givers: NamedActor[];
}

/** The act a clause's subject receives and who gives it, or null when the clause receives nothing from a named actor. */
export function receivedAct(
  context: StatementContext,
  clause: Clause,
  objects: readonly ClauseArgument[],
): ReceivedAct | null {
  if (clause.kind !== "verb" || !ACQUIRING_VERBS.has(clause.lemma)) return null;
  const { tree } = context;
  const arms = armsFrom(context, clause, objects);
  if (arms) return arms;
  if (!RECEIVING_VERBS.has(clause.lemma)) return null;
  for (const object of objects) {
    if (object.role !== "object") continue;
    const event = NOMINAL_EVENTS.get(nounLemma((tree.tokens[object.head] as Token).lower));
    if (!event || !("type" in event) || !GIVEN_TYPES.has(event.type)) continue;
    const phrases = [
      ...tree.children(object.head).filter((c) => (tree.tokens[c] as Token).deprel.startsWith("nmod")),
      ...clause.arguments.filter((a) => a.role === "oblique").map((a) => a.head),
    ].filter((head) => GIVERS.has(prepositionOf(tree, head)));
    const givers = actorsOf(
      context,
      phrases.map((head) => ({ head, role: "subject" as const, preposition: "", inherited: false })),
      false,
    );
    if (givers.length > 0) return { type: event.type, givers };
  }
  return null;
}

/**
 * "Russia is buying drones from Iran", "acquired weapons from North Korea and Iran": arms got from another (the
 * dictionary's weapons and aircraft) are military aid from that actor, the other way round from the clause.
 */
function armsFrom(context: StatementContext, clause: Clause, objects: readonly ClauseArgument[]): ReceivedAct | null {
  const { tree } = context;
  const armsObject = objects.find((object) => {
    if (object.role !== "object") return false;
    const lemma = nounLemma((tree.tokens[object.head] as Token).lower);
    return isArms(context.lexicon.things, lemma);
  });
  if (!armsObject) return null;
  // The verb's "from" phrase, or the arms' own ("acquired drones from Iran", however the parse attaches it).
  const phrases = [
    ...clause.arguments.filter((a) => a.role === "oblique").map((a) => a.head),
    ...tree.children(armsObject.head).filter((c) => (tree.tokens[c] as Token).deprel.startsWith("nmod")),
  ]
    .filter((head) => prepositionOf(tree, head) === "from")
    .flatMap((head) => spreadConjuncts(tree, head));
  const givers = actorsOf(
    context,
    phrases.map((head) => ({ head, role: "subject" as const, preposition: "", inherited: false })),
    false,
  );
  return givers.length > 0 ? { type: "AID", givers } : null;
}
