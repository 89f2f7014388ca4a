// Which article actor an argument phrase names. A phrase that is a mention names its actor ("Antony Blinken", "the
// Kremlin", "he"); a phrase headed by a state agent noun from the Phoenix dictionary ("troops", "the foreign
// ministry", "officials") stands for the actor its possessor, demonym or compound names ("Russian troops", "Ukraine's
// foreign ministry", "NATO officials"); for acts aimed at someone's conduct, the possessor of any noun will do
// ("condemned Russia's actions"). A group named by examples stands for them ("countries like Poland and Romania"),
// and a frontier is also the country across it ("the border with Ukraine").

import type { Token } from "../../nlp/analyze-text.ts";
import type { ArticleTree } from "../syntax/article-tree.ts";
import { NOMINAL_EVENTS } from "../lexicon/nominal-events.ts";
import { nounLemma, prepositionOf } from "./find-clauses.ts";

/** Per token, the article actor its mention links to (-1 for none). */
export type ActorAtToken = Int32Array;

const OWNERS = new Set(["nmod:poss", "amod", "compound", "flat", "nmod"]);
/** Frontiers: the country on their far side holds them too ("the border with Ukraine" is Ukraine's border). */
export const FRONTIERS: ReadonlySet<string> = new Set(["border", "frontier", "boundary", "borderline"]);
const CONJUNCTS = new Set(["conj"]);
/** Nouns for a group of states or bodies, which examples can name. */
const COLLECTIVES = new Set([
  "country",
  "nation",
  "state",
  "member",
  "ally",
  "partner",
  "neighbour",
  "neighbor",
  "government",
]);
/** Nouns of people named by their tie to another ("Putin's daughters"): they are not the one they are tied to. */
const RELATIVES = new Set([
  "daughter",
  "son",
  "wife",
  "husband",
  "child",
  "children",
  "family",
  "relative",
  "brother",
  "sister",
  "father",
  "mother",
  "associate",
  "friend",
  "crony",
  "girlfriend",
  "boyfriend",
  "spouse",
]);
/**
 * Nouns for a country's people ("the Ukrainian people", "US citizens", "the people of Ukraine"): as the target of an
 * act they are that country ("urged US citizens to leave" is an appeal to the United States); as a subject they act
 * for no state ("Ukrainian citizens fled to Poland").
 */
const POPULATIONS = new Set(["people", "citizen", "national", "population", "public"]);

/** Whether the phrase at `head` names a country's people ("the Ukrainian people", "US citizens"). */
export function isPopulation(tree: ArticleTree, head: number): boolean {
  const token = tree.tokens[head] as Token;
  return token.upos === "NOUN" && POPULATIONS.has(nounLemma(token.lower));
}
/**
 * Nouns of something done to someone ("Navalny's arrest", "the killing of Navalny", "her trial"): their "of" phrase,
 * and a possessor when no "of" phrase follows, name the one it was done to, never whose conduct it is. Condemning
 * Navalny's arrest condemns whoever arrested him ("the detention of Evan Gershkovich by Russia"), not Navalny.
 */
const PATIENT_NOUNS = new Set([
  "arrest",
  "detention",
  "imprisonment",
  "jailing",
  "incarceration",
  "trial",
  "conviction",
  "sentencing",
  "prosecution",
  "persecution",
  "killing",
  "murder",
  "assassination",
  "death",
  "poisoning",
  "abduction",
  "kidnapping",
  "execution",
  "torture",
  "mistreatment",
  "harassment",
  "deportation",
]);
/** Prepositions that introduce examples ("such as" is named by its first word). */
const EXAMPLE_MARKERS = new Set(["like", "such", "including"]);

export interface ArgumentActorOptions {
  /** Nouns that act for the actor beside them (Phoenix state agents). */
  agentNouns: ReadonlySet<string>;
  /** Also take the owner of a noun that is no agent ("Russia's actions", "Russian banks", "the policy of Moscow"). */
  anyPossessor: boolean;
  /** Whether an actor is a person, whose relatives ("Putin's daughters") are not that person. */
  isPerson?: (actor: number) => boolean;
  /** The phrase is the target of an act, so a country's people stand for it ("urged US citizens to leave"). */
  target?: boolean;
  /**
   * The act answers conduct (criticism, protest): the one something was done to is not whose conduct it is
   * ("condemned Navalny's arrest"). Not so for acts done to them ("a warrant for Putin's arrest").
   */
  conduct?: boolean;
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
  const lemma = nounLemma(token.lower);
  // "countries like Poland and Romania", "allies such as Germany", "NATO members including Turkey": the examples.
  if (COLLECTIVES.has(lemma)) {
    for (const child of tree.children(head)) {
      if ((tree.tokens[child] as Token).deprel !== "nmod" || !EXAMPLE_MARKERS.has(prepositionOf(tree, child))) continue;
      const examples = [child, ...tree.childrenWith(child, CONJUNCTS)]
        .map((i) => actorAt[i] as number)
        .filter((actor) => actor >= 0);
      if (examples.length > 0) return [...new Set(examples)];
    }
  }
  const agent = options.agentNouns.has(lemma) || (options.target === true && POPULATIONS.has(lemma));
  if (!agent && !options.anyPossessor) return [];
  // "sanctions on Putin's daughters", "the wife and children of Dmitry Peskov": people named by their tie to a person
  // are others, not that person ("Ukraine's children" are still Ukraine's).
  const relatives = !agent && RELATIVES.has(lemma);
  const done = !agent && options.conduct === true && PATIENT_NOUNS.has(lemma);
  const hasOf = done && tree.children(head).some((c) => prepositionOf(tree, c) === "of");
  for (const child of tree.children(head)) {
    const relation = (tree.tokens[child] as Token).deprel;
    if (!OWNERS.has(relation)) continue;
    // "the government of Ukraine", "diplomats from Germany and France".
    const preposition = relation === "nmod" ? prepositionOf(tree, child) : "";
    // "Navalny's arrest", "the killing of Navalny": the one it was done to ("Russia's arrest of the journalist":
    // the possessor before an "of" phrase is the one who did it).
    if (done && (preposition === "of" || (relation === "nmod:poss" && !hasOf))) continue;
    // "claims by Blinken", "accusations from Moscow": the author of what the noun names.
    const authored = preposition === "by" || preposition === "from";
    const across = preposition === "with" && options.anyPossessor && FRONTIERS.has(lemma);
    if (relation === "nmod" && preposition !== "of" && !across && !((agent || options.anyPossessor) && authored))
      continue;
    // "the invasion of Ukraine": the "of" phrase of an event noun names whom the event befalls, not its owner.
    if (relation === "nmod" && preposition === "of" && NOMINAL_EVENTS.has(lemma)) continue;
    if (!agent && relation === "flat") continue;
    const actor = actorAt[child] as number;
    if (actor < 0 || (relatives && options.isPerson?.(actor) === true)) continue;
    const out = [actor];
    for (const conjunct of tree.childrenWith(child, CONJUNCTS)) {
      const other = actorAt[conjunct] as number;
      if (other >= 0 && !out.includes(other)) out.push(other);
    }
    return out;
  }
  return [];
}
