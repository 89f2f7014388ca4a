// Whether a statement is asserted, read off the tree from its predicate upwards (ANNOTATION.md, "forbidden"):
// negation on its own clause ("did not attack"); a condition only on the clause under "if / unless" and on material
// acts that depend on it ("will impose sanctions if Russia invades"), never on the speech act that states it ("warned
// of military action if…"); modals of possibility; questions; and the clauses under verbs and nouns that deny, allege,
// demand, fear, plan or threaten an act ("denies having any plan to attack", "accused Russia of planning an invasion",
// "demands that NATO reject", "the threat of an invasion"): none of these asserts the act. Future "will" asserts a firm
// plan. The walk stops at the clause that reports speech: what a speaker says is the speaker's, and asserted as said.

import type { RelationType } from "../../../graph-schema/index.ts";
import type { Token } from "../../nlp/analyze-text.ts";
import { nounLemma, OBJECT_CONTROL_MARKS, prepositionOf } from "../clauses/find-clauses.ts";
import type { EventLexicon } from "../lexicon/event-lexicon.ts";
import { isStoppingVerb } from "../lexicon/nominal-events.ts";
import { ALLEGATION_VERBS, DENIAL_VERBS, SPEECH_VERBS } from "../lexicon/newsgraph-verb-events.ts";
import type { ArticleTree } from "../syntax/article-tree.ts";
import { closesQuotation, opensQuotation } from "../statements/quote-spans.ts";
import type { Statement } from "../statements/statement.ts";

const NEGATORS = new Set(["not", "n't", "never", "no", "neither", "nor", "nowhere"]);
const POSSIBILITY_MODALS = new Set(["could", "might", "may", "would", "should", "must", "can", "ought", "shall"]);
const CONDITIONS = new Set(["if", "unless", "whether", "lest", "once", "in case"]);
/** Heads under which an act is only intended, wanted, demanded or feared. */
const UNREALISED_HEADS = new Set([
  "plan",
  "intend",
  "want",
  "wish",
  "seek",
  "try",
  "attempt",
  "aim",
  "hope",
  "prepare",
  "consider",
  "threaten",
  "vow",
  "pledge",
  "promise",
  "offer",
  "propose",
  "demand",
  "urge",
  "encourage",
  "persuade",
  "convince",
  "invite",
  "call",
  "ask",
  "press",
  "appeal",
  "insist",
  "warn",
  "fear",
  "risk",
  "expect",
  "predict",
  "prevent",
  "avoid",
  "deter",
  "stop",
  "ready",
  "able",
  "willing",
  "prepared",
  "interested",
  "eager",
  "keen",
  "determined",
  "reluctant",
  "unwilling",
  "hesitant",
  "likely",
  "possible",
  "poised",
  "set",
  "need",
  "necessary",
  "essential",
  "vital",
  "decide",
  "agree",
  "refuse",
  "decline",
  "fail",
  "task",
  // Joining up or conspiring to do something states the purpose, not the deed ("teamed up to invade"); not "plot",
  // whose object is often the deed done ("plotting his invasion").
  "team",
  "conspire",
  "collude",
  "unite",
  "itch",
  // A blocked act is not done ("blocked new EU sanctions", "vetoed the aid").
  "block",
  "veto",
  "obstruct",
  "torpedo",
  "derail",
]);
/** Heads of an attempt: what is attempted by force is being done, whatever its outcome. */
const ATTEMPTS = new Set(["try", "attempt"]);
/** Acts of force, which an attempt carries out. */
const FORCEFUL: ReadonlySet<RelationType> = new Set(["ATTACK", "FIGHT", "COERCE"]);
/** Nouns whose complement is an unrealised act ("the threat of an invasion", "plans to attack"). */
const UNREALISED_NOUNS = new Set([
  "chance",
  "hope",
  "option",
  "threat",
  "fear",
  "risk",
  "possibility",
  "prospect",
  "plan",
  "pretext",
  "scenario",
  "danger",
  "intention",
  "attempt",
  "bid",
  "demand",
  "call",
  "warning",
  "accusation",
  "allegation",
  "claim",
  "denial",
  "readiness",
  "preparation",
  "decision",
  "right",
  "ability",
  "capacity",
  "capability",
  "permission",
  "authority",
  "willingness",
  "ambition",
  "desire",
  "appetite",
  "eagerness",
  "wish",
  "goal",
  "aim",
  "idea",
  "proposal",
  "offer",
  "request",
  "suggestion",
]);
/** Adjectives of readiness whose complement is not yet done ("open to talks", "amenable to negotiating"). */
const OPEN_ADJECTIVES = new Set(["open", "amenable", "receptive"]);
/** Modifiers of an event noun that leave it unrealised ("a looming invasion", "a possible attack"). */
const UNREALISED_MODIFIERS = new Set([
  "looming",
  "possible",
  "potential",
  "planned",
  "threatened",
  "imminent",
  "feared",
  "future",
  "likely",
  "proposed",
  "hypothetical",
]);
const REFUSALS = new Set(["refuse", "decline", "fail"]);
/** Acts that communicate: a condition is part of their message, not a doubt about them. */
const SPEECH_ACTS: ReadonlySet<RelationType> = new Set([
  "WARN",
  "THREATEN",
  "ACCUSE",
  "CRITICIZE",
  "DEMAND",
  "APPEAL",
  "REJECT",
  "DENY",
  "PRAISE",
  "SUPPORT",
]);
/** Acts a commitment asserts rather than leaves open ("pledged to support Ukraine"). */
const COOPERATIVE: ReadonlySet<RelationType> = new Set(["SUPPORT", "AID", "AGREE", "COOPERATE", "MEET", "NEGOTIATE"]);
/** Verbs that commit to a cooperative act (not "offer": an offer to talk is not yet a commitment to). */
const COMMITMENTS = new Set(["pledge", "promise", "vow", "agree", "decide", "continue"]);
const EMBEDDINGS = new Set(["xcomp", "ccomp", "advcl", "acl", "csubj", "nmod", "obl", "conj", "obj"]);

/** Whether the verb at `head` stops what it takes ("suspended", "broke off"). */
function stops(tree: ArticleTree, head: number, lemma: string): boolean {
  return isStoppingVerb(
    lemma,
    tree.children(head).some((c) => (tree.tokens[c] as Token).lower === "off"),
  );
}

/** Nouns that, after "in", make a condition of what they are of ("in the event of", "in case of"). */
const CONDITION_NOUNS = new Set(["event", "case"]);

/** Prepositions whose event noun is presupposed: a reason, a cause or a time. */
const PRESUPPOSING = new Set(["over", "after", "since", "following", "amid", "despite", "because"]);

/** Subordinators of an adverbial clause that happened: a time, a reason or a concession ("after meeting Scholz"). */
const FACTUAL_SUBORDINATORS = new Set([...PRESUPPOSING, "while", "as", "although", "though"]);

/** Whether the adverbial clause at `clause` is introduced by a subordinator of something that happened. */
function factualAdverbial(tree: ArticleTree, clause: number): boolean {
  return tree.children(clause).some((child) => {
    const token = tree.tokens[child] as Token;
    return token.deprel === "mark" && FACTUAL_SUBORDINATORS.has(token.lower);
  });
}

const DEFINITE_DETERMINERS = new Set(["the", "this", "that", "these", "those", "its", "their", "his", "her", "our"]);

/** Whether a noun phrase is definite: a possessor or a definite determiner ("Putin's invasion", "the attack"). */
function isDefinite(tree: ArticleTree, noun: number): boolean {
  return tree.children(noun).some((child) => {
    const token = tree.tokens[child] as Token;
    return token.deprel === "nmod:poss" || (token.deprel === "det" && DEFINITE_DETERMINERS.has(token.lower));
  });
}

/** Auxiliaries of "has yet to", "is yet to": what is yet to be done is not done. */
const YET_TO_AUXILIARIES = new Set(["has", "have", "had", "is", "are", "was", "were"]);

/** Whether the predicate is yet to happen ("Trump has yet to back Ukraine", "Germany is yet to deliver tanks"). */
function isYetTo(tree: ArticleTree, predicate: number): boolean {
  const children = tree.children(predicate).map((child) => tree.tokens[child] as Token);
  return (
    children.some((t) => t.lower === "yet" && t.deprel === "advmod") &&
    children.some((t) => t.lower === "to" && t.deprel === "mark") &&
    children.some((t) => YET_TO_AUXILIARIES.has(t.lower) && (t.deprel === "aux" || t.deprel === "cop"))
  );
}

function isNegated(tree: ArticleTree, predicate: number): boolean {
  if (isYetTo(tree, predicate)) return true;
  for (const child of tree.children(predicate)) {
    const token = tree.tokens[child] as Token;
    if (
      NEGATORS.has(token.lower) &&
      !notOnly(tree, child) &&
      (token.deprel === "advmod" || token.deprel === "det" || token.deprel === "cc:preconj")
    )
      return true;
    // "Neither Russia nor China are entrusting him": a subject opened by "neither" negates its clause.
    if (
      token.deprel.startsWith("nsubj") &&
      tree.children(child).some((c) => (tree.tokens[c] as Token).lower === "neither")
    )
      return true;
  }
  return false;
}

/** "has not only amassed troops but also…": "not only" adds, it does not negate. */
function notOnly(tree: ArticleTree, negator: number): boolean {
  const next = tree.tokens[negator + 1] as Token | undefined;
  const after = next?.pos === "SPACE" ? (tree.tokens[negator + 2] as Token | undefined) : next;
  return (tree.tokens[negator] as Token).lower === "not" && after?.lower === "only";
}

function hasModal(tree: ArticleTree, predicate: number): boolean {
  for (const child of tree.children(predicate)) {
    const token = tree.tokens[child] as Token;
    if ((token.deprel === "aux" || token.deprel === "aux:pass") && POSSIBILITY_MODALS.has(token.lower)) return true;
  }
  return false;
}

const FUTURE_AUXILIARIES = new Set(["will", "'ll", "shall"]);

/** Whether the predicate is in the future tense ("will be needed"). */
function hasFuture(tree: ArticleTree, predicate: number): boolean {
  return tree.children(predicate).some((child) => {
    const token = tree.tokens[child] as Token;
    return token.deprel.startsWith("aux") && FUTURE_AUXILIARIES.has(token.lower);
  });
}

function conditionOf(tree: ArticleTree, predicate: number): boolean {
  for (const child of tree.children(predicate)) {
    const token = tree.tokens[child] as Token;
    if (token.deprel === "mark" && CONDITIONS.has(token.lower)) return true;
  }
  return whInfinitive(tree, predicate);
}

/** Question words that, before "to", make an infinitive a question ("weighed where to send troops"). */
const WH_WORDS = new Set(["how", "where", "when", "what", "which", "who", "whom"]);

/**
 * Whether the predicate is an infinitive asked about: "weighed where to send troops", "discussed how to help
 * Ukraine". What is being decided is not done, whatever decides it (the parse hangs the question word on the
 * infinitive, or takes it for the object the infinitive modifies).
 */
function whInfinitive(tree: ArticleTree, predicate: number): boolean {
  const token = tree.tokens[predicate] as Token;
  const to = tree
    .children(predicate)
    .find((c) => (tree.tokens[c] as Token).lower === "to" && (tree.tokens[c] as Token).deprel === "mark");
  if (to === undefined) return false;
  const wh = (i: number): boolean => i >= 0 && i < to && WH_WORDS.has((tree.tokens[i] as Token).lower);
  if (tree.children(predicate).some(wh)) return true;
  return token.deprel === "acl" && wh(token.head);
}

/** Whether the predicate heads a material act made conditional by an "if" clause under it. */
function conditionalMain(tree: ArticleTree, predicate: number): boolean {
  for (const child of tree.children(predicate)) {
    if ((tree.tokens[child] as Token).deprel === "advcl" && conditionOf(tree, child)) return true;
  }
  return false;
}

/** Nouns of a plan, which an act named in their compound is only the content of ("a loan proposal for Kenya"). */
const PLAN_NOUNS = new Set(["plan", "proposal", "draft", "scheme", "blueprint", "initiative"]);

/** Whether the act is named by a plan noun's compound ("the World Bank loan proposal for Kenya"): only planned. */
function plannedOnly(tree: ArticleTree, scope: number): boolean {
  const token = tree.tokens[scope] as Token;
  return token.upos === "NOUN" && PLAN_NOUNS.has(nounLemma(token.lower));
}

/** Verbs that list what their subject holds ("possible next steps include talks between…"). */
const LISTING_VERBS = new Set(["include", "involve", "comprise", "feature", "range"]);
const SUBJECTS = new Set(["nsubj", "nsubj:pass"]);

/**
 * Whether the verb at `head` lists what an unrealised subject holds: "possible next steps include talks", "the
 * scenarios under study involve a summit", "options range from sanctions to…".
 */
function listsUnrealised(tree: ArticleTree, head: number, lemma: string): boolean {
  if (!LISTING_VERBS.has(lemma) && !joinsForces(tree, head, lemma)) return false;
  if (!LISTING_VERBS.has(lemma)) return true;
  const unrealised = (noun: number): boolean => {
    const token = tree.tokens[noun] as Token;
    return unrealisedModifier(tree, noun) || (token.upos === "NOUN" && UNREALISED_NOUNS.has(nounLemma(token.lower)));
  };
  return tree.childrenWith(head, SUBJECTS).some((subject) => {
    if (unrealised(subject)) return true;
    // "the list of possible steps includes…": a container's "of" phrase holds what it lists.
    const lower = nounLemma((tree.tokens[subject] as Token).lower);
    return CONTAINERS.has(lower) && tree.childrenWith(subject, NOMINAL_MODIFIERS).some(unrealised);
  });
}

/** Nouns that only hold what their "of" phrase names ("the list of possible steps", "a range of options"). */
const CONTAINERS = new Set(["list", "set", "range", "menu", "array", "series", "number"]);
const NOMINAL_MODIFIERS = new Set(["nmod"]);

/** Whether the verb joins forces or hands, which states a purpose ("joined forces to invade"). */
function joinsForces(tree: ArticleTree, head: number, lemma: string): boolean {
  if (lemma !== "join") return false;
  return tree.children(head).some((c) => {
    const token = tree.tokens[c] as Token;
    return token.deprel === "obj" && (token.lower === "forces" || token.lower === "hands");
  });
}

function unrealisedModifier(tree: ArticleTree, predicate: number): boolean {
  if ((tree.tokens[predicate] as Token).upos !== "NOUN") return false;
  return tree.children(predicate).some((child) => {
    const token = tree.tokens[child] as Token;
    return token.deprel === "amod" && UNREALISED_MODIFIERS.has(token.lower.replace(/^ever-/, ""));
  });
}

/**
 * Whether an event noun stands alone in quotation marks ('described it as Russia's "invasion"'): a word quoted as
 * someone's, which the article does not make its own.
 */
function scareQuoted(tree: ArticleTree, noun: number): boolean {
  const token = tree.tokens[noun] as Token;
  if (token.upos !== "NOUN") return false;
  const near = (from: number, step: number): Token | undefined => {
    for (let i = from + step; i >= 0 && i < tree.tokens.length; i += step) {
      const candidate = tree.tokens[i] as Token;
      if (candidate.pos !== "SPACE") return candidate;
    }
    return undefined;
  };
  const before = near(noun, -1);
  const after = near(noun, 1);
  // Single quotes too: scare quotes are often single ("Russia's ‘special military operation’").
  const opens = (text: string): boolean => opensQuotation(text) || text === "\u2018" || text === "'";
  const closes = (text: string): boolean => closesQuotation(text) || text === "\u2019" || text === "'";
  return before !== undefined && after !== undefined && opens(before.text) && closes(after.text);
}

function isQuestion(tree: ArticleTree, predicate: number): boolean {
  let root = predicate;
  for (let steps = 0; steps < 50 && (tree.tokens[root] as Token).head >= 0; steps++)
    root = (tree.tokens[root] as Token).head;
  for (const child of tree.children(root)) if ((tree.tokens[child] as Token).text === "?") return true;
  return false;
}

/**
 * The word governing `i`: its head, except that a gerund "of", "for", "against"… hung on the object of a verb ("accused the
 * United States of attacking Belarus", parsed as a clause of "States") is governed by that verb.
 */
function governorOf(tree: ArticleTree, i: number): number {
  const token = tree.tokens[i] as Token;
  if (token.deprel !== "acl" || token.head < 0) return token.head;
  const object = tree.tokens[token.head] as Token;
  const marked = tree.children(i).some((c) => OBJECT_CONTROL_MARKS.has((tree.tokens[c] as Token).lower));
  return marked && (object.deprel === "obj" || object.deprel === "nsubj:pass") && object.head >= 0
    ? object.head
    : token.head;
}

/** Sets `negated` and `hypothetical` on each statement. */
export function applyModality(tree: ArticleTree, lexicon: EventLexicon, statements: Statement[]): void {
  for (const statement of statements) {
    let negated = isNegated(tree, statement.scope);
    let hypothetical =
      hasModal(tree, statement.scope) ||
      conditionOf(tree, statement.scope) ||
      unrealisedModifier(tree, statement.scope) ||
      scareQuoted(tree, statement.scope) ||
      (statement.eventNoun !== undefined && unrealisedModifier(tree, statement.eventNoun)) ||
      plannedOnly(tree, statement.scope);
    if (!SPEECH_ACTS.has(statement.type) && conditionalMain(tree, statement.scope)) hypothetical = true;
    if (statement.origin !== "speech" && isQuestion(tree, statement.scope)) hypothetical = true;
    // An event named indefinitely as the subject of a clause takes that clause's mood: "a Russian invasion would be a
    // disaster"; a definite one is presupposed ("Putin's invasion must fail", "the invasion would end").
    const scopeToken = tree.tokens[statement.scope] as Token;
    if (
      scopeToken.upos === "NOUN" &&
      scopeToken.deprel.startsWith("nsubj") &&
      scopeToken.head >= 0 &&
      !isDefinite(tree, statement.scope)
    ) {
      if (hasModal(tree, scopeToken.head) || conditionOf(tree, scopeToken.head)) hypothetical = true;
    }
    let current = statement.scope;
    const presupposed = scopeToken.upos === "NOUN";
    for (let steps = 0; steps < 12; steps++) {
      const token = tree.tokens[current] as Token;
      const head = governorOf(tree, current);
      // An event in apposition to the noun that names it ("the worst scenario: a Russian attack") is that noun's.
      const restated = token.deprel === "appos" && current === statement.scope;
      if (head < 0 || !(EMBEDDINGS.has(token.deprel.split(":")[0] as string) || restated)) break;
      // A participle on a noun is no part of what the noun plans or fears ("a decision welcomed by the United
      // States": the welcome is not decided).
      if (token.deprel === "acl" && token.xpos === "VBN" && tree.tokens[head]?.upos === "NOUN") break;
      // An event given as a reason or a time ("refused to join sanctions over its invasion", "after the attack") is
      // presupposed: what governs the phrase does not reach it.
      if (token.upos === "NOUN" && PRESUPPOSING.has(prepositionOf(tree, current))) break;
      // So is a clause of time, reason or concession ("after meeting Scholz, Biden warned…"), whatever its head says.
      // Under a future or a modal, such a clause is as open as its head ("…will be needed as Ukraine expels Russia").
      if (token.deprel.startsWith("advcl") && factualAdverbial(tree, current)) {
        if (hasModal(tree, head) || hasFuture(tree, head)) hypothetical = true;
        break;
      }
      const headToken = tree.tokens[head] as Token;
      // A gerund tagged as a noun ("denied planning to invade") is read as its verb.
      const headLemma =
        headToken.upos === "VERB" || headToken.upos === "AUX" || headToken.lower.endsWith("ing")
          ? lexicon.verbLemma(headToken.lower, UNREALISED_HEADS)
          : nounLemma(headToken.lower);
      // "called Russia's aggression a war": what is called something is named, not called for.
      const naming = headLemma === "call" && token.deprel === "obj";
      // Reported speech: what is said is attributed, not doubted.
      if (SPEECH_VERBS.has(headLemma) && !ALLEGATION_VERBS.has(headLemma)) break;
      if (token.deprel === "conj") {
        current = head;
        continue;
      }
      // Refusing or negating an act does not reach an adverbial clause beside it ("refused to join the sanctions,
      // though Serbia has condemned the aggression") nor an event a noun names below it ("refused to join Western
      // sanctions": the sanctions stand).
      const adverbial = token.deprel.startsWith("advcl");
      // "denied the accusations": the object of a denial is what is denied only when an act lies under it
      // ("denied planning to invade", "denied reports that troops had crossed").
      if (DENIAL_VERBS.has(headLemma) && (token.deprel !== "obj" || current !== statement.scope)) {
        negated = true;
        hypothetical = true;
      } else if (stops(tree, head, headLemma) && token.deprel === "obj") negated = true;
      // "suspended its military cooperation with Russia": a stopped act is not going on.
      else if (ALLEGATION_VERBS.has(headLemma)) hypothetical = true;
      else if (REFUSALS.has(headLemma)) negated ||= !presupposed && !adverbial;
      else if (UNREALISED_HEADS.has(headLemma) && !naming) {
        const kept = COMMITMENTS.has(headLemma) && COOPERATIVE.has(statement.type);
        // "Russian forces are trying to break the resistance": an attempted assault is an assault under way.
        const attempted = ATTEMPTS.has(headLemma) && FORCEFUL.has(statement.type);
        if (!kept && !attempted) hypothetical = true;
      } else if (UNREALISED_NOUNS.has(headLemma) && !naming) hypothetical = true;
      // "is open to negotiating with Iran": an adjective of readiness (not the verb: "opened talks").
      else if (headToken.upos === "ADJ" && OPEN_ADJECTIVES.has(headToken.lower)) hypothetical = true;
      else if (
        headToken.upos === "VERB" &&
        listsUnrealised(tree, head, lexicon.verbLemma(headToken.lower, LISTING_VERBS))
      )
        hypothetical = true;
      // "in the event of an attack", "in case of war": a condition.
      else if (CONDITION_NOUNS.has(headLemma) && prepositionOf(tree, head) === "in") hypothetical = true;
      // A negated verb does not negate the event a noun under it names ("has not joined the EU sanctions").
      const throughNoun = (tree.tokens[current] as Token).upos === "NOUN";
      if (isNegated(tree, head) && !throughNoun && !presupposed && !adverbial) negated = !negated;
      if (hasModal(tree, head) || conditionOf(tree, head)) hypothetical = true;
      current = head;
    }
    statement.negated = negated || statement.contentNegated === true;
    statement.hypothetical = hypothetical;
  }
}
