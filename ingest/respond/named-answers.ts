// What a reply names that its own article reports about a third party. "Russia's claim that it is moving troops
// away from the border is false" answers Russia's own statement about Ukraine ("Moscow says it is moving troops
// away"), and "NATO condemned the Iranian attack on Israel" answers Iran's attack on Israel: no pairing of the two
// actors finds them, since the answered statement is about someone else. A claim is taken only when the reply's
// stated content names its act (the statement's verb is among the words that state it); an act, only when the
// reply names its kind (an attack, sanctions) and aims at its agent; a claim the reply names by a claim noun or a
// demonstrative alone ("rejected the accusations", "'This is not the case,' Zelensky said"), only when it is an
// earlier claim of its article by the actor the reply is aimed at, of a kind the noun names: the extractor aimed the
// reply at that claim's author (attribution/resolve-replies.ts), whomever the claim was about.

import { quadClassOf, type RelationRecord, type RelationType } from "../../graph-schema/index.ts";
import type { DatedStatement } from "./dated-statement.ts";
import { IRREGULAR_VERB_FORMS } from "../extract/lexicon/irregular-verbs.ts";
import type { ResponseCue } from "./find-response-cue.ts";

/** Verbs that carry no act of their own: a statement they carry is never named by a claim's content. */
const LIGHT_VERBS: ReadonlySet<string> = new Set(["be", "have", "do", "say", "tell", "make", "take", "get", "go"]);

/**
 * The stem two forms of a verb share: "moving", "moved", "moves", "move" → "mov"; "shelled", "shelling" → "shell";
 * "withdrew", "withdrawn" → "withdraw" (irregular forms by their base form).
 */
export function verbStem(word: string): string {
  const lower = word.toLowerCase();
  const base = IRREGULAR_VERB_FORMS.get(lower) ?? lower;
  const suffix = /ing$/.test(base) ? 3 : /(?:ed|es)$/.test(base) ? 2 : /[^s]s$/.test(base) ? 1 : 0;
  const bare = base.length - suffix >= 3 ? base.slice(0, base.length - suffix) : base;
  const undoubled = /([b-df-hj-km-np-rtv-z])\1$/.test(bare) ? bare.slice(0, -1) : bare;
  return undoubled.length > 3 ? undoubled.replace(/e+$/, "") : undoubled;
}

/** The words of the content a cue states, lower case, or null when it states none. */
export function claimContentWords(
  relation: Pick<RelationRecord, "sentence" | "offsets">,
  cue: Pick<ResponseCue, "content">,
): string[] | null {
  if (cue.content === null) return null;
  const start = relation.offsets.sentence[0];
  const text = relation.sentence.slice(cue.content[0] - start, cue.content[1] - start);
  return text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [];
}

/**
 * Whether `statement` is the claim whose content is `words`: its verb, as written, is one of them (by stem), and is
 * a verb of some act ("moving troops", not "says").
 * @example statesClaim(["that", "it", "is", "moving", "troops", "away"], moscowSaysItIsMovingTroops) // true
 */
export function statesClaim(
  words: readonly string[],
  statement: Pick<RelationRecord, "sentence" | "offsets">,
): boolean {
  const start = statement.offsets.sentence[0];
  const verb = statement.sentence.slice(statement.offsets.verb[0] - start, statement.offsets.verb[1] - start).trim();
  const last = verb.toLowerCase().split(/\s+/).pop() ?? "";
  if (!/^\p{L}+$/u.test(last)) return false;
  const lemma = IRREGULAR_VERB_FORMS.get(last) ?? last;
  if (LIGHT_VERBS.has(lemma) || LIGHT_VERBS.has(lemma.replace(/(?:s|ed|ing)$/, ""))) return false;
  const stem = verbStem(last);
  return stem.length >= 3 && words.some((word) => verbStem(word) === stem);
}

/** Words that tell nothing of what a claim says. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    "that this these those there their them they then than with from into over about would could should might " +
    "will been being have were what which when where while also said says told only just more most some such"
  ).split(" "),
);

/**
 * Whether `sentence` tells some of the content `words` state: a word of four letters or more, not a function word,
 * shared by stem ("claims that the military would intervene" and "troops could intervene" share "intervene").
 */
export function sharesContent(words: readonly string[], sentence: string): boolean {
  const told = new Set((sentence.toLowerCase().match(/\p{L}+/gu) ?? []).map(verbStem));
  return words.some((word) => word.length >= 4 && !FUNCTION_WORDS.has(word) && told.has(verbStem(word)));
}

/** Text order within an article: sentence, then verb. */
const textOrder = (a: DatedStatement, b: DatedStatement): number =>
  a.offsets.sentence[0] - b.offsets.sentence[0] || a.offsets.verb[0] - b.offsets.verb[0] || (a.id < b.id ? -1 : 1);

/** Acts a reply names by a noun of their kind ("condemned the aggression", "the sanctions"), whoever they targeted. */
const MATERIAL_ACTS: ReadonlySet<RelationType> = new Set(["ATTACK", "FIGHT", "MOBILIZE", "SANCTION", "COERCE"]);

/** How a reply answers a third party's act it names: by condemning or rejecting it. */
const ACT_REPLY_TYPES: ReadonlySet<RelationType> = new Set(["CRITICIZE", "ACCUSE", "REJECT"]);

/** The acts of a third party `cue` can name: material acts of the kinds its noun names. */
export const namedActTypes = (cue: Pick<ResponseCue, "answers">): RelationType[] =>
  (cue.answers ?? []).filter((type) => MATERIAL_ACTS.has(type));

/**
 * Whether `cue` can name a statement about a third party: it states a claim's content, names a kind of act, or
 * answers a claim it names.
 */
export const namesThirdParty = (cue: Pick<ResponseCue, "answers" | "content" | "claimReply">): boolean =>
  cue.content !== null || namedActTypes(cue).length > 0 || cue.claimReply;

/** A reply, its cue and the words of the content the cue states (null when it states none). */
interface Reply {
  statement: DatedStatement;
  cue: Pick<ResponseCue, "answers" | "content" | "clauseStart" | "claimReply">;
  words: string[] | null;
}

/** Whether a claim of type `type` is of a kind `cue` names: its types, or any verbal conflict for "the remarks". */
const namesKind = (cue: Pick<ResponseCue, "answers">, type: RelationType): boolean =>
  cue.answers === null ? quadClassOf(type) === "VERBAL_CONFLICT" : cue.answers.includes(type);

/** Reads a reply's cue once for namesAnswer and namedAnswer. */
export const readReply = (statement: DatedStatement, cue: Reply["cue"] & Pick<ResponseCue, "content">): Reply => ({
  statement,
  cue,
  words: claimContentWords(statement, cue),
});

/**
 * Whether the reply names `answered`, a statement of its article by the actor it answers: a claim its stated
 * content names (in another sentence: its own sentence only names the claim), or, when it states none, an act of a
 * kind it names (in its own sentence too: "condemned the Iranian attack on Israel" names the attack it holds), by
 * a condemnation or a rejection, both asserted. Never a statement dated after the reply.
 */
export function namesAnswer(reply: Reply, answered: DatedStatement): boolean {
  const own = reply.statement;
  if (answered.article !== own.article || answered.id === own.id) return false;
  if (answered.eventDate !== null && own.eventDate !== null && answered.eventDate > own.eventDate) return false;
  if (reply.words !== null)
    return answered.offsets.sentence[0] !== own.offsets.sentence[0] && statesClaim(reply.words, answered);
  // A claim named by its noun: asserted, told in an earlier sentence, of a kind the noun names.
  if (
    reply.cue.claimReply &&
    !answered.hypothetical &&
    answered.offsets.sentence[0] < own.offsets.sentence[0] &&
    namesKind(reply.cue, answered.type)
  )
    return true;
  // An act is condemned or rejected as done: a denial of an act is one's own ("denying Kyiv the strike capability"
  // refuses something), and neither an act foreseen nor a reply only planned is an answer to one.
  if (!ACT_REPLY_TYPES.has(own.type) || own.hypothetical || answered.hypothetical) return false;
  return namedActTypes(reply.cue).includes(answered.type);
}

/**
 * Of `candidates` (statements by the actor the reply answers), the one it names (namesAnswer): an act in the
 * words naming it ("the Iranian attack on Israel"), else the latest before the reply in the text, else the first
 * after it (a lead's verdict on a claim the body reports). Null when it names none of them.
 * @example namedAnswer(readReply(usSaysRussiasClaimOfMovingTroopsIsFalse, cue), [moscowSaysItIsMovingTroops]) // that one
 */
export function namedAnswer<C extends { statement: DatedStatement }>(reply: Reply, candidates: readonly C[]): C | null {
  const own = reply.statement;
  const clauseStart = reply.cue.clauseStart;
  let inClause: C | null = null;
  let before: C | null = null;
  let after: C | null = null;
  for (const candidate of candidates) {
    const s = candidate.statement;
    if (!namesAnswer(reply, s)) continue;
    const sameSentence = s.offsets.sentence[0] === own.offsets.sentence[0];
    if (sameSentence && clauseStart !== null && s.offsets.verb[0] >= clauseStart) {
      if (inClause === null || textOrder(s, inClause.statement) < 0) inClause = candidate;
    } else if (
      sameSentence ? s.offsets.verb[1] <= own.offsets.verb[0] : s.offsets.sentence[0] < own.offsets.sentence[0]
    ) {
      if (before === null || textOrder(s, before.statement) > 0) before = candidate;
    } else if (!sameSentence && (after === null || textOrder(s, after.statement) < 0)) after = candidate;
  }
  return inClause ?? before ?? after;
}
