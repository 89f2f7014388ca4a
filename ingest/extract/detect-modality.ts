// Modality of a statement from the words around its cue: negated ("denies plans to attack", "did not meet") or
// hypothetical ("if Russia invades", "would", "worst-case scenario", "pretext to invade").

import type { Token } from "../nlp/analyze-text.ts";
import { LIGHT_VERB_LEMMAS } from "./relation-lexicon.ts";

export interface Modality {
  negated: boolean;
  hypothetical: boolean;
  /** The cue is the subject's declared readiness ("ready to punish", "vowed to"). */
  volitional: boolean;
  /** The cue is conditional on the subject's own decision ("would consider sanctions"): a threat if the subject says it. */
  promised: boolean;
}

const NEGATORS = new Set([
  "nowhere",
  "not",
  "n't",
  "never",
  "no",
  "neither",
  "nor",
  "without",
  "refused",
  "refuses",
  "refuse",
  "declined",
  "declines",
  "decline",
]);
const DENIALS = new Set([
  "deny",
  "denies",
  "denied",
  "denying",
  "reject",
  "rejects",
  "rejected",
  "dismissed",
  "dismisses",
]);
const HYPOTHETICALS = new Set([
  "would",
  "could",
  "might",
  "may",
  "if",
  "unless",
  "whether",
  "scenario",
  "pretext",
  "risk",
  "risks",
  "fear",
  "fears",
  "feared",
  "possible",
  "possibly",
  "potential",
  "likely",
  "threat",
  "predicted",
  "imminent",
  "looming",
  "any",
  "avoid",
  "prevent",
  "deter",
  "should",
  "must",
  "can",
  "ought",
  "hypothetical",
  "case",
  "choose",
  "chooses",
]);
/** Intentions: hypothetical for hostile acts ("plans to invade"), announcements for meetings ("plans to hold talks"). */
const INTENTIONS = new Set([
  "plan",
  "plans",
  "planning",
  "planned",
  "prepare",
  "prepares",
  "preparing",
  "ready",
  "willing",
  "consider",
  "considering",
  "expect",
  "expected",
  "intend",
  "intends",
  "intention",
  "seek",
  "seeks",
  "want",
  "wants",
  "aim",
  "aims",
  "try",
  "tries",
  "attempt",
  "decision",
]);
const NO_BLOCKERS: readonly boolean[] = [];
const RELATIVE_PRONOUNS = new Set(["who", "which", "whose", "whom"]);
const MODALS = new Set(["would", "could", "might", "may"]);
/** Modals that make a verbal-conflict cue possible rather than done ("could condemn", "can oppose"). */
const CUE_MODALS = new Set(["would", "could", "might", "may", "can", "must", "should"]);
/** How many tokens before an event noun may negate it. */
const NOMINAL_NEGATION_REACH_TOKENS = 4;
const VOLITIONAL = new Set(["ready", "prepared", "willing", "vowed", "vows", "pledged", "threatened", "threatens"]);
const CONDITIONAL_PROMISES = new Set(["would", "consider", "considering", "will"]);
const CONDITIONS = new Set(["if", "unless", "should"]);

export interface ModalityFrame {
  /** A few tokens before the subject ("if" in "if Russia invades"). */
  lead: readonly Token[];
  /** Tokens from the subject to the cue. */
  before: readonly Token[];
  /** Tokens after the cue to the end of the sentence. */
  after: readonly Token[];
  verbalConflict: boolean;
  /** Meetings, support and aid: an announced plan still counts as the statement. */
  cooperative: boolean;
  nominal: boolean;
}

/**
 * Reads modality from the tokens around a cue (see ModalityFrame).
 * Verbal-conflict cues (warn, threaten) are about possible futures by nature, so hypothetical words do not void them.
 */
export function detectModality(frame: ModalityFrame): Modality {
  const { lead, before, after, verbalConflict, cooperative, nominal } = frame;
  let negated = false;
  let hypothetical = lead.some((token) => CONDITIONS.has(token.lower));
  let volitional = false;
  let promised = false;
  // An event noun is negated only by words right before it ("no invasion"), not by a verb further left
  // ("refused to condemn Russia's invasion").
  const negationReach = nominal ? before.length - NOMINAL_NEGATION_REACH_TOKENS : 0;
  // Only sentences with a negator pay for finding what blocks it.
  const blockers = before.some((t) => NEGATORS.has(t.lower) || DENIALS.has(t.lower))
    ? negationBlockers(before, nominal)
    : NO_BLOCKERS;
  before.forEach((token, index) => {
    if (CONDITIONAL_PROMISES.has(token.lower)) promised = true;
    const word = token.lower;
    if ((NEGATORS.has(word) || DENIALS.has(word)) && index >= negationReach && !blockers[index]) negated = true;
    // "a potential invasion similar to Russia's attack": before an event noun, an adjective on another noun is that noun's.
    const attributive = token.pos === "ADJ" || (token.pos === "VERB" && word.endsWith("ing"));
    const otherNoun = nominal && attributive && modifiesNoun(before, index);
    if ((HYPOTHETICALS.has(word) && !otherNoun) || (!cooperative && INTENTIONS.has(word))) hypothetical = true;
    // "threatened to strike", "vowed to punish": a declared act is not yet done.
    if (VOLITIONAL.has(word)) {
      volitional = true;
      if (!cooperative) hypothetical = true;
    }
  });
  if (nominal && !verbalConflict) {
    for (const token of after.slice(0, 8)) {
      if (MODALS.has(token.lower)) hypothetical = true;
      if (token.text === "," || token.text === ".") break;
    }
  }
  if (!verbalConflict) {
    for (const token of after) {
      // "agree that disputes should be settled": a condition inside the cue's "that"-clause is its content's.
      if (token.text === "." || token.lower === "that") break;
      if (CONDITIONS.has(token.lower)) hypothetical = true;
    }
  } else {
    // "America can take [steps] to oppose Russia": a modal on the cue's own verb group still makes it possible only.
    hypothetical =
      lead.some((token) => CONDITIONS.has(token.lower)) ||
      before.some((token) => CONDITIONS.has(token.lower) || (!nominal && CUE_MODALS.has(token.lower)));
  }
  return { negated, hypothetical, volitional, promised };
}

/** True when the adjective at `index` heads a run of adjectives that ends on a noun before the cue ("potential invasion"). */
function modifiesNoun(before: readonly Token[], index: number): boolean {
  for (let k = index + 1; k < before.length; k++) {
    const pos = (before[k] as Token).pos;
    if (pos === "NOUN") return true;
    if (pos !== "ADJ" && (before[k] as Token).text !== "-") return false;
  }
  return false;
}

/**
 * Per token before the cue: true when a negator there does not reach the cue. A relative clause (", who has refused
 * to join,") negates its own verb, not the main one; before an event noun, a verb other than a light verb
 * ("has not joined the sanctions", "do not define the aggression as") takes the negation itself.
 */
function negationBlockers(before: readonly Token[], nominal: boolean): boolean[] {
  const blocked = before.map(() => false);
  let relative = false;
  let relativeStart = -1;
  before.forEach((token, index) => {
    const previous = before[index - 1];
    if (previous?.text === "," && RELATIVE_PRONOUNS.has(token.lower)) {
      relative = true;
      relativeStart = index;
    } else if (relative && token.text === ",") relative = false;
    blocked[index] = relative;
  });
  // The cue itself inside a still open relative clause (", which has refused to oppose…"): its negators reach it.
  if (relative) blocked.fill(false, relativeStart);
  // "dismissed the comments and accused NATO": the cue is a coordinated verb of its own, out of earlier negators' reach.
  const last = before[before.length - 1]?.lower;
  if (!nominal && (last === "and" || last === "but")) blocked.fill(true);
  // "would not remain passive and threatened to…": a negator before a coordinated verb negates only its own verb.
  for (let index = before.length - 1; index > 0; index--) {
    const joiner = (before[index - 1] as Token).lower;
    if ((joiner === "and" || joiner === "but") && (before[index] as Token).pos === "VERB") {
      blocked.fill(true, 0, index - 1);
      break;
    }
  }
  if (nominal) {
    let heavyVerbAfter = false;
    for (let index = before.length - 1; index >= 0; index--) {
      const token = before[index] as Token;
      if (heavyVerbAfter) blocked[index] = true;
      if (token.pos === "VERB" && !LIGHT_VERB_LEMMAS.has(token.lemma) && !NEGATORS.has(token.lower))
        heavyVerbAfter = true;
    }
  }
  return blocked;
}
