// The extraction's syntax stage: parses a sentence with each multi-word actor mention read as one word, its last
// ("Vice President Kamala Harris" → "Harris", "US Secretary of State Antony Blinken" → "Blinken", "the NATO chief" →
// "chief"). A title, a name and a description then cannot split into subjects of their own, the commonest way a
// parser trained on web text misreads news; the mention's other words hang from its last word as "flat".

import type { Sentence, Token } from "../../nlp/analyze-text.ts";
import type { SyntaxModel } from "../../syntax/syntax-model.ts";
import { glued, wordEndAt } from "../../nlp/glued-words.ts";
import { SPEECH_VERBS } from "../lexicon/newsgraph-verb-events.ts";

/** A token range [start, end) to be read as one word. */
export interface TokenSpan {
  start: number;
  end: number;
  /** The word the parser reads for it, when not its last word as written ("West" for "the west"). */
  word?: string;
}

/** Parses `sentence`, writing heads, relations and tags into `tokens`; `units` are non-overlapping mention spans. */
export function parseSentenceWithUnits(
  syntax: SyntaxModel,
  tokens: Token[],
  sentence: Sentence,
  units: readonly TokenSpan[],
): void {
  const unitEnd = new Map<number, number>();
  const unitWord = new Map<number, string>();
  for (const unit of units) {
    if (unit.end - unit.start > 1) unitEnd.set(unit.start, unit.end);
    if (unit.word !== undefined) unitWord.set(unit.start, unit.word);
  }
  /** Token index of each word, and each token's word (-1 for whitespace). */
  const words: number[] = [];
  const members: Array<[number, number]> = [];
  // The parser reads whole words: a word wink split at an accented letter ("Rinkēvičs" → "Rink", "ē", "vi", "č",
  // "s") is given as one, carried by its last piece.
  const texts: string[] = [];
  const wordText = (from: number, last: number): string => {
    let start = last;
    while (start > from && glued(tokens[start - 1], tokens[start])) start--;
    return tokens
      .slice(start, last + 1)
      .map((t) => t.text)
      .join("");
  };
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if ((tokens[i] as Token).pos === "SPACE") continue;
    const end = unitEnd.get(i);
    if (end !== undefined && end <= sentence.tokenEnd) {
      let last = end - 1;
      while (last > i && (tokens[last] as Token).pos === "SPACE") last--;
      words.push(last);
      members.push([i, last]);
      texts.push(unitWord.get(i) ?? wordText(i, last));
      i = end - 1;
    } else {
      const last = Math.min(wordEndAt(tokens, i), sentence.tokenEnd) - 1;
      words.push(last);
      members.push([i, last]);
      texts.push(unitWord.get(i) ?? wordText(i, last));
      i = last;
    }
  }
  const analysis = syntax.analyse(texts);
  words.forEach((tokenIndex, w) => {
    const head = analysis.heads[w] as number;
    const [first, last] = members[w] as [number, number];
    for (let i = first; i <= last; i++) {
      const token = tokens[i] as Token;
      if (token.pos === "SPACE") continue;
      if (i === tokenIndex) {
        token.upos = analysis.upos[w] as string;
        token.xpos = analysis.xpos[w] as string;
        token.head = head < 0 ? -1 : (words[head] as number);
        token.deprel = analysis.labels[w] as string;
      } else {
        token.upos = token.pos;
        token.xpos = "";
        token.head = tokenIndex;
        token.deprel = "flat";
      }
    }
  });
  relabelClausesOfVerbs(tokens, words);
  raiseSubjectsFromOpeningPhrases(tokens, words);
  attachAccordingTo(tokens, words);
  reattachSubordinators(tokens, words);
  reattachAdverbialSubjects(tokens, words);
  joinAccompaniments(tokens, words);
  relabelLateClausalSubjects(tokens, words);
  relabelSecondSubjects(tokens, words);
  raiseParallelConjuncts(tokens, words);
  lowerInfinitivesAfterComplements(tokens, words);
  raisePhrasesFromNames(tokens, words);
}

/**
 * "Russia warned Ukraine.": a verb with a nominal subject before it and a second one after it, and no object, has
 * its object taken for a subject (a clause has one subject; a speech verb's may follow it: "…, said Peskov").
 */
function relabelSecondSubjects(tokens: Token[], words: readonly number[]): void {
  // One pass over the words: per head, its subjects before and after it and whether it has an object or is passive.
  const heads = new Map<number, { before: boolean; after: number[]; blocked: boolean }>();
  for (const c of words) {
    const token = tokens[c] as Token;
    if (token.head < 0) continue;
    const entry = heads.get(token.head) ?? { before: false, after: [], blocked: false };
    heads.set(token.head, entry);
    if (token.deprel === "obj" || token.deprel.startsWith("aux:pass")) entry.blocked = true;
    else if (token.deprel === "nsubj" && c < token.head) entry.before = true;
    else if (token.deprel === "nsubj") entry.after.push(c);
  }
  for (const [verb, { before, after, blocked }] of heads) {
    const token = tokens[verb] as Token;
    // "…, said the President of the United States Joe Biden": a speech verb's subject may follow it.
    if (token.upos !== "VERB" || SPEECH_VERBS.has(token.lemma) || blocked || !before || after.length !== 1) continue;
    (tokens[after[0] as number] as Token).deprel = "obj";
  }
}

/** A clausal "subject" after its verb ("has acknowledged that the vote cannot be held") is its complement. */
function relabelLateClausalSubjects(tokens: Token[], words: readonly number[]): void {
  for (const i of words) {
    const token = tokens[i] as Token;
    if (token.deprel.startsWith("csubj") && token.head >= 0 && i > token.head) token.deprel = "ccomp";
  }
}

/**
 * "Kyiv has acknowledged that the vote cannot be held there and has accused Moscow of…": a verb coordinated, without
 * a subject, to a verb inside a complement clause, whose auxiliaries match the verb above that clause and not the one
 * it hangs from, is a conjunct of the verb above (coordination takes parallel forms; the parse's attachment of
 * conjuncts is among its commonest errors).
 */
function raiseParallelConjuncts(tokens: Token[], words: readonly number[]): void {
  const auxiliaries = (verb: number): string =>
    words
      .filter((c) => (tokens[c] as Token).head === verb && (tokens[c] as Token).deprel.startsWith("aux"))
      .map((c) => (tokens[c] as Token).lower)
      .join(" ");
  const hasSubject = (verb: number): boolean =>
    words.some((c) => (tokens[c] as Token).head === verb && (tokens[c] as Token).deprel.startsWith("nsubj"));
  for (const i of words) {
    const verb = tokens[i] as Token;
    if (verb.deprel !== "conj" || verb.upos !== "VERB" || verb.head < 0 || hasSubject(i)) continue;
    const inner = tokens[verb.head] as Token;
    if (!COMPLEMENT_CLAUSES.has(inner.deprel) || inner.head < 0 || inner.head > verb.head) continue;
    const outer = inner.head;
    const own = auxiliaries(i);
    if (own === "" || own !== auxiliaries(outer) || own === auxiliaries(verb.head)) continue;
    verb.head = outer;
  }
}

/**
 * "Belarus together with Russia calls on UNESCO", "Germany, along with France, condemned…": the actor of a "with"
 * phrase marked by "together" or "along" next to a subject acts with it, so it becomes the subject's conjunct
 * (however the parse attached it: as a second subject with a preposition, a modifier of the first, or an oblique of
 * the verb after its subject).
 */
function joinAccompaniments(tokens: Token[], words: readonly number[]): void {
  for (let w = 0; w + 1 < words.length; w++) {
    const marker = tokens[words[w] as number] as Token;
    const withToken = tokens[words[w + 1] as number] as Token;
    if (!ACCOMPANIMENT_MARKERS.has(marker.lower) || withToken.lower !== "with" || withToken.head < 0) continue;
    const partner = withToken.head;
    const partnerToken = tokens[partner] as Token;
    // The subject it accompanies: the noun the phrase modifies, or the clause's other subject.
    let subject = -1;
    if (partnerToken.head >= 0 && (tokens[partnerToken.head] as Token).deprel.startsWith("nsubj"))
      subject = partnerToken.head;
    else if (partnerToken.deprel.startsWith("nsubj") || partnerToken.deprel.startsWith("obl")) {
      subject =
        words.find(
          (c) =>
            c < partner &&
            c !== partner &&
            (tokens[c] as Token).head === partnerToken.head &&
            (tokens[c] as Token).deprel.startsWith("nsubj"),
        ) ?? -1;
    }
    if (subject < 0 || subject > partner) continue;
    partnerToken.head = subject;
    partnerToken.deprel = "conj";
    withToken.deprel = "cc";
    marker.head = words[w + 1] as number;
    marker.deprel = "advmod";
  }
}

/**
 * "Biden has told Zelensky he will move quickly to send Ukraine aid": an infinitive the parse hung from a verb as its
 * controlled complement, after that verb's complement clause with a subject of its own, belongs to that clause (a
 * control verb's infinitive comes before a complement clause, "told him to go", not after it), so its subject is the
 * clause's ("he"), not the verb's object.
 */
function lowerInfinitivesAfterComplements(tokens: Token[], words: readonly number[]): void {
  for (const x of words) {
    const infinitive = tokens[x] as Token;
    if (infinitive.deprel !== "xcomp" || infinitive.head < 0) continue;
    const clause = words.find(
      (c) =>
        c < x &&
        c > infinitive.head &&
        (tokens[c] as Token).head === infinitive.head &&
        (tokens[c] as Token).deprel === "ccomp" &&
        words.some((s) => (tokens[s] as Token).head === c && (tokens[s] as Token).deprel.startsWith("nsubj")),
    );
    if (clause !== undefined) infinitive.head = clause;
  }
}

/** Prepositions whose phrase a name hardly ever takes, and a verb often does. */
const VERB_PREPOSITIONS = new Set(["by", "to", "on", "against", "upon"]);
/** Relations of a verb's nominal arguments. */
const VERB_ARGUMENTS = new Set(["obj", "iobj", "obl", "obl:agent", "nsubj", "nsubj:pass"]);

/**
 * "sanctions imposed on Russia by the European Union", "aid provided by Germany to Ukraine": a "by", "to", "on" or
 * "against" phrase the parse hung on a proper name that is a verb's argument is that verb's (a name takes such a phrase
 * almost never; prepositional attachment is the parse's commonest error), the agent when it is "by" and the verb is a
 * participle.
 */
function raisePhrasesFromNames(tokens: Token[], words: readonly number[]): void {
  for (const i of words) {
    const token = tokens[i] as Token;
    if (token.deprel !== "nmod" || token.head < 0) continue;
    const name = tokens[token.head] as Token;
    if ((name.xpos !== "NNP" && name.xpos !== "NNPS") || !VERB_ARGUMENTS.has(name.deprel) || name.head < 0) continue;
    const verb = tokens[name.head] as Token;
    if (verb.upos !== "VERB") continue;
    const preposition = words.find((c) => (tokens[c] as Token).head === i && (tokens[c] as Token).deprel === "case");
    const word = preposition === undefined ? "" : (tokens[preposition] as Token).lower;
    if (!VERB_PREPOSITIONS.has(word)) continue;
    if (word === "by" && verb.xpos !== "VBN") continue;
    token.head = name.head;
    token.deprel = word === "by" ? "obl:agent" : "obl";
  }
}

/** Complement clauses a conjunct may have been wrongly put into. */
const COMPLEMENT_CLAUSES = new Set(["ccomp"]);

const ACCOMPANIMENT_MARKERS = new Set(["together", "along"]);

/**
 * A complementizer heads nothing: "warned on Friday that Russia was massing troops" parsed with "that" in apposition to
 * "Friday" and the clause hung from "that" is rebuilt with "that" as the clause's mark and the clause as the
 * complement of the verb a date modifies, or the clausal modifier of any other noun ("the claim that …").
 */
function reattachSubordinators(tokens: Token[], words: readonly number[]): void {
  for (const i of words) {
    const that = tokens[i] as Token;
    if (!COMPLEMENTIZERS.has(that.lower) || that.upos !== "SCONJ" || that.deprel === "mark" || that.head < 0) continue;
    const clause = words.find(
      (c) => c > i && (tokens[c] as Token).head === i && CLAUSE_HEADS.has((tokens[c] as Token).upos),
    );
    if (clause === undefined) continue;
    const head = tokens[that.head] as Token;
    const verb = tokens[head.head] as Token | undefined;
    const clauseToken = tokens[clause] as Token;
    if (head.upos === "VERB" || head.upos === "AUX") {
      clauseToken.head = that.head;
      clauseToken.deprel = "ccomp";
    } else if (head.inDate && verb !== undefined && (verb.upos === "VERB" || verb.upos === "AUX")) {
      clauseToken.head = head.head;
      clauseToken.deprel = "ccomp";
    } else if (head.upos === "NOUN") {
      clauseToken.head = that.head;
      clauseToken.deprel = "acl";
    } else continue;
    for (const c of words) if (c !== clause && (tokens[c] as Token).head === i) (tokens[c] as Token).head = clause;
    that.head = clause;
    that.deprel = "mark";
  }
}

/** Subordinators of adverbial clauses a parser may take for prepositions ("as Russia massed troops"). */
const ADVERBIAL_SUBORDINATORS = new Set(["as", "while", "because", "since", "when", "after", "before", "although"]);
/** Penn tags of finite verbs. */
const FINITE = new Set(["VBD", "VBZ", "VBP"]);

/**
 * "warned of a dangerous moment as Russia massed troops near Ukraine" parsed with "as Russia" a prepositional phrase
 * and "massed" a conjunct of "warned" (so Truss massed the troops): a subordinator read as a preposition, whose noun
 * is followed at once by a finite verb without a subject, opens an adverbial clause with that noun as its subject.
 */
function reattachAdverbialSubjects(tokens: Token[], words: readonly number[]): void {
  for (let w = 0; w + 2 < words.length; w++) {
    const marker = tokens[words[w] as number] as Token;
    if (!ADVERBIAL_SUBORDINATORS.has(marker.lower) || marker.deprel !== "case") continue;
    const noun = marker.head;
    // The verb is the first word after the noun; the words between the marker and the noun are the noun's own.
    const nounAt = words.indexOf(noun, w + 1);
    if (nounAt < 0 || words.slice(w + 1, nounAt).some((c) => (tokens[c] as Token).head !== noun)) continue;
    const verbIndex = words[nounAt + 1];
    const verb = verbIndex === undefined ? undefined : tokens[verbIndex];
    if (verbIndex === undefined || !verb || verb.upos !== "VERB" || !FINITE.has(verb.xpos)) continue;
    if (words.some((c) => (tokens[c] as Token).head === verbIndex && (tokens[c] as Token).deprel.startsWith("nsubj")))
      continue;
    const nounToken = tokens[noun] as Token;
    nounToken.head = verbIndex;
    nounToken.deprel = "nsubj";
    marker.head = verbIndex;
    marker.deprel = "mark";
    if (verb.deprel === "conj") verb.deprel = "advcl";
  }
}

const CLAUSE_HEADS = new Set(["VERB", "AUX", "ADJ"]);
/** Subordinators of complement clauses (adverbial ones, "although", "because", mark clauses of another kind). */
const COMPLEMENTIZERS = new Set(["that", "whether"]);

/**
 * "According to him, …" is a prepositional phrase (UD: "according" the case marker of its noun, "to" fixed to it).
 * Parsed as a verb with an object, it would read as a clause of its own ("accord", an act of cooperation, by the
 * sentence's subject); the phrase is rebuilt so that the noun is an oblique of the verb the clause hung from.
 */
function attachAccordingTo(tokens: Token[], words: readonly number[]): void {
  for (const i of words) {
    const according = tokens[i] as Token;
    if (according.lower !== "according" || according.deprel === "case") continue;
    const children = words.filter((c) => (tokens[c] as Token).head === i);
    const to = children.find((c) => (tokens[c] as Token).lower === "to" && c === i + 1);
    const noun = children.find((c) => c > i + 1 && /^(obj|obl|nmod|iobj)/.test((tokens[c] as Token).deprel));
    if (to === undefined || noun === undefined) continue;
    const object = tokens[noun] as Token;
    object.head = according.head;
    object.deprel = "obl";
    for (const c of children) if (c !== to && c !== noun) (tokens[c] as Token).head = noun;
    according.head = noun;
    according.deprel = "case";
    (tokens[to] as Token).deprel = "fixed";
  }
}

/**
 * A clausal modifier ("acl", "acl:relcl") modifies a noun; attached to a verb ("saying Russia had attacked Ukraine"
 * parsed as a relative clause of "saying") it is the verb's complement when it has a subject of its own, else an
 * adverbial clause. The relation is made well-formed before the clauses are read (relative clauses keep theirs).
 */
function relabelClausesOfVerbs(tokens: Token[], words: readonly number[]): void {
  const hasSubject = new Set<number>();
  for (const i of words) {
    const token = tokens[i] as Token;
    if (token.head >= 0 && token.deprel.startsWith("nsubj")) hasSubject.add(token.head);
  }
  for (const i of words) {
    const token = tokens[i] as Token;
    if (token.head < 0 || !token.deprel.startsWith("acl")) continue;
    const head = tokens[token.head] as Token;
    if (head.upos !== "VERB" && head.upos !== "AUX") continue;
    // "…India, which has refused…": a relative clause the parse hung on the verb; clause reading finds its noun.
    if (startsWithRelativePronoun(tokens, words, i)) continue;
    token.deprel = hasSubject.has(i) ? "ccomp" : "advcl";
  }
}

const RELATIVE_WORDS = new Set(["who", "which", "whom", "whose", "that"]);

/** Whether the clause headed by word `head` has a relative pronoun as its subject ("…, which runs Mir"). */
function startsWithRelativePronoun(tokens: Token[], words: readonly number[], head: number): boolean {
  return words.some(
    (i) =>
      (tokens[i] as Token).head === head &&
      RELATIVE_WORDS.has((tokens[i] as Token).lower) &&
      (tokens[i] as Token).deprel.startsWith("nsubj"),
  );
}

/** How the parse may hang a subject on the phrase before it ("In February, Sandu, who…", "Last week, Niinistö, who…"). */
const OPENING_ATTACHMENTS = new Set(["conj", "appos"]);

/**
 * "In February, Moldovan President Maia Sandu, who is pro-European, claimed…": a name the parse made a conjunct or
 * apposition of (a word in) the opening phrase, with no "and" or "or", before a verb with no subject, is that verb's subject; a relative clause
 * the parse hung on the phrase after the name is the name's.
 */
function raiseSubjectsFromOpeningPhrases(tokens: Token[], words: readonly number[]): void {
  const subjects = new Set<number>();
  const coordinated = new Set<number>();
  for (const i of words) {
    const token = tokens[i] as Token;
    if (token.head < 0) continue;
    if (token.deprel.startsWith("nsubj") || token.deprel.startsWith("csubj")) subjects.add(token.head);
    if (token.deprel === "cc") coordinated.add(token.head);
  }
  for (const i of words) {
    const token = tokens[i] as Token;
    if (
      !OPENING_ATTACHMENTS.has(token.deprel) ||
      token.upos !== "PROPN" ||
      coordinated.has(i) ||
      token.head < 0 ||
      token.head > i
    )
      continue;
    const opening = token.head;
    // The verb the opening phrase belongs to: up from the phrase through words before the name ("In separate
    // comments published on Sunday, Stoltenberg and Johnson confirmed…": Sunday → published → comments → confirmed).
    let verb = (tokens[opening] as Token).head;
    let through = opening;
    for (let step = 0; step < 4 && verb >= 0 && verb < i; step++) {
      through = verb;
      verb = (tokens[verb] as Token).head;
    }
    if (!(tokens[through] as Token).deprel.startsWith("obl") || verb <= i || subjects.has(verb)) continue;
    if ((tokens[verb] as Token).upos !== "VERB") continue;
    token.head = verb;
    token.deprel = "nsubj";
    subjects.add(verb);
    for (const c of words) {
      const child = tokens[c] as Token;
      if (child.head === opening && c > i && c < verb && child.deprel === "acl:relcl") child.head = i;
    }
  }
}
