// Finds the arguments of a cue inside its sentence without a parser: the nearest subject mention to the left
// (skipping objects of verbs and prepositions, following "who"), the first object mention to the right (through the
// cue's prepositions or its "that"-clause), and coordinated lists on either side ("the US, NATO and the EU").

import type { Sentence, Token } from "../nlp/analyze-text.ts";
import type { Mention } from "./find-mentions.ts";
import { isClaimNoun } from "./reported-content.ts";
import { SPEECH_VERBS } from "./relation-lexicon.ts";
import { commonNounSubject, demonymForces, infinitiveOwner, pronounSubjectAt } from "./subject-clues.ts";

/** Per-sentence view of tokens and mentions used by the argument finders. */
export interface SentenceView {
  sentence: Sentence;
  tokens: readonly Token[];
  mentions: readonly Mention[];
  /** Token index → index into `mentions` of the mention ending right after it (tokenEnd - 1), or -1. */
  endingAt: ReadonlyMap<number, number>;
  /** Token index → index into `mentions` of the mention starting at it, or -1. */
  startingAt: ReadonlyMap<number, number>;
  /** 1 for tokens inside a mention, indexed from the sentence's first token. */
  covered: Uint8Array;
}

export interface Argument {
  mentions: Mention[];
  /** True when found across a clause boundary or a relative pronoun (lower confidence). */
  indirect: boolean;
}

/** Conjunctions that open a clause of their own: neither a subject nor an object is looked for across them. */
const CLAUSE_CONJUNCTIONS = ["if", "because", "although", "though", "while", "unless", "but"];
const SUBJECT_BARRIERS = new Set([";", ":", "“", "”", '"', ...CLAUSE_CONJUNCTIONS, "whether", "however"]);
/** Subordinators that open a new clause with its own subject ("X meets Y as EU leaders warn Russia"). */
const CLAUSE_OPENERS = new Set(["as", "when", "after", "before", "since", "until", "once"]);
const OBJECT_BARRIERS = new Set([
  ".",
  ";",
  ":",
  "–",
  "—",
  ...CLAUSE_CONJUNCTIONS,
  "as",
  "when",
  "after",
  "before",
  "since",
  "who",
  "which",
  "whereas",
  "despite",
  "amid",
  "so",
]);
const OBJECT_SKIP_PREPS = new Set([
  "in",
  "at",
  "from",
  "near",
  "during",
  "by",
  "over",
  "since",
  "into",
  "about",
  "within",
  "across",
  "after",
]);
const RELATIVES = new Set(["who", "which"]);
const DETERMINERS = new Set(["the", "its", "their"]);
/** "Diplomats from Russia, Ukraine and France gathered…": people sent by the listed actors act for them. */
const DELEGATES = new Set([
  "diplomats",
  "officials",
  "delegations",
  "delegates",
  "representatives",
  "envoys",
  "leaders",
  "ministers",
  "negotiators",
]);
/** Nouns after which a demonym stands for its country as a target ("repelled a Russian attack"). */
const EVENT_NOUNS = new Set([
  "attack",
  "attacks",
  "offensive",
  "invasion",
  "advance",
  "assault",
  "aggression",
  "forces",
  "troops",
  "positions",
  "strikes",
  "city",
  "town",
  "village",
  "region",
  "capital",
  "border",
  "territory",
  "soil",
  "port",
  "concern",
  "concerns",
  "ambassador",
  "ambassadors",
  "envoy",
  "envoys",
  "diplomats",
  "embassy",
  "government",
  "authorities",
  "officials",
  "leadership",
]);
const QUOTE_MARKS = new Set(["“", "”", '"']);
/** Participles that work as prepositions and do not end the object's clause. */
const PARTICIPLE_PREPS = new Set(["including", "following", "regarding", "concerning"]);
/** How far (tokens) an object may be from its cue. */
const OBJECT_WINDOW_TOKENS = 12;

/** Whether token `k` lies inside one of the sentence's mentions. */
export function insideMention(view: SentenceView, k: number): boolean {
  return view.covered[k - view.sentence.tokenStart] === 1;
}

export function buildSentenceView(
  sentence: Sentence,
  tokens: readonly Token[],
  mentions: readonly Mention[],
): SentenceView {
  const endingAt = new Map<number, number>();
  const startingAt = new Map<number, number>();
  const covered = new Uint8Array(sentence.tokenEnd - sentence.tokenStart);
  mentions.forEach((mention, index) => {
    endingAt.set(mention.tokenEnd - 1, index);
    startingAt.set(mention.tokenStart, index);
    covered.fill(1, mention.tokenStart - sentence.tokenStart, mention.tokenEnd - sentence.tokenStart);
  });
  return { sentence, tokens, mentions, endingAt, startingAt, covered };
}

const isLinked = (mention: Mention): boolean => mention.actor >= 0;

/** Mentions coordinated to the left of `index` ("A, B and C" when `index` is C). */
export function coordinatedLeft(view: SentenceView, index: number): Mention[] {
  // "the European Union (EU) agree": a bracketed acronym stands for the name before it, which joins the list.
  const opening = (view.mentions[index] as Mention).tokenStart - 1;
  const named = view.tokens[opening]?.text === "(" ? view.endingAt.get(opening - 1) : undefined;
  if (named !== undefined && opening - 1 >= view.sentence.tokenStart) index = named;
  const list = [view.mentions[index] as Mention];
  let mention = view.mentions[index] as Mention;
  for (;;) {
    let k = mention.tokenStart - 1;
    if (DETERMINERS.has(view.tokens[k]?.lower ?? "") && !view.endingAt.has(k)) k--;
    const joiner = view.tokens[k];
    if (!joiner || (joiner.text !== "," && joiner.lower !== "and")) break;
    // "According to Ukrinform, the United States imposed…": a list's last member follows "and", not a bare comma.
    if (list.length === 1 && joiner.text === ",") break;
    k--;
    if (view.tokens[k]?.text === "," && joiner.lower === "and") k--;
    const previous = view.endingAt.get(k);
    if (previous === undefined || k < view.sentence.tokenStart) break;
    mention = view.mentions[previous] as Mention;
    list.unshift(mention);
  }
  return list.filter(isLinked);
}

/** Mentions coordinated to the right of `index` ("the US and its allies"). */
function coordinatedRight(view: SentenceView, index: number): Mention[] {
  const list = [view.mentions[index] as Mention];
  /** Per added member: whether "and" joined it. */
  const joiners: boolean[] = [];
  let mention = view.mentions[index] as Mention;
  for (;;) {
    let k = mention.tokenEnd;
    const joiner = view.tokens[k];
    if (!joiner || (joiner.text !== "," && joiner.lower !== "and")) break;
    k++;
    const joinedByAnd = joiner.lower === "and" || view.tokens[k]?.lower === "and";
    if (view.tokens[k]?.lower === "and") k++;
    if (["its", "their", "his", "her", "the"].includes(view.tokens[k]?.lower ?? "") && !view.startingAt.has(k)) k++;
    const next = view.startingAt.get(k);
    if (next === undefined || k >= view.sentence.tokenEnd) break;
    const candidate = view.mentions[next] as Mention;
    // "…warned Moscow, and the NATO chief condemned…": a mention followed by its verb opens a new clause.
    const after = view.tokens[candidate.tokenEnd];
    if (after && (after.pos === "VERB" || after.pos === "AUX")) break;
    mention = candidate;
    list.push(mention);
    joiners.push(joinedByAnd);
  }
  // "A, B and C" is a list; "of Ukraine, the United States would respond" is not: commas alone end at the first member.
  const closed = joiners.lastIndexOf(true);
  return list.slice(0, closed + 2).filter(isLinked);
}

/** The subject of a cue starting at token `cueStart`: nearest suitable mention to the left. */
export function findSubject(view: SentenceView, cueStart: number): Argument | null {
  const { tokens, sentence } = view;
  let indirect = false;
  // Object control: "called on Russia to withdraw", "urged Kyiv to negotiate": the object acts.
  if (tokens[cueStart - 1]?.lower === "to" && cueStart - 2 >= sentence.tokenStart) {
    const controller = view.endingAt.get(cueStart - 2);
    const mention = controller === undefined ? undefined : view.mentions[controller];
    const governor = mention ? tokens[mention.tokenStart - 1] : undefined;
    if (mention && isLinked(mention) && governor && (governor.pos === "VERB" || governor.lower === "on")) {
      return { mentions: coordinatedLeft(view, controller as number), indirect: true };
    }
  }
  const owner = infinitiveOwner(view, cueStart);
  if (owner !== "clause") return owner;
  if (commonNounSubject(view, cueStart)) return null;
  let passedVerb = false;
  for (let k = cueStart - 1; k >= sentence.tokenStart; k--) {
    const token = tokens[k] as Token;
    if (SUBJECT_BARRIERS.has(token.lower) || opensClause(tokens, k)) return null;
    // "the states that provide Ukraine with…": a "that" with no subject between it and the cue is a relative pronoun.
    if (token.lower === "that" && !passedVerb && tokens[k - 1]?.pos !== "VERB") {
      const antecedent = view.endingAt.get(k - 1);
      const mention = antecedent === undefined ? undefined : (view.mentions[antecedent] as Mention);
      return mention && isLinked(mention) ? { mentions: [mention], indirect: true } : null;
    }
    if (token.pos === "VERB") passedVerb = true;
    if (RELATIVES.has(token.lower)) {
      let m = k - 1;
      if (tokens[m]?.text === "," || tokens[m]?.text === "-" || tokens[m]?.text === "—") m--;
      const antecedent = view.endingAt.get(m);
      if (antecedent === undefined) return null;
      return { mentions: relativeAntecedents(view, antecedent), indirect: true };
    }
    // "how we assist Ukraine": the pronoun is the subject; after a verb ("Russia says it may…") it is that verb's subject.
    if (pronounSubjectAt(view, k)) return null;
    if (token.pos === "PRON") passedVerb = true;
    const index = view.endingAt.get(k);
    if (index === undefined) {
      if (token.lower === "that" && token.pos === "SCONJ") indirect = true;
      continue;
    }
    const mention = view.mentions[index] as Mention;
    if (mention.kind === "demonym") {
      // "the Soviet army captured…": the demonym's forces act for its country; another noun ("Russian fans") is no actor.
      const forces = demonymForces(view, mention, cueStart);
      if (forces !== "modifier") return forces && isLinked(forces) ? { mentions: [forces], indirect } : null;
      k = mention.tokenStart;
      continue;
    }
    let before = tokens[mention.tokenStart - 1];
    // "praised the Ukrainians": a determiner between a verb and the mention still leaves the mention governed.
    if (before?.pos === "DET" && mention.tokenStart - 2 >= sentence.tokenStart) {
      const governor = tokens[mention.tokenStart - 2];
      // "ambassador to the U.S. felt…" is governed; "the head of the EU", "after the US decided" are not.
      const preposition = governor?.pos === "ADP" && governor.lower !== "of" && !CLAUSE_OPENERS.has(governor.lower);
      if ((governor?.pos === "VERB" && !SPEECH_VERBS.has(governor.lemma)) || preposition) before = governor;
    }
    const after = tokens[mention.tokenEnd];
    // Objects of verbs and prepositions are not subjects; a clause after "said" is ("Peskov said Poland accused…").
    const governed =
      before !== undefined &&
      mention.tokenStart > sentence.tokenStart &&
      (before.pos === "ADP" || (before.pos === "VERB" && !SPEECH_VERBS.has(before.lemma)) || before.lower === "'s") &&
      before.lower !== "that";
    const possessor = after?.lower === "'s" || after?.lower === "’s";
    // "UN member states condemned…": the members act, not the organisation.
    if (after?.lower === "member" || after?.lower === "members") return null;
    if (governed || (possessor && mention.kind !== "pronoun")) {
      k = mention.tokenStart;
      continue;
    }
    if (!isLinked(mention)) return null;
    const list = coordinatedLeft(view, index);
    // "the broadside from Blinken and Stoltenberg targeted…": a governed list is no subject either.
    const head = list[0];
    const headBefore = head ? tokens[head.tokenStart - 1] : undefined;
    const delegates =
      headBefore?.lower === "from" && DELEGATES.has(tokens[head ? head.tokenStart - 2 : 0]?.lower ?? "");
    const listGoverned =
      headBefore && (headBefore.pos === "ADP" || (headBefore.pos === "VERB" && !SPEECH_VERBS.has(headBefore.lemma)));
    if (head && head !== mention && listGoverned && !delegates) {
      k = head.tokenStart;
      continue;
    }
    return { mentions: list, indirect };
  }
  return null;
}

/**
 * The actors a relative pronoun stands for: the coordinated list before it, or only its nearest member when the list
 * is the object of a preposition ("relations between the US and China, which has refused…").
 */
function relativeAntecedents(view: SentenceView, antecedent: number): Mention[] {
  const list = coordinatedLeft(view, antecedent);
  const head = list[0];
  let governor = head ? view.tokens[head.tokenStart - 1] : undefined;
  if (governor?.pos === "DET" && head) governor = view.tokens[head.tokenStart - 2];
  if (list.length > 1 && governor?.pos === "ADP") return list.slice(-1);
  return list;
}

/**
 * A subordinator that opens a clause with its own subject: "as" (not "such as", "as well as") and SCONJ "when",
 * "after"… ("Stoltenberg meets Zelensky as EU leaders warn Russia").
 */
function opensClause(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k] as Token;
  if (token.lower === "as") {
    const previous = tokens[k - 1]?.lower;
    return previous !== "such" && previous !== "well" && tokens[k + 1]?.lower !== "well";
  }
  return token.pos === "SCONJ" && CLAUSE_OPENERS.has(token.lower);
}

/** The object of a cue ending before token `cueEnd`, through `preps` or a "that"-clause when `complement`. */
export function findObject(
  view: SentenceView,
  cueEnd: number,
  preps: readonly string[],
  complement: boolean,
  nominal: boolean,
): Argument | null {
  const { tokens, sentence } = view;
  const limit = Math.min(sentence.tokenEnd, cueEnd + OBJECT_WINDOW_TOKENS);
  let passedThat = false;
  let prep: string | null = null;
  for (let k = cueEnd; k < limit; k++) {
    const token = tokens[k] as Token;
    // "agree with assessments that the US …": the clause is the content of the noun, not the cue's object.
    if (token.lower === "that" && k > cueEnd && isClaimNoun((tokens[k - 1] as Token).lower)) return null;
    if (token.lower === "that" && (complement || preps.includes("that")) && !passedThat) {
      passedThat = true;
      prep = null;
      continue;
    }
    if (OBJECT_BARRIERS.has(token.lower) && !preps.includes(token.lower)) return null;
    // "praised the terminals that support Ukraine": a relative clause on the object is not the object.
    if (token.lower === "that" && !passedThat && k > cueEnd) return null;
    // A quote mark ends the object's reach unless it just closes the cue word ("enormous consequences" for…).
    if (QUOTE_MARKS.has(token.text) && k > cueEnd) return null;
    const index = view.startingAt.get(k);
    if (index !== undefined) {
      const mention = view.mentions[index] as Mention;
      const next = tokens[mention.tokenEnd];
      // "supplied Taurus missiles to Ukraine": an unknown name before a common noun names a thing, not the object.
      const modifier =
        mention.kind === "name" &&
        next?.pos === "NOUN" &&
        mention.tokenEnd < sentence.tokenEnd &&
        !view.startingAt.has(mention.tokenEnd);
      const adjective = modifier || (mention.kind === "demonym" && !EVENT_NOUNS.has(next?.lower ?? ""));
      const allowed =
        !adjective && (passedThat ? prep === null || prep === "of" : prep === null ? !nominal : preps.includes(prep));
      if (isLinked(mention) && allowed && !(prep !== null && OBJECT_SKIP_PREPS.has(prep) && !preps.includes(prep))) {
        return { mentions: coordinatedRight(view, index), indirect: passedThat };
      }
      k = mention.tokenEnd - 1;
      continue;
    }
    if (token.pos === "VERB" && !passedThat && !PARTICIPLE_PREPS.has(token.lower)) return null;
    if (token.pos === "ADP" || token.lower === "to" || token.lower === "if") prep = token.lower;
  }
  return null;
}

/** The agent of a passive cue: the mention after "by" (or after `preposition`: "the broadside from X"). */
export function findAgent(view: SentenceView, cueEnd: number, preposition = "by"): Argument | null {
  const { tokens } = view;
  for (let k = cueEnd; k < Math.min(view.sentence.tokenEnd, cueEnd + 3); k++) {
    if ((tokens[k] as Token).lower !== preposition) continue;
    // The agent follows "by" directly, or after one determiner or title word ("by the alliance", "by a senior official").
    const m = view.startingAt.has(k + 1) ? k + 1 : k + 2;
    const index = view.startingAt.get(m);
    if (index === undefined) return null;
    return { mentions: coordinatedRight(view, index), indirect: false };
  }
  return null;
}
