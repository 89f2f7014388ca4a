// Which statements an answer can address, and as what: a plain statement as itself; a negated one only when it
// is its subject's own denial ("Russia denied planning to invade Ukraine"), which others answer as a DENY.

import type { DatedStatement } from "./dated-statement.ts";

/** A denial or a claim in the words before the negated verb: "denied planning to", "insists it will not". */
const DENIAL_SPEECH =
  /\b(?:den(?:y|ies|ied|ying)|insist(?:s|ed|ing)?|sa(?:y|ys|id|ying)|stress(?:es|ed|ing)?|maintain(?:s|ed|ing)?|repeat(?:s|ed|ing)?|claim(?:s|ed|ing)?|assur(?:es|ed|ing)|pledg(?:es|ed|ing)|vow(?:s|ed|ing)?)\b/i;

/**
 * The statement as an answer sees it, or null when nothing can answer it. A negated statement is a position
 * others can reject ("Kyiv dismissed Moscow's denials") only when it is its subject's own word: attributed to
 * the subject and introduced by a denial or a claim ("Russia has denied planning to invade Ukraine", "the
 * Kremlin said it has no plans to attack"). It is answered as a DENY, and firm: the denied plan was
 * hypothetical, the denial is not. A negated fact ("Russia did not reject the proposal") is no position, and a
 * denial someone else made about the subject ("Kyiv denied that Russia plans to attack") is that speaker's
 * claim, which the speaker's own DENY statement carries.
 * @example answerableStatement(russiaDeniedPlanningToInvade) // { ...statement, type: "DENY", hypothetical: false }
 */
export function answerableStatement(statement: DatedStatement): DatedStatement | null {
  if (!statement.negated) return statement;
  if (statement.attributedTo !== statement.subject) return null;
  const beforeVerb = statement.sentence.slice(
    0,
    Math.max(0, statement.offsets.verb[0] - statement.offsets.sentence[0]),
  );
  return DENIAL_SPEECH.test(beforeVerb) ? { ...statement, type: "DENY", hypothetical: false } : null;
}
