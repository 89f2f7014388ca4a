// Reported content: a clause that is the content of someone's accusation, claim, charge or demand ("rejected
// accusations that Russia was threatening Ukraine", "demanded that NATO withdraw") is not a fact of the article, so
// statements read inside it are hypothetical.

import type { Token } from "../nlp/analyze-text.ts";
import type { SentenceView } from "./clause-arguments.ts";

/** Nouns whose "that"-clause is someone else's unverified assertion. */
const CLAIM_NOUNS = new Set([
  "accusation",
  "accusations",
  "allegation",
  "allegations",
  "claim",
  "claims",
  "charge",
  "charges",
  "assertion",
  "assertions",
  "suggestion",
  "suggestions",
  "rumour",
  "rumours",
  "rumor",
  "rumors",
  "insinuation",
  "insinuations",
  "assessment",
  "assessments",
  "report",
  "reports",
  "belief",
  "notion",
]);
/** Verbs whose "that"-clause is disputed: the clause is what is being rejected, not what happened. */
const DISPUTING_VERBS = new Set(["deny", "reject", "dismiss", "refute", "rebuff", "contest", "dispute"]);
/** Verbs whose "that"-clause is demanded or proposed, not done ("demanded that NATO withdraw"). */
const DEMANDING_VERBS = new Set(["demand", "insist", "urge", "request", "propose", "suggest", "recommend", "ask"]);
/** How far back (tokens) from "that" the claim noun or disputing verb may stand ("charges by the NATO chief that"). */
const CLAIM_REACH_TOKENS = 10;

/**
 * True when the clause whose subject starts at `subjectStart` is introduced by "that" after a claim noun or a
 * disputing verb ("the charge that the alliance threatens Russia", "denied that its troops attacked").
 */
export function insideReportedContent(view: SentenceView, subjectStart: number): boolean {
  const { tokens, sentence } = view;
  let k = subjectStart - 1;
  while (k > sentence.tokenStart && (tokens[k] as Token).pos === "DET") k--;
  if (k < sentence.tokenStart || (tokens[k] as Token).lower !== "that") return false;
  for (let b = k - 1; b >= Math.max(sentence.tokenStart, k - CLAIM_REACH_TOKENS); b--) {
    const token = tokens[b] as Token;
    const verb = token.pos === "VERB" && (DISPUTING_VERBS.has(token.lemma) || DEMANDING_VERBS.has(token.lemma));
    if (isClaimNoun(token.lower) || verb) return true;
    if (token.text === "." || token.text === ";") break;
  }
  return false;
}

/** True for nouns whose "that"-clause is an assertion ("claims", "the charge", "assessments"). */
export function isClaimNoun(word: string): boolean {
  return CLAIM_NOUNS.has(word);
}
