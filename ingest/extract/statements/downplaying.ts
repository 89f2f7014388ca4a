// Downplaying as blame: a speaker who reports that someone plays down, underestimates or minimises something ("the
// White House believes Kyiv is downplaying the threat", "officials said Moscow understated its losses", "Kyiv
// reduces the significance of the risk") criticises them for it. Read from the reported clause's verb: a verb of
// minimising with an object, "play down", or a verb of lessening whose object is a thing's weight ("reduce the
// importance of", "diminish the gravity of").

import type { Token } from "../../nlp/analyze-text.ts";
import { nounLemma, prepositionOf } from "../clauses/find-clauses.ts";
import type { StatementContext } from "./statement.ts";

/** Verbs that by themselves make light of what they take. */
const MINIMISING_VERBS: ReadonlySet<string> = new Set([
  "downplay",
  "underplay",
  "underestimate",
  "understate",
  "minimise",
  "minimize",
  "belittle",
  "trivialise",
  "trivialize",
]);

/** Verbs that make light of something when they take its weight ("reduce the importance of the threat"). */
const LESSENING_VERBS: ReadonlySet<string> = new Set(["reduce", "lessen", "diminish", "lower", "play"]);

/** What a thing weighs: lessening it makes light of the thing. */
const WEIGHT_NOUNS: ReadonlySet<string> = new Set([
  "importance",
  "significance",
  "seriousness",
  "gravity",
  "severity",
  "magnitude",
  "urgency",
]);

const OBJECTS = new Set(["obj", "obl"]);
/** Objects that deny there is anything made light of ("is downplaying nothing"). */
const NOTHING = new Set(["nothing", "none"]);

/**
 * Whether the verb at `i` makes light of its object: a verb of minimising with an object ("downplaying the threat"),
 * "play down" (its particle read as a particle or as the object's preposition), or a verb of lessening that takes a
 * thing's weight ("reduces the importance of the threat").
 */
export function downplays(context: StatementContext, i: number): boolean {
  const { tree, lexicon } = context;
  const token = tree.tokens[i] as Token;
  if (token.upos !== "VERB") return false;
  const lemma = lexicon.verbLemma(token.lower, MINIMISING_VERBS);
  const objects = tree.childrenWith(i, OBJECTS).filter((o) => !NOTHING.has((tree.tokens[o] as Token).lower));
  if (MINIMISING_VERBS.has(lemma)) return objects.some((o) => (tree.tokens[o] as Token).deprel === "obj");
  const verb = lexicon.verbLemma(token.lower, LESSENING_VERBS);
  if (verb === "play") {
    const particle = tree.children(i).some((c) => {
      const child = tree.tokens[c] as Token;
      return child.deprel === "compound:prt" && child.lower === "down";
    });
    return particle ? objects.length > 0 : objects.some((o) => prepositionOf(tree, o) === "down");
  }
  if (!LESSENING_VERBS.has(verb)) return false;
  return objects.some((o) => {
    const object = tree.tokens[o] as Token;
    return object.deprel === "obj" && WEIGHT_NOUNS.has(nounLemma(object.lower));
  });
}
