// What a reply answers: nouns that name something someone said ("rejected the accusations", "dismissed Western
// concern", "the claims are false"), each with the kinds of statement it can name, and the verdicts that dismiss a
// claim as untrue ("absurd", "baseless", "hysteria") or condemn it ("dangerous", "offensive"). The statement stage
// resolves a reply against the author of such a claim; the response linker links the reply to the claim's
// statement. Both read this one table, so they agree on what "the accusations" can be.

import type { RelationType } from "../../../graph-schema/index.ts";

const ACCUSATIONS: readonly RelationType[] = ["ACCUSE", "CRITICIZE", "WARN", "INVESTIGATE"];
const WARNINGS: readonly RelationType[] = ["WARN", "THREATEN", "CRITICIZE", "ACCUSE"];
const DEMANDS: readonly RelationType[] = ["DEMAND", "APPEAL", "NEGOTIATE"];
const CRITICISM: readonly RelationType[] = ["CRITICIZE", "ACCUSE"];
const DENIALS: readonly RelationType[] = ["DENY"];

/**
 * Claim noun (singular, lower case) → the statement types it can name; null for a noun that names any statement
 * of verbal conflict ("the remarks", "these comments").
 */
export const CLAIM_NOUNS: ReadonlyMap<string, readonly RelationType[] | null> = new Map<
  string,
  readonly RelationType[] | null
>([
  ["accusation", ACCUSATIONS],
  ["allegation", ACCUSATIONS],
  ["charge", ACCUSATIONS],
  ["claim", ACCUSATIONS],
  ["report", ACCUSATIONS],
  ["blame", ACCUSATIONS],
  ["smear", ACCUSATIONS],
  ["insinuation", ACCUSATIONS],
  ["suggestion", ACCUSATIONS],
  ["denial", DENIALS],
  ["assurance", DENIALS],
  ["warning", WARNINGS],
  ["threat", WARNINGS],
  ["ultimatum", WARNINGS],
  ["concern", WARNINGS],
  ["fear", WARNINGS],
  ["demand", DEMANDS],
  ["request", DEMANDS],
  ["appeal", DEMANDS],
  ["proposal", DEMANDS],
  ["offer", DEMANDS],
  ["criticism", CRITICISM],
  ["condemnation", CRITICISM],
  ["rebuke", CRITICISM],
  ["remark", null],
  ["comment", null],
  ["statement", null],
  ["word", null],
  ["rhetoric", null],
  ["assertion", null],
  ["argument", null],
  ["speech", null],
]);

/** Verbs that voice a claim rather than answer it: "expressed concern", "raised fears", "levelled accusations". */
export const VOICING_VERBS: ReadonlySet<string> = new Set([
  "express",
  "voice",
  "raise",
  "air",
  "issue",
  "level",
  "make",
  "repeat",
  "reiterate",
  "renew",
  "share",
  "publish",
]);

/** Verdicts that call a claim untrue: replying with them rejects it. */
export const FALSEHOOD_VERDICTS: ReadonlySet<string> = new Set([
  "false",
  "untrue",
  "incorrect",
  "wrong",
  "baseless",
  "groundless",
  "unfounded",
  "unsubstantiated",
  "fake",
  "fabricated",
  "fabrication",
  "absurd",
  "nonsense",
  "lie",
  "lies",
  "ridiculous",
  "hysteria",
  "hysterical",
  "propaganda",
  "slander",
  "fiction",
  "fantasy",
  "delusional",
  "misinformation",
  "disinformation",
  "speculation",
  "invention",
]);

/** Verdicts that condemn a claim without calling it untrue: replying with them criticises its author. */
export const CONDEMNING_VERDICTS: ReadonlySet<string> = new Set([
  "dangerous",
  "offensive",
  "unacceptable",
  "provocative",
  "provocation",
  "irresponsible",
  "outrageous",
  "insulting",
  "hostile",
  "reckless",
  "cynical",
  "shameful",
  "inflammatory",
  "aggressive",
  "deplorable",
]);

/** Words of truth that, negated, call a claim untrue: "not true", "not the case", "not accurate". */
export const TRUTH_WORDS: ReadonlySet<string> = new Set(["true", "case", "correct", "accurate", "right"]);

/** Words that negate a verdict ("not true") or a claim. */
export const NEGATION_WORDS: ReadonlySet<string> = new Set(["not", "n't", "never", "no"]);

/** The act of replying with `verdict` (a lower-case word): REJECT for untrue, CRITICIZE for condemned, else null. */
export function verdictType(verdict: string): RelationType | null {
  if (FALSEHOOD_VERDICTS.has(verdict)) return "REJECT";
  if (CONDEMNING_VERDICTS.has(verdict)) return "CRITICIZE";
  return null;
}
