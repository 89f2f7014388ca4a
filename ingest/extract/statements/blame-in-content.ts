// Blame in what a speaker reports: whether the reported clause blames its subject ("Moscow has been willing to
// conduct aggressive actions against Kyiv"), and whom blame named with its owner is aimed at ("Russia's continued
// aggression"). Background words of blame do not count: a name ("the Second World War"), what another noun is of
// ("the memory of the war") or about ("scenarios regarding the escalation"), a clause about someone else ("as the
// conflict threatens to escalate").

import type { Token } from "../../nlp/analyze-text.ts";
import { prepositionOf } from "../clauses/find-clauses.ts";
import type { NamedActor } from "./named-actors.ts";
import { BLAME_WORDS, CONFLICT_NAMES } from "./content-cues.ts";

/** A word of blame in what a speaker reports (a conflict's name alone is none there). */
const reportsBlame = (lower: string): boolean => BLAME_WORDS.has(lower) && !CONFLICT_NAMES.has(lower);
import { downplays } from "./downplaying.ts";
import type { StatementContext } from "./statement.ts";

const SUBJECT_RELATIONS = new Set(["nsubj", "nsubj:pass"]);
/**
 * Prepositions after which what a noun is of or about is background: "the memory of the war", "ready for all
 * scenarios regarding the escalation", "talks about the invasion".
 */
const BACKGROUND_PREPOSITIONS = new Set(["of", "about", "regarding", "concerning", "over", "during", "amid"]);
/** Prepositions the parser may read as verbs ("regarding", "concerning"). */
const TOPIC_WORDS = new Set(["regarding", "concerning"]);

/**
 * Whether the reported clause blames: a word of blame in it that is not background, that is, neither part of a name
 * ("the Second World War") nor what another noun is of ("the memory of the war", "the anniversary of the invasion"),
 * nor in a clause with a subject of its own ("…are fleeing into Russia as the conflict threatens to escalate").
 */
export function blames(context: StatementContext, root: number): boolean {
  const stack = [root];
  while (stack.length > 0) {
    const i = stack.pop() as number;
    const token = context.tree.tokens[i] as Token;
    if (token.upos !== "PROPN" && (reportsBlame(token.lower) || blameVerb(context, token))) return true;
    // "helping Israel repel an attack from Iran", "to deter Chinese aggression": what the subject counters is not the
    // subject's doing ("stop" and "end" are left out: one may stop one's own aggression).
    if (counters(context, token)) continue;
    if (downplays(context, i)) return true;
    // What a predicate noun is "of" is what the subject is said to be ("the formula was a manifestation of an
    // aggressive attitude"), not background.
    const predicate = i === root && isNominalPredicate(context, i);
    const background = token.upos === "NOUN" && !reportsBlame(token.lower) && !predicate;
    // "Russia has no plans to invade": what a noun denied by "no" holds is not said of anyone.
    if (
      token.upos === "NOUN" &&
      context.tree.children(i).some((c) => NO_WORDS.has((context.tree.tokens[c] as Token).lower))
    )
      continue;
    for (const child of context.tree.children(i)) {
      if (
        background &&
        (context.tree.tokens[child] as Token).deprel === "nmod" &&
        BACKGROUND_PREPOSITIONS.has(prepositionOf(context.tree, child))
      )
        continue;
      if (hasOwnSubject(context, child)) continue;
      // "regarding the escalation", parsed as a verb: what something is about.
      if (TOPIC_WORDS.has((context.tree.tokens[child] as Token).lower)) continue;
      stack.push(child);
    }
  }
  return false;
}

const NO_WORDS = new Set(["no", "none"]);
/** Verbs of countering an act: its doer is someone else ("repel an attack", "deter aggression"). */
const COUNTERING = new Set([
  "repel",
  "repulse",
  "resist",
  "thwart",
  "withstand",
  "counter",
  "fend",
  "defend",
  "prevent",
  "deter",
  "survive",
  "suffer",
  "endure",
]);

/** Whether `token` is a verb of countering, whose phrases name what others do. */
export function counters(context: StatementContext, token: Token): boolean {
  return token.upos === "VERB" && COUNTERING.has(context.lexicon.verbLemma(token.lower, COUNTERING));
}

/** A noun that is what its subject is said to be ("was a manifestation of…"), not where it is ("is in a state of…"). */
function isNominalPredicate(context: StatementContext, i: number): boolean {
  const deprels = context.tree.children(i).map((c) => (context.tree.tokens[c] as Token).deprel);
  return deprels.includes("cop") && !deprels.includes("case");
}
/** A verb of blame in any form ("escalating", "violated", "undermines"). */
function blameVerb(context: StatementContext, token: Token): boolean {
  return token.upos === "VERB" && BLAME_WORDS.has(context.lexicon.verbLemma(token.lower, BLAME_WORDS));
}

const OWN_CLAUSES = new Set(["advcl", "parataxis", "ccomp", "conj"]);
const NOMINALS = new Set(["NOUN", "PROPN"]);

/**
 * Whether `i` heads a clause with a nominal subject of its own ("as the conflict threatens…"); a pronoun ("we will
 * oppose this aggression") is the speaker's side or whom the content is about, so its clause still counts.
 */
function hasOwnSubject(context: StatementContext, i: number): boolean {
  if (!OWN_CLAUSES.has((context.tree.tokens[i] as Token).deprel)) return false;
  return context.tree
    .childrenWith(i, SUBJECT_RELATIONS)
    .some((subject) => NOMINALS.has((context.tree.tokens[subject] as Token).upos));
}

const AGENT_OWNERS = new Set(["nmod:poss", "amod", "compound"]);

/** The agents of a blame noun: its possessor, demonym or compound ("Russia's aggression", "Russian lies"), not its victim. */
function agentsOf(context: StatementContext, noun: number): NamedActor[] {
  return context.tree
    .childrenWith(noun, AGENT_OWNERS)
    .filter((child) => (context.actorAt[child] as number) >= 0)
    .map((child) => ({ actor: context.actorAt[child] as number, token: child }));
}

/** Prepositions that only date what is said ("amid Moscow's invasion", "since Russia's aggression"). */
const TIME_PREPOSITIONS = new Set(["amid", "amidst", "during", "since", "before", "throughout"]);
/** Markers of a clause that only dates what is said ("even before Putin launched his invasion"). */
const TIME_MARKERS = new Set(["before", "since", "when", "while", "until"]);
const PHRASES = new Set(["obl", "nmod", "advcl"]);

/** Whether `i` only dates the reported content: a phrase or clause of time ("amid the invasion", "before it began"). */
function datesContent(context: StatementContext, i: number): boolean {
  const token = context.tree.tokens[i] as Token;
  if (!PHRASES.has(token.deprel.split(":")[0] as string)) return false;
  const marker = context.tree
    .children(i)
    .map((c) => context.tree.tokens[c] as Token)
    .find((c) => c.deprel === "case" || c.deprel === "mark");
  if (!marker) return false;
  return token.deprel === "advcl" ? TIME_MARKERS.has(marker.lower) : TIME_PREPOSITIONS.has(marker.lower);
}

/** Whether token `i`, under the reported clause at `root`, lies in a phrase or clause that only dates it. */
export function datedOnly(context: StatementContext, root: number, i: number): boolean {
  for (let at = i, steps = 0; at >= 0 && at !== root && steps < 30; steps++) {
    if (datesContent(context, at)) return true;
    at = (context.tree.tokens[at] as Token).head;
  }
  return false;
}

/** Nouns of blame inside the reported clause ("aggression", "lies"), not in what only dates it. */
function blameNouns(context: StatementContext, root: number): number[] {
  const out: number[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const i = stack.pop() as number;
    const token = context.tree.tokens[i] as Token;
    if (token.upos === "NOUN" && reportsBlame(token.lower)) out.push(i);
    for (const child of context.tree.children(i)) if (!datesContent(context, child)) stack.push(child);
  }
  return out;
}

/** Verbs that make someone else answerable for the event they take ("he provoked Russia's invasion"). */
const CAUSING = new Set(["provoke", "cause", "trigger", "prompt", "force", "push", "goad", "lure", "drag"]);

/** Whether the noun is the object of a verb that blames another for it ("he provoked Russia's invasion"). */
function causedByAnother(context: StatementContext, noun: number): boolean {
  const token = context.tree.tokens[noun] as Token;
  if (token.deprel !== "obj" || token.head < 0) return false;
  const verb = context.tree.tokens[token.head] as Token;
  return verb.upos === "VERB" && CAUSING.has(context.lexicon.verbLemma(verb.lower, CAUSING));
}

/**
 * The owners of the blame nouns in the reported clause, which the blame is aimed at; not when another is said to
 * have caused the event ("he believes he provoked Russia's invasion" blames him, not Russia).
 */
export function blamedAgents(context: StatementContext, root: number): NamedActor[] {
  return blameNouns(context, root)
    .filter((head) => !causedByAnother(context, head))
    .flatMap((head) => agentsOf(context, head));
}
