// Verdicts a speaker passes on a claim: "Peskov said the accusations were lies", "Russia's claim that it is pulling
// back is false, according to a US official", "'This is not the case,' Zelensky told reporters". Each is the
// speaker's reply to whoever made the claim (attribution/resolve-replies.ts): a rejection when the claim is called
// untrue, criticism when it is condemned. A verdict nobody is reported to have said is the writer's, and no reply.

import type { Sentence, Token } from "../../nlp/analyze-text.ts";
import type { Clause } from "../clauses/clause.ts";
import { prepositionOf } from "../clauses/find-clauses.ts";
import { NEGATION_WORDS, TRUTH_WORDS, verdictType } from "../lexicon/claim-nouns.ts";
import { SPEECH_VERBS } from "../lexicon/newsgraph-verb-events.ts";
import { actorsOf, clauseSubjects, type NamedActor } from "./named-actors.ts";
import { disputedClaimAt } from "./no-evidence.ts";
import { quoteAt } from "./quote-spans.ts";
import { answersOf, claimNounAt, verdictAt, type PendingReply } from "./replies.ts";
import { reportedClauses } from "./reported-speech.ts";
import type { StatementContext } from "./statement.ts";

/** Words that stand for a claim just reported ("This is not the case"); "it" is left to the speaker's own words. */
export const DEMONSTRATIVES: ReadonlySet<string> = new Set(["this", "that", "these", "those"]);
const COPULAS = new Set(["is", "are", "was", "were", "'s"]);
/** Words a short verdict may carry besides its subject, copula and verdict ("This is simply not true"). */
const FILLERS = new Set(["simply", "just", "completely", "absolutely", "totally", "utterly", "pure", "a", "an", "the"]);
// "nsubj:outer": the parser's reading of a subject whose predicate it took for a clause ("the claim that … is false").
const SUBJECTS = new Set(["nsubj", "nsubj:outer"]);
// "according to" hangs as an oblique, or as a conjunct where the parser read the source as a second predicate.
const OBLIQUES = new Set(["obl", "conj"]);

/** Who said a reported clause, and the verb that says so. */
interface Voice {
  speakers: NamedActor[];
  speech: number;
}

/** The reply of `speakers` passing the verdict headed by `verdict` on the claim `claim`. */
function reply(
  context: StatementContext,
  voice: Voice,
  verdict: number,
  claim: number,
  type: PendingReply["type"],
): PendingReply {
  const tokens = context.tree.tokens;
  const sameSentence = (tokens[voice.speech] as Token | undefined)?.sentence === (tokens[verdict] as Token).sentence;
  return {
    subjects: voice.speakers,
    type,
    predicate: verdict,
    // The verb of speaking decides whether the verdict was said ("did not say the claims were false"); the verdict's
    // own negation is part of it ("not true").
    scope: sameSentence ? voice.speech : claim,
    sentence: (tokens[verdict] as Token).sentence,
    claim,
    event: null,
    answers: DEMONSTRATIVES.has((tokens[claim] as Token).lower) ? null : answersOf(context, claim),
  };
}

/** A verdict sentence the parser did not read (it names no actor): "This is not the case." as token words. */
function shortVerdict(context: StatementContext, sentence: Sentence): { claim: number; verdict: number } | null {
  const words: number[] = [];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const token = context.tree.tokens[i] as Token;
    if (token.upos !== "PUNCT" && token.pos !== "PUNCT" && token.pos !== "SPACE" && !FILLERS.has(token.lower))
      words.push(i);
  }
  const lower = words.map((i) => (context.tree.tokens[i] as Token).lower);
  if (lower.length < 3 || lower.length > 4 || !DEMONSTRATIVES.has(lower[0] as string)) return null;
  if (!COPULAS.has(lower[1] as string)) return null;
  const untrue =
    lower.length === 4
      ? NEGATION_WORDS.has(lower[2] as string) && TRUTH_WORDS.has(lower[3] as string)
      : verdictType(lower[2] as string) === "REJECT";
  return untrue ? { claim: words[0] as number, verdict: words[words.length - 1] as number } : null;
}

/** The speakers an "according to" phrase on `head` names. */
function accordingTo(context: StatementContext, head: number): Voice | null {
  const sources = context.tree
    .childrenWith(head, OBLIQUES)
    .filter((child) => prepositionOf(context.tree, child) === "according")
    .map((child) => ({ head: child, role: "oblique" as const, preposition: "according", inherited: false }));
  const speakers = actorsOf(context, sources, false);
  return speakers.length > 0 ? { speakers, speech: -1 } : null;
}

/** The replies made by verdicts in what the article reports, given each sentence's clauses. */
export function verdictReplies(
  context: StatementContext,
  sentences: readonly Sentence[],
  clausesBySentence: readonly (readonly Clause[])[],
): PendingReply[] {
  const { tree } = context;
  // Who said each reported clause, and each quotation.
  const byRoot = new Map<number, Voice>();
  const byQuote = new Map<number, Voice>();
  for (const clauses of clausesBySentence) {
    for (const clause of clauses) {
      if (clause.kind !== "verb" || !SPEECH_VERBS.has(clause.lemma)) continue;
      const speakers = clauseSubjects(context, clause);
      if (speakers.length === 0) continue;
      const voice = { speakers, speech: clause.predicate };
      for (const root of reportedClauses(context, clause.predicate)) {
        byRoot.set(root, voice);
        const quote = quoteAt(context.quotes, root);
        if (quote && !byQuote.has(quote.start)) byQuote.set(quote.start, voice);
      }
    }
  }
  const quoted = (i: number): Voice | null => {
    const quote = quoteAt(context.quotes, i);
    return quote ? (byQuote.get(quote.start) ?? null) : null;
  };
  const out: PendingReply[] = [];
  for (const sentence of sentences) {
    const parsed = (tree.tokens[sentence.tokenStart] as Token | undefined)?.deprel !== "";
    if (!parsed) {
      const short = shortVerdict(context, sentence);
      const voice = short ? quoted(short.claim) : null;
      if (short && voice) out.push(reply(context, voice, short.verdict, short.claim, "REJECT"));
      continue;
    }
    const answered = new Set<number>();
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const disputed = disputedClaimAt(context, i);
      if (disputed) {
        // "say there is no evidence…": the reported clause is the one the evidence noun is the subject or object of.
        const head = (tree.tokens[i] as Token).head;
        const voice = byRoot.get(i) ?? (head >= 0 ? byRoot.get(head) : undefined) ?? quoted(i);
        // The reply's mood is the evidence noun's clause, not the doubted claim's ("no evidence that Russia had
        // withdrawn" is asserted, the withdrawal is not).
        if (voice) out.push({ ...reply(context, voice, i, i, "REJECT"), ...disputed });
        continue;
      }
      const type = verdictAt(context, i);
      if (type === null) continue;
      const claim = tree
        .childrenWith(i, SUBJECTS)
        .find(
          (c) =>
            claimNounAt(context, c) !== null ||
            (DEMONSTRATIVES.has((tree.tokens[c] as Token).lower) && (tree.tokens[c] as Token).upos === "PRON"),
        );
      if (claim === undefined || answered.has(claim) || context.actorAt[claim] !== -1) continue;
      const voice = byRoot.get(i) ?? accordingTo(context, i) ?? quoted(i);
      if (!voice) continue;
      answered.add(claim);
      out.push(reply(context, voice, i, claim, type));
    }
  }
  return out;
}
