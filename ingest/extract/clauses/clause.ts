// A clause as extraction reads it off the dependency tree: a predicate (a verb, or an event noun) with its logical
// arguments. Passive voice is undone (the "by" phrase is the subject, the passive subject the object), subjects are
// inherited through control ("urged Russia to withdraw": Russia withdraws), coordination ("met Biden and warned
// Putin") and relative clauses ("NATO, which warned Russia"), and coordinated arguments are spread ("the US, the EU
// and Britain warned").

/** The role an argument plays for its predicate, after passive voice is undone. */
export type ArgumentRole = "subject" | "object" | "recipient" | "oblique";

export interface ClauseArgument {
  /** Head token of the argument's phrase. */
  head: number;
  role: ArgumentRole;
  /** Lower-case preposition of an oblique ("on", "with", "against"); "" otherwise. */
  preposition: string;
  /** Found through control, coordination or a relative clause rather than as the predicate's own dependent. */
  inherited: boolean;
}

export interface Clause {
  /** Token of the predicate. */
  predicate: number;
  /** Lemma of the predicate (verb lemma, or singular noun). */
  lemma: string;
  kind: "verb" | "noun";
  passive: boolean;
  arguments: ClauseArgument[];
  /** Heads of clausal complements (ccomp, xcomp, parataxis when the predicate reports speech). */
  complements: number[];
  /** Lower-case words and lemmas of the predicate's objects, obliques and particles, for lexicon patterns. */
  after: Set<string>;
  /** The same words as written (lower case, no lemmas). */
  written: Set<string>;
  /** Lower-case words and lemmas of its subject and preceding modifiers. */
  before: Set<string>;
  /** The verb's particle, lower case ("out" in "called out Moscow"), or "" (nouns have none). */
  particle: string;
  /** Lower-case words of the verb's particle and adverbs ("in" of "gave in"); empty for nouns. */
  adverbs: Set<string>;
}
