// Reads the clauses of a sentence off its dependency tree (clause.ts says what a clause holds). Verbs are predicates;
// nouns are predicates when the event lexicon names them ("invasion", "sanctions", "talks").

import type { Sentence, Token } from "../../nlp/analyze-text.ts";
import { NOMINAL_EVENTS } from "../lexicon/nominal-events.ts";
import type { EventLexicon } from "../lexicon/event-lexicon.ts";
import type { ArticleTree } from "../syntax/article-tree.ts";
import type { ArgumentRole, Clause, ClauseArgument } from "./clause.ts";
import { impliedHolders } from "./implied-holders.ts";

const SUBJECTS = new Set(["nsubj", "csubj"]);
const PASSIVE_SUBJECTS = new Set(["nsubj:pass", "csubj:pass"]);
const OBJECTS = new Set(["obj"]);
/** Objects that control an infinitive ("urged Russia to withdraw"; the parser often labels them iobj). */
const CONTROLLERS = new Set(["obj", "iobj"]);
const RECIPIENTS = new Set(["iobj"]);
const OBLIQUES = new Set(["obl", "obl:npmod", "obl:unmarked"]);
const AGENTS = new Set(["obl:agent"]);
const CASE_MARKS = new Set(["case", "mark"]);
const COMPLEMENTS = new Set(["ccomp", "xcomp"]);
const CONJUNCTS = new Set(["conj"]);
const COMPOUNDS = new Set(["compound"]);
const OWNERS = new Set(["nmod:poss"]);
const MARKS = new Set(["mark"]);
// "accused Moscow of planning", "thanked Berlin for sending", "warned Kyiv against signing", "barred Minsk from joining",
// "pressed Kyiv into signing": the gerund's subject is the main verb's object.
/** Marks of a gerund whose doer is the object of the verb above ("accused Moscow of planning", "warned Kyiv against"). */
export const OBJECT_CONTROL_MARKS: ReadonlySet<string> = new Set(["for", "of", "against", "from", "into"]);
const APPOSITIONS = new Set(["appos"]);
const PASSIVE_AUX = new Set(["aux:pass"]);
const RELATIVE_PRONOUNS = new Set(["who", "which", "that", "whom", "whose"]);
const NOMINAL_SUBJECTS = new Set(["nmod:poss", "compound", "amod"]);
const NOMINAL_OBJECTS = new Set(["nmod", "obl"]);
const PATTERN_CHILDREN = new Set(["compound:prt", "obj", "iobj", "obl", "xcomp", "advmod", "nmod"]);
/** Clauses inside a dependent's phrase, whose words are not the phrase's own. */
const INNER_CLAUSES = new Set(["ccomp", "acl", "acl:relcl", "advcl", "parataxis"]);
/** How many words of each dependent's phrase feed the lexicon's pattern words. */
const PATTERN_WORDS_PER_PHRASE = 12;

/** Prepositions naming whom a reaction is aimed at ("lashed out at", "angry with"). */
const BLAMED_PREPOSITIONS = new Set(["at", "with"]);

/** The "at" or "with" oblique of `head` before `predicate` ("lashed out at Washington for…"), or -1. */
function blamedOblique(tree: ArticleTree, head: number, predicate: number): number {
  for (const child of tree.childrenWith(head, OBLIQUES))
    if (child < predicate && BLAMED_PREPOSITIONS.has(prepositionOf(tree, child))) return child;
  return -1;
}

/** Lower-case singular of a noun ("sanctions" → "sanction", "talks" → "talk", "allies" → "ally"). */
export function nounLemma(lower: string): string {
  if (lower.length > 4 && lower.endsWith("ies")) return lower.slice(0, -3) + "y";
  if (lower.length > 3 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us"))
    return lower.slice(0, -1);
  return lower;
}

/** The preposition introducing an oblique or nominal modifier ("on" in "sanctions on Russia"), or "". */
export function prepositionOf(tree: ArticleTree, head: number): string {
  for (const child of tree.children(head)) {
    const token = tree.tokens[child] as Token;
    if (child < head && CASE_MARKS.has(token.deprel) && token.upos !== "PUNCT") {
      // "according to": the first word of a fixed expression names it.
      return token.lower;
    }
  }
  return "";
}

/** Adds the words of `head`'s phrase (at most PATTERN_WORDS_PER_PHRASE) and their singulars to `into`. */
function addPhraseWords(tree: ArticleTree, head: number, into: Set<string>, written?: Set<string>): void {
  const stack = [head];
  let added = 0;
  while (stack.length > 0 && added < PATTERN_WORDS_PER_PHRASE) {
    const i = stack.pop() as number;
    const token = tree.tokens[i] as Token;
    into.add(token.lower);
    written?.add(token.lower);
    into.add(nounLemma(token.lower));
    added++;
    // A clause inside the phrase ("circuits using assault drones", "the man who…") says nothing about this verb.
    for (const child of tree.children(i))
      if (!INNER_CLAUSES.has((tree.tokens[child] as Token).deprel)) stack.push(child);
  }
}

/** The argument heads of `head`, spread over its conjuncts and appositions ("the US, the EU and Britain"). */
export function spreadConjuncts(tree: ArticleTree, head: number): number[] {
  const out = [head];
  for (let k = 0; k < out.length; k++) {
    for (const child of tree.childrenWith(out[k] as number, CONJUNCTS))
      if (!out.includes(child) && !isPredication(tree, child)) out.push(child);
    for (const child of tree.childrenWith(out[k] as number, APPOSITIONS)) if (!out.includes(child)) out.push(child);
  }
  return out;
}

/** Nouns of documents, which say what their authors say ("a resolution condemning…", "a letter urging…"). */
const DOCUMENTS = new Set([
  "resolution",
  "statement",
  "declaration",
  "communique",
  "communiqué",
  "letter",
  "motion",
  "decree",
  "bill",
  "petition",
  "appeal",
  "note",
  "memorandum",
  "post",
  "tweet",
  "message",
]);
/** Where a document's author is the clause's subject: its object, or an oblique ("voted on a resolution…"). */
const DOCUMENT_SLOTS = new Set(["obj", "obl"]);
/** Verbs whose subject authors or adopts the document they take ("passed", "issued", "signed", "voted for"). */
const AUTHORING = new Set([
  "pass",
  "adopt",
  "approve",
  "issue",
  "sign",
  "publish",
  "release",
  "send",
  "write",
  "draft",
  "table",
  "introduce",
  "submit",
  "sponsor",
  "vote",
  "post",
  "deliver",
]);

/** Relations that make a nominal the predicate of a clause of its own ("who is in Australia"). */
const PREDICATION = new Set(["nsubj", "nsubj:pass", "cop"]);

/**
 * Whether the nominal at `i` heads a clause with a subject or a copula of its own ("Rinkēvičs, who is in Australia,
 * said…" read with "Australia" as a conjunct of "Rinkēvičs"): a predicate, not a coordinated argument.
 */
function isPredication(tree: ArticleTree, i: number): boolean {
  const token = tree.tokens[i] as Token;
  if (token.upos !== "NOUN" && token.upos !== "PROPN" && token.upos !== "PRON") return false;
  return tree.children(i).some((child) => PREDICATION.has((tree.tokens[child] as Token).deprel));
}

/**
 * The noun a relative pronoun stands for: the relative clause's head when it is a noun, else (the parser attached
 * the clause to a verb) the nearest noun or name before the pronoun ("watched India, which has refused…").
 */
function antecedent(tree: ArticleTree, head: number, pronoun: number): number {
  const headToken = tree.tokens[head] as Token;
  if (headToken.upos === "NOUN" || headToken.upos === "PROPN" || headToken.upos === "PRON") return head;
  for (let i = pronoun - 1; i >= 0 && i >= pronoun - 4; i--) {
    const token = tree.tokens[i] as Token;
    if (token.upos === "NOUN" || token.upos === "PROPN") return i;
    if (token.upos !== "PUNCT" && token.pos !== "SPACE") break;
  }
  return head;
}

function isPassive(tree: ArticleTree, predicate: number): boolean {
  if (tree.childWith(predicate, PASSIVE_AUX) >= 0 || tree.childWith(predicate, PASSIVE_SUBJECTS) >= 0) return true;
  const token = tree.tokens[predicate] as Token;
  // A participle modifying a noun ("troops deployed by Russia", "sanctions imposed on Moscow").
  return token.deprel === "acl" && token.xpos === "VBN";
}

/** Penn tags of finite verbs: past and present tense. */
const FINITE_TAGS = new Set(["VBD", "VBZ", "VBP"]);
/** Children that make a participle finite ("were applying") or a complement clause ("that … applying"). */
const FINITE_MARKERS = new Set(["aux", "mark"]);

/** Own subjects and objects of a verb, passive undone; relative pronouns replaced by their antecedent. */
function ownArguments(tree: ArticleTree, predicate: number, passive: boolean): ClauseArgument[] {
  const out: ClauseArgument[] = [];
  const token = tree.tokens[predicate] as Token;
  const add = (head: number, role: ArgumentRole, preposition = "", inherited = false): void => {
    for (const spread of spreadConjuncts(tree, head)) out.push({ head: spread, role, preposition, inherited });
  };
  for (const child of tree.children(predicate)) {
    const deprel = (tree.tokens[child] as Token).deprel;
    const relative = RELATIVE_PRONOUNS.has((tree.tokens[child] as Token).lower) && token.deprel === "acl:relcl";
    const head = relative && token.head >= 0 ? antecedent(tree, token.head, child) : child;
    if (SUBJECTS.has(deprel)) add(head, passive ? "object" : "subject", "", relative);
    else if (PASSIVE_SUBJECTS.has(deprel)) add(head, "object", "", relative);
    else if (OBJECTS.has(deprel)) add(head, passive ? "recipient" : "object", "", relative);
    else if (RECIPIENTS.has(deprel)) add(head, "recipient");
    else if (AGENTS.has(deprel)) add(child, "subject");
    else if (OBLIQUES.has(deprel)) {
      const preposition = prepositionOf(tree, child);
      if (passive && preposition === "by") add(child, "subject");
      else add(child, "oblique", preposition);
    }
  }
  return out;
}

/**
 * Subjects a verb without its own takes from the clause above it: the controller of an xcomp ("urged Russia to
 * withdraw": the object; "promised to help": the subject), the first conjunct's subject ("met Biden and warned
 * Putin"), a participle's noun ("countries supporting Ukraine"), an adverbial clause's main subject ("…, saying").
 */
function inheritedSubjects(tree: ArticleTree, predicate: number, depth: number): ClauseArgument[] {
  if (depth > 4) return [];
  const token = tree.tokens[predicate] as Token;
  const head = token.head;
  if (head < 0) return [];
  const headToken = tree.tokens[head] as Token;
  const inherit = (heads: number[]): ClauseArgument[] =>
    heads
      .flatMap((h) => spreadConjuncts(tree, h))
      .map((h) => ({ head: h, role: "subject", preposition: "", inherited: true }));
  const fromHead = (): ClauseArgument[] => {
    const own = ownArguments(tree, head, isPassive(tree, head)).filter((a) => a.role === "subject");
    return own.length > 0 ? own.map((a) => ({ ...a, inherited: true })) : inheritedSubjects(tree, head, depth + 1);
  };
  switch (token.deprel) {
    case "xcomp": {
      const object = tree.childWith(head, CONTROLLERS);
      return object >= 0 && object < predicate ? inherit([object]) : fromHead();
    }
    case "advcl": {
      // "thanked Germany for supplying…", "accused Moscow of planning…": the object of the main verb acts.
      const mark = tree.childWith(predicate, MARKS);
      const markWord = mark >= 0 ? (tree.tokens[mark] as Token).lower : "";
      const object = tree.childWith(head, CONTROLLERS);
      if (object >= 0 && OBJECT_CONTROL_MARKS.has(markWord)) return inherit([object]);
      // "individuals sanctioned by the United Kingdom for supporting…", "was accused of…": in the passive the one
      // sanctioned or accused acts, not the agent.
      if (OBJECT_CONTROL_MARKS.has(markWord) && isPassive(tree, head)) {
        const patient = tree.childWith(head, PASSIVE_SUBJECTS);
        if (patient >= 0) return inherit([patient]);
        if (headToken.deprel === "acl" && headToken.head >= 0) return inherit([headToken.head]);
      }
      // "lashed out at Washington for supplying…", "angry with Berlin for blocking…": the one blamed acts.
      const blamed = markWord === "for" && object < 0 ? blamedOblique(tree, head, predicate) : -1;
      if (blamed >= 0) return inherit([blamed]);
      // "sanctioned the head of NSPK, which runs Mir, saying…": a participle after the comma that closes a relative
      // clause belongs to the clause the relative clause's noun is in, whatever the parse attached it to.
      if (headToken.deprel === "acl:relcl" && (tree.tokens[predicate - 1] as Token | undefined)?.lower === ",") {
        const outer = governingVerb(tree, headToken.head);
        return outer >= 0 ? inheritedFromClause(tree, outer, depth + 1) : [];
      }
      // A finite adverbial clause has a subject of its own; without one ("…and in March Russia annexed Crimea",
      // parsed with "Russia" elsewhere) the parse has lost it, and the main clause's subject would be a guess.
      if (FINITE_TAGS.has(token.xpos)) return [];
      return headToken.upos === "VERB" || headToken.upos === "AUX" || headToken.upos === "ADJ" ? fromHead() : [];
    }
    case "conj":
      // "…, and the embassy is engaged in talks with…": a conjunct with a subject of its own, even a passive one that
      // names no actor, takes none from the first.
      if (tree.childWith(predicate, PASSIVE_SUBJECTS) >= 0) return [];
      return headToken.upos === "VERB" || headToken.upos === "AUX" || headToken.upos === "ADJ" ? fromHead() : [];
    case "ccomp":
      // "denies having any plan…": a bare gerund complement without a subject of its own is the main subject's; a
      // finite one ("said that … were applying") has lost its subject to the parse.
      return token.xpos === "VBG" && tree.childWith(predicate, FINITE_MARKERS) < 0 ? fromHead() : [];
    case "acl":
      // "passed a resolution condemning Russia", "the EU's statement urging…": a document speaks for its author, its
      // owner or else the subject of the clause it is the object of.
      if (token.xpos === "VBG" && DOCUMENTS.has(nounLemma(headToken.lower))) {
        const owner = tree.childWith(head, OWNERS);
        if (owner >= 0) return inherit([owner]);
        const verb = headToken.head;
        return verb >= 0 && DOCUMENT_SLOTS.has(headToken.deprel) && AUTHORING.has((tree.tokens[verb] as Token).lemma)
          ? inheritedFromClause(tree, verb, depth)
          : [];
      }
      if (token.xpos === "VBG") return inherit([head]);
      // "Russia's plan to attack", "made the decision to invade": the noun's owner, else the subject of its clause.
      if (token.xpos === "VB" && headToken.upos === "NOUN") {
        const owner = nounOwner(tree, head);
        // An owner the article does not name ("its commitment to punish") still owns it: no subject then.
        if (owner >= 0) return inherit([owner]);
        return headToken.head >= 0 && (headToken.deprel === "obj" || headToken.deprel.startsWith("nsubj"))
          ? inheritedFromClause(tree, headToken.head, depth)
          : [];
      }
      return [];
    default:
      return [];
  }
}

/** Nouns of an act someone undertakes, whose infinitive is that someone's ("U.S. efforts to investigate"). */
const ACT_NOUNS = new Set([
  "effort",
  "plan",
  "attempt",
  "bid",
  "move",
  "decision",
  "campaign",
  "push",
  "drive",
  "initiative",
  "intention",
  "commitment",
  "pledge",
  "readiness",
  "determination",
  "willingness",
  "refusal",
  "failure",
]);

/**
 * The owner of a noun: its possessor ("Russia's plan"), else, for a noun of an act undertaken, a name or a capitalised
 * adjective before it ("U.S. efforts", "the American effort"; not "the first GOP presidential candidate"), or -1.
 */
function nounOwner(tree: ArticleTree, noun: number): number {
  const possessor = tree.childWith(noun, OWNERS);
  if (possessor >= 0 || !ACT_NOUNS.has(nounLemma((tree.tokens[noun] as Token).lower))) return possessor;
  return (
    tree.children(noun).find((child) => {
      const token = tree.tokens[child] as Token;
      return child < noun && token.capitalised && (token.deprel === "compound" || token.deprel === "amod");
    }) ?? -1
  );
}

/** The owner of a noun of an act undertaken ("U.S. efforts", "Finland's decision to join"), or -1 for other nouns. */
export function actOwner(tree: ArticleTree, noun: number): number {
  return ACT_NOUNS.has(nounLemma((tree.tokens[noun] as Token).lower)) ? nounOwner(tree, noun) : -1;
}

/** The nearest verb above a noun ("the head of the bank" → the verb the head is an argument of), or -1. */
export function governingVerb(tree: ArticleTree, noun: number): number {
  let at = noun;
  for (let step = 0; step < 6 && at >= 0; step++) {
    const token = tree.tokens[at] as Token;
    if (token.upos === "VERB") return at;
    at = token.head;
  }
  return -1;
}

/** The subjects of the clause headed by `predicate` (its own, else inherited), as inherited arguments. */
function inheritedFromClause(tree: ArticleTree, predicate: number, depth: number): ClauseArgument[] {
  const own = ownArguments(tree, predicate, isPassive(tree, predicate)).filter((a) => a.role === "subject");
  return own.length > 0 ? own.map((a) => ({ ...a, inherited: true })) : inheritedSubjects(tree, predicate, depth + 1);
}

/** A verb's clause. */
function verbClause(tree: ArticleTree, lexicon: EventLexicon, predicate: number): Clause {
  const token = tree.tokens[predicate] as Token;
  const passive = isPassive(tree, predicate);
  const args = ownArguments(tree, predicate, passive);
  // A passive with a patient of its own and no agent leaves its agent unsaid: the clause above does not give it ("will
  // not attend the inauguration while Ukrainians are being killed": the diplomats kill no one).
  const agentless = passive && tree.childWith(predicate, PASSIVE_SUBJECTS) >= 0;
  if (!agentless && !args.some((a) => a.role === "subject")) args.push(...inheritedSubjects(tree, predicate, 0));
  if (passive && token.deprel === "acl" && token.head >= 0) {
    for (const head of spreadConjuncts(tree, token.head))
      args.push({ head, role: "object", preposition: "", inherited: true });
  }
  const after = new Set<string>();
  const written = new Set<string>();
  const before = new Set<string>();
  let particle = "";
  const adverbs = new Set<string>();
  for (const child of tree.children(predicate)) {
    const deprel = (tree.tokens[child] as Token).deprel;
    if (deprel === "compound:prt" || deprel === "advmod") adverbs.add((tree.tokens[child] as Token).lower);
    // A date says when, not what ("called Zelensky on Monday" is no "call on"): it feeds no pattern words.
    if (
      child > predicate &&
      PATTERN_CHILDREN.has(deprel.split(":")[0] as string) &&
      !(tree.tokens[child] as Token).inDate
    )
      addPhraseWords(tree, child, after, written);
    else if (child < predicate && deprel !== "punct") addPhraseWords(tree, child, before);
    if (deprel === "compound:prt") {
      particle ||= (tree.tokens[child] as Token).lower;
      after.add((tree.tokens[child] as Token).lower);
      written.add((tree.tokens[child] as Token).lower);
    }
  }
  return {
    predicate,
    lemma: lexicon.verbLemma(token.lower),
    kind: "verb",
    passive,
    arguments: args,
    complements: tree.childrenWith(predicate, COMPLEMENTS),
    after,
    written,
    before,
    particle,
    adverbs,
  };
}

/** Event nouns that, after "in", say how the clause's subject acts ("in support of", "in cooperation with"). */
const MANNER_EVENTS = new Set(["support", "solidarity", "cooperation", "coordination", "partnership"]);

/** An event noun's clause: possessor, demonym or compound as subject; "of", "on", "against"… phrases as objects. */
function nounClause(tree: ArticleTree, predicate: number, lemma: string): Clause {
  const args: ClauseArgument[] = [];
  for (const child of tree.children(predicate)) {
    const token = tree.tokens[child] as Token;
    // The owner of the event ("Russia's invasion", "US sanctions"), or the subject of a predicate noun ("NATO
    // expansion is a threat").
    if ((child < predicate && NOMINAL_SUBJECTS.has(token.deprel)) || token.deprel === "nsubj") {
      for (const h of spreadConjuncts(tree, child))
        args.push({ head: h, role: "subject", preposition: "", inherited: false });
    } else if (NOMINAL_OBJECTS.has(token.deprel.split(":")[0] as string) && child > predicate) {
      const preposition = prepositionOf(tree, child);
      const role: ArgumentRole = preposition === "by" || preposition === "from" ? "subject" : "oblique";
      for (const h of spreadConjuncts(tree, child)) args.push({ head: h, role, preposition, inherited: false });
    }
  }
  // "passed a resolution in support of Ukraine", "acted in solidarity with Kyiv": an act of support named as the manner
  // of another is by that clause's subject.
  if (!args.some((a) => a.role === "subject") && MANNER_EVENTS.has(lemma) && prepositionOf(tree, predicate) === "in") {
    const verb = governingVerb(tree, (tree.tokens[predicate] as Token).head);
    if (verb >= 0) args.push(...inheritedFromClause(tree, verb, 0));
  }
  args.push(
    ...impliedHolders(tree, predicate, lemma, args, {
      subjectsOf: (verb) => inheritedFromClause(tree, verb, 0),
      argumentsOf: (verb) => ownArguments(tree, verb, false),
      prepositionOf: (i) => prepositionOf(tree, i),
    }),
  );
  const after = new Set<string>();
  const written = new Set<string>();
  for (const child of tree.children(predicate)) if (child > predicate) addPhraseWords(tree, child, after, written);
  return {
    predicate,
    lemma,
    kind: "noun",
    passive: false,
    arguments: args,
    complements: [],
    after,
    written,
    before: new Set(),
    particle: "",
    adverbs: new Set(),
  };
}

/**
 * Predicate adjectives that carry an act, with the verb they stand for and the preposition of its target ("was
 * critical of Berlin" criticises it, "is grateful to Britain" thanks it, "is supportive of Kyiv" supports it).
 */
const ADJECTIVE_ACTS: ReadonlyMap<string, { verb: string; preposition: string }> = new Map([
  ["critical", { verb: "criticize", preposition: "of" }],
  ["grateful", { verb: "thank", preposition: "to" }],
  ["thankful", { verb: "thank", preposition: "to" }],
  ["supportive", { verb: "support", preposition: "of" }],
]);
const COPULAS = new Set(["cop"]);

/** The clause of a predicate adjective that carries an act, read as its verb with the target as the object. */
function adjectiveClause(tree: ArticleTree, lexicon: EventLexicon, predicate: number): Clause | null {
  const act = ADJECTIVE_ACTS.get((tree.tokens[predicate] as Token).lower);
  if (!act || tree.childWith(predicate, COPULAS) < 0) return null;
  const clause = verbClause(tree, lexicon, predicate);
  return {
    ...clause,
    lemma: act.verb,
    arguments: clause.arguments.map((a) =>
      a.role === "oblique" && a.preposition === act.preposition ? { ...a, role: "object", preposition: "" } : a,
    ),
  };
}

/** The clauses of one sentence, in text order. */
export function findClauses(tree: ArticleTree, lexicon: EventLexicon, sentence: Sentence): Clause[] {
  const clauses: Clause[] = [];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const token = tree.tokens[i] as Token;
    if (token.upos === "VERB") clauses.push(verbClause(tree, lexicon, i));
    else if (token.upos === "ADJ") {
      const clause = adjectiveClause(tree, lexicon, i);
      if (clause) clauses.push(clause);
    } else if (token.upos === "NOUN") {
      const lemma = nounLemma(token.lower);
      if (NOMINAL_EVENTS.has(lemma)) clauses.push(nounClause(tree, i, lemma));
      else {
        // "an aid package for Ukraine", "a sanctions regime against Russia": the compound names the event.
        const compound = tree
          .childrenWith(i, COMPOUNDS)
          .find((c) => NOMINAL_EVENTS.has(nounLemma((tree.tokens[c] as Token).lower)));
        if (compound !== undefined)
          clauses.push(nounClause(tree, i, nounLemma((tree.tokens[compound] as Token).lower)));
      }
    }
  }
  return clauses;
}
