// The statement stages over one analysed article, in order: the dependency trees (syntax) with the article's actor
// mentions, clauses and their arguments, statements (clauses, reported speech), modality, and attribution (replies,
// one statement per fact, the contract's relations).

import type { AnalyzedText, Sentence } from "../nlp/analyze-text.ts";
import type { LocalRelation } from "./article-extraction.ts";
import { findClauses, nounLemma } from "./clauses/find-clauses.ts";
import type { Clause } from "./clauses/clause.ts";
import type { Mention } from "./mentions/find-mentions.ts";
import type { EventLexicon } from "./lexicon/event-lexicon.ts";
import type { ArticleActor } from "./mentions/link-actors.ts";
import { applyModality } from "./modality/statement-modality.ts";
import { publishStatements } from "./attribution/publish-statements.ts";
import { resolveReplies } from "./attribution/resolve-replies.ts";
import { clauseStatements } from "./statements/clause-statements.ts";
import { echoedClaims } from "./statements/echoed-claims.ts";
import { declaredThreats } from "./statements/intentions.ts";
import { aimAtCountries, placeCountries } from "./statements/places-of-countries.ts";
import { quoteSpans } from "./statements/quote-spans.ts";
import { quotedSentences } from "./statements/quoted-sentences.ts";
import { refusedActs } from "./statements/refusals.ts";
import { bindReportedPronouns, speechStatements } from "./statements/reported-speech.ts";
import { backingCompounds } from "./statements/backing-compounds.ts";
import type { PendingReply } from "./statements/replies.ts";
import { disputeClaimsInApposition } from "./statements/disputed-claims.ts";
import { reactionsToActs } from "./statements/reactions-to-acts.ts";
import { verdictReplies } from "./statements/verdict-replies.ts";
import type { Statement, StatementContext } from "./statements/statement.ts";
import { buildArticleTree } from "./syntax/article-tree.ts";

export interface StatementSources {
  lexicon: EventLexicon;
  agentNouns: ReadonlySet<string>;
}

/** The relations of an article whose tokens carry syntax, given its mentions and actors. */
export function extractStatements(
  sources: StatementSources,
  analyzed: AnalyzedText,
  mentions: readonly Mention[],
  actors: readonly ArticleActor[],
  published: string | null,
  listedSides: ReadonlyMap<number, string> = new Map(),
): LocalRelation[] {
  const tree = buildArticleTree(analyzed);
  const actorAt = new Int32Array(analyzed.tokens.length).fill(-1);
  const nameAt: Array<readonly [number, number]> = [];
  for (const mention of mentions) {
    if (mention.actor < 0) continue;
    // A common noun capitalised at a sentence start and taken for a name ("Diplomats from Germany…") names no actor.
    const actor = actors[mention.actor];
    if (actor?.guessed && sources.agentNouns.has(nounLemma(actor.name.toLowerCase()))) continue;
    for (let t = mention.tokenStart; t < mention.tokenEnd; t++) {
      actorAt[t] = mention.actor;
      nameAt[t] = [mention.start, mention.end];
    }
  }
  const clauseAt = new Map<number, Clause>();
  const clausesBySentence = analyzed.sentences.map((sentence) => {
    const clauses = findClauses(tree, sources.lexicon, sentence);
    for (const clause of clauses) clauseAt.set(clause.predicate, clause);
    return clauses;
  });
  const context: StatementContext = {
    tree,
    lexicon: sources.lexicon,
    actorAt,
    actors,
    agentNouns: sources.agentNouns,
    clauseAt,
    quotes: quoteSpans(analyzed),
    listedSides,
  };
  for (const clauses of clausesBySentence) for (const clause of clauses) bindReportedPronouns(context, clause);
  const statements: Statement[] = [];
  const replies: PendingReply[] = [];
  const bySentence: Statement[][] = clausesBySentence.map((clauses, sentence) => {
    const own: Statement[] = [];
    for (const clause of clauses) {
      const found = clauseStatements(context, clause, sentence);
      own.push(...found.statements);
      replies.push(...found.replies);
    }
    return own;
  });
  replies.push(...verdictReplies(context, analyzed.sentences, clausesBySentence));
  // Reported speech reads whether what it reports is asserted, so modality comes first for the reported clauses.
  bySentence.forEach((own, sentence) => {
    applyModality(tree, sources.lexicon, own);
    const declared = declaredThreats(context, own);
    applyModality(
      tree,
      sources.lexicon,
      declared.filter((s, i) => s !== own[i]),
    );
    const { refused, announced } = refusedActs(context, declared);
    applyModality(tree, sources.lexicon, refused);
    bySentence[sentence] = [...declared, ...refused, ...announced];
  });
  const quoted = quotedSentences(
    analyzed.sentences,
    tree,
    context.quotes,
    clausesBySentence,
    (index) => bySentence[index] as Statement[],
  );
  clausesBySentence.forEach((clauses, sentence) => {
    const own = bySentence[sentence] as Statement[];
    const spoken: Statement[] = [];
    for (const clause of clauses) spoken.push(...speechStatements(context, clause, sentence, own, quoted));
    applyModality(tree, sources.lexicon, spoken);
    // Echoes restate claims already read: they keep each claim's modality (scope), and stand for the echoing verb's own
    // reading ("a charge echoed by the US and the EU" is no agreement between them).
    const echoes = echoedClaims(context, clauses, [...own, ...spoken]);
    applyModality(tree, sources.lexicon, echoes.statements);
    // A reported act the sentence disputes in apposition ("…, a claim denied by Moscow") is only alleged.
    disputeClaimsInApposition(context, analyzed.sentences[sentence] as Sentence, [
      ...own,
      ...spoken,
      ...echoes.statements,
    ]);
    // Reactions to an act restated in apposition ("a step the West condemned") answer its agent.
    const reactions = reactionsToActs(context, clauses, sentence);
    applyModality(tree, sources.lexicon, reactions);
    const reacting = new Set(reactions.map((s) => s.predicate));
    statements.push(
      ...own.filter((s) => !echoes.echoing.has(s.predicate) && !reacting.has(s.predicate)),
      ...spoken,
      ...echoes.statements,
      ...reactions,
    );
    // Backing named in a compound ("the Kremlin-backed Wagner Group") is presupposed: no modality reaches it.
    statements.push(...backingCompounds(context, analyzed.sentences[sentence] as Sentence, sentence));
  });
  statements.sort((a, b) => a.predicate - b.predicate);
  const answered = resolveReplies(context, replies, statements);
  const aimed = aimAtCountries(context, [...statements, ...answered], placeCountries(mentions, actors));
  return publishStatements(analyzed, actors, aimed, published, nameAt, listedSides);
}
