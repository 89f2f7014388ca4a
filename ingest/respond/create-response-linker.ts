// The response linker ("who responded to whom"): links a new statement to the earlier statement it answers,
// explicitly ("rejected the accusations", "in response to") or by a plausible exchange between the same two
// actors within a time window (A accuses B, then B denies A).

import { quadClassOf } from "../../graph-schema/index.ts";
import type { ArticleRecord, RelationRecord, ResponseRecord } from "../../graph-schema/index.ts";
import {
  compareStatementTimes,
  datedStatement,
  dayOf,
  inDayWindow,
  lagInDays,
  shiftDay,
  type DatedStatement,
} from "./dated-statement.ts";
import { answerableStatement } from "./answerable-statement.ts";
import {
  claimContentWords,
  namedAnswer,
  namesAnswer,
  namesThirdParty,
  readReply,
  sharesContent,
} from "./named-answers.ts";
import { findResponseCue, namesClaim, type ResponseCue } from "./find-response-cue.ts";
import { answersAcrossArticles, exchangeStrength } from "./response-exchange-table.ts";
import { EMPTY_RESPONSE_HISTORY, type HistoryRequest, type ResponseHistory } from "./response-history.ts";
import { resolveResponseLinkerOptions, type ResponseLinkerOptions } from "./response-linker-options.ts";
import { indexSameArticleCandidates, SAME_ARTICLE_REACH } from "./same-article-candidates.ts";
import { compareCandidates, latest, NEW_SEQUENCE, storedSequence, type Candidate } from "./candidate-order.ts";
import { addressees, createHistoryRequests } from "./history-requests.ts";

export interface ResponseLinker {
  /**
   * Response links from `newRelations` (in input order) to earlier statements among themselves or in
   * `history`. `articles` dates the new relations. At most one link per responding statement. `revisit` are
   * stored statements to be linked again alongside the new ones (see revisitRequests). For those in
   * `currentAnswers`, the stored statement they answer now (null: none) is the only stored one they may take, with
   * the new ones: a stored link was the best among the statements stored when it was made (see the store's
   * answeredStatements), so the rest of the history is not read again for them.
   */
  link(
    newRelations: RelationRecord[],
    articles: ReadonlyMap<string, ArticleRecord>,
    history?: ResponseHistory,
    revisit?: readonly DatedStatement[],
    currentAnswers?: ReadonlyMap<string, DatedStatement | null>,
  ): ResponseRecord[];
  /**
   * The pairs and windows link() will ask `history` about, for stores that must fetch asynchronously first;
   * `revisit` are the stored statements linked again that read their history (not in link()'s `currentAnswers`).
   */
  historyRequests(
    newRelations: RelationRecord[],
    articles: ReadonlyMap<string, ArticleRecord>,
    affiliationOf?: (actor: string) => string | null,
    revisit?: readonly DatedStatement[],
  ): HistoryRequest[];
  /**
   * Where the stored statements are whose link a statement may change (a new one, dated with datedStatement, or a
   * stored one whose speaker's affiliation changed): statements that can answer it (by their cue or the exchange
   * table: `answering`), dated within the window after it (the reversed pair, from its object or any actor
   * affiliated to it, to its subject). Linking those again with link(…, revisit) makes the links independent of
   * the order and batching of the input.
   */
  revisitRequests(
    statements: readonly DatedStatement[],
    affiliationOf?: (actor: string) => string | null,
  ): HistoryRequest[];
  /**
   * Whether `statement` may still answer `answered` under the current affiliations: `answered` was said by the
   * statement's object or one of its members, about its speaker or the body the speaker belongs to. A stored
   * link fails this once an actor's affiliation has changed; such a statement is linked again from its history.
   */
  mayAnswer(
    statement: DatedStatement,
    answered: DatedStatement,
    affiliationOf?: (actor: string) => string | null,
  ): boolean;
}

/** A chosen earlier statement, the link's confidence before factors, and its cue (text, or `ACCUSE→DENY`). */
interface Found {
  target: Candidate;
  confidence: number;
  cue: string;
}

const pairKey = (subject: string, object: string): string => `${subject}\u0000${object}`;

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const round = (value: number): number => Math.round(value * 100) / 100;

/** True when `earlier` stands before `later` in the text: an earlier sentence, or a verb ending before `later`'s. */
const beforeInText = (earlier: DatedStatement, later: DatedStatement): boolean =>
  earlier.offsets.sentence[0] !== later.offsets.sentence[0]
    ? earlier.offsets.sentence[0] < later.offsets.sentence[0]
    : earlier.offsets.verb[1] <= later.offsets.verb[0];

/**
 * How much a link across articles keeps of its confidence after `lagDays`: all of it the same day, half at the
 * edge of the window. The longer the gap, the more the answer may address something said in between.
 */
const lagDecay = (lagDays: number | null, windowDays: number): number =>
  windowDays === 0 ? 1 : 1 - (0.5 * (lagDays ?? 0)) / windowDays;

/**
 * Creates a response linker. Rules: a statement never answers itself or a later statement; a negated statement
 * answers nothing ("did not reject" is no reply) and is answered only when it is its subject's own denial, as
 * a DENY (see answerableStatement); hypothetical statements link with a lower confidence. Actors are global ids, so aliases (Moscow → Russia) are already respected.
 * @example
 * const linker = createResponseLinker({ windowDays: 14 });
 * const responses = linker.link(relations, new Map(articles.map((a) => [a.id, a])), createInMemoryResponseHistory([]));
 */
export function createResponseLinker(options: Partial<ResponseLinkerOptions> = {}): ResponseLinker {
  const settings = resolveResponseLinkerOptions(options);

  const { historyRequests, revisitRequests } = createHistoryRequests(settings);

  const link: ResponseLinker["link"] = (
    newRelations,
    articles,
    history = EMPTY_RESPONSE_HISTORY,
    revisit = [],
    currentAnswers = new Map(),
  ) => {
    const articleOrder = new Map([...articles.keys()].map((id, i) => [id, i]));
    const newIds = new Set(newRelations.map((relation) => relation.id));
    // Revisited statements were stored before this batch: like history, they come first in input order.
    const batch: Candidate[] = [
      ...revisit
        .filter((statement) => !newIds.has(statement.id))
        .map((statement) => ({ statement, sequence: storedSequence(statement), viaAffiliation: false })),
      ...newRelations.map((relation) => ({
        statement: datedStatement(relation, articles),
        sequence: NEW_SEQUENCE + (articleOrder.get(relation.article) ?? articleOrder.size),
        viaAffiliation: false,
      })),
    ];
    const affiliationOf = history.affiliationOf?.bind(history);
    const membersOf = history.membersOf?.bind(history);
    // Same-article statements by article and addressee, near each other in the text. Dated ones by addressee and
    // speaker in day order, so a window is a range: filed under the speaker and under the body it belongs to
    // (Blinken's under the US too), so a hub's window holds only the pair's statements. Who spoke is checked
    // again per candidate.
    const sameArticle = indexSameArticleCandidates(batch);
    // And by speaker and the body it belongs to: the claims a reply may name whomever they were about.
    const claimsBy = indexSameArticleCandidates(batch, SAME_ARTICLE_REACH, ({ subject }) => [
      subject,
      affiliationOf?.(subject) ?? subject,
    ]);
    const byPairDay = new Map<string, { day: string; order: number; candidate: Candidate }[]>();
    batch.forEach((candidate, order) => {
      const { object, subject } = candidate.statement;
      const day = dayOf(candidate.statement.date);
      if (day === null) return;
      const body = affiliationOf?.(subject) ?? null;
      for (const speaker of body === null || body === subject ? [subject] : [subject, body]) {
        pushTo(byPairDay, pairKey(object, speaker), { day, order, candidate });
      }
    });
    const byDayThenOrder = (a: { day: string; order: number }, b: { day: string; order: number }): number =>
      a.day < b.day ? -1 : a.day > b.day ? 1 : a.order - b.order;
    for (const list of byPairDay.values()) list.sort(byDayThenOrder);
    /** Batch statements about `object` by `body` or its members, from another article, in the window. */
    const batchWindow = (object: string, body: string, from: string, to: string, article: string): Candidate[] => {
      // Without affiliations, the history may still list a body's members: their statements are filed by speaker.
      const speakers = affiliationOf === undefined ? [body, ...(membersOf?.(body) ?? [])] : [body];
      const found = speakers.flatMap((speaker) => inDayWindow(byPairDay.get(pairKey(object, speaker)) ?? [], from, to));
      if (speakers.length > 1) found.sort(byDayThenOrder);
      return found.flatMap(({ candidate }) => (candidate.statement.article !== article ? [candidate] : []));
    };
    const batchIds = new Set(batch.map((candidate) => candidate.statement.id));
    const linked = new Set<string>();
    const responses: ResponseRecord[] = [];

    /** Whether `speaker` is `body` or one of its members. */
    const speaksFor = (speaker: string, body: string): boolean =>
      speaker === body ||
      (affiliationOf !== undefined ? affiliationOf(speaker) === body : (membersOf?.(body) ?? []).includes(speaker));

    /** Answerable statements by `response.object` about the responder (or its affiliation), other than itself. */
    const candidatesFor = (response: Candidate, windowDays: number): Candidate[] => {
      const { statement } = response;
      const day = dayOf(statement.date);
      const from = day === null ? null : shiftDay(day, -windowDays);
      // The answered statement was made by the addressed actor, or by one of its members (the US ← Biden).
      // Per addressee: the batch's statements (same article, then the window), then the stored ones. One array is
      // filled in that order: on a large store this runs for thousands of statements with 100k candidates.
      const found: Candidate[] = [];
      addressees(statement.subject, affiliationOf).forEach((addressee, i) => {
        const take = (candidate: DatedStatement, sequence: number): void => {
          // Never one's own statement ("Putin agreed with Russia" answers no demand Putin made of Russia).
          if (candidate.subject === statement.subject || !speaksFor(candidate.subject, statement.object)) return;
          const answerable = answerableStatement(candidate);
          if (answerable === null) return;
          const viaAffiliation = i > 0 || candidate.subject !== statement.object;
          found.push({ statement: answerable, sequence, viaAffiliation });
        };
        for (const c of sameArticle.near(statement, addressee)) take(c.statement, c.sequence);
        if (day === null || from === null) return;
        for (const c of batchWindow(addressee, statement.object, from, day, statement.article)) {
          take(c.statement, c.sequence);
        }
        const stored = currentAnswers.has(statement.id)
          ? storedAnswer(currentAnswers.get(statement.id) ?? null, addressee, from, day)
          : history.statementsBetween(statement.object, addressee, from, day);
        for (const s of stored) if (!batchIds.has(s.id)) take(s, storedSequence(s));
      });
      return found;
    };

    /** A revisited statement's current answer, when it is about `addressee` within [from, to] (as history reads). */
    const storedAnswer = (
      answer: DatedStatement | null,
      addressee: string,
      from: string,
      to: string,
    ): DatedStatement[] => {
      const day = answer === null ? null : dayOf(answer.date);
      return answer !== null && day !== null && answer.object === addressee && day >= from && day <= to ? [answer] : [];
    };

    /** True when `candidate` was made before `response`, within `windowDays`, in another article. */
    const earlierElsewhere = (candidate: Candidate, response: Candidate, windowDays: number): boolean => {
      if (candidate.statement.article === response.statement.article) return false;
      const lag = lagInDays(candidate.statement.date, response.statement.date);
      if (lag === null || lag < 0 || lag > windowDays) return false;
      return compareCandidates(candidate, response) < 0;
    };

    const confidenceFactors = (candidate: Candidate, response: Candidate): number =>
      (candidate.viaAffiliation ? settings.affiliationFactor : 1) *
      (candidate.statement.hypothetical || response.statement.hypothetical ? settings.hypotheticalFactor : 1);

    /**
     * What a cue names of its article about a third party (see named-answers.ts): a statement of the reply's
     * article by the actor it answers (or a member), about anyone. From the batch, the reply's current answer, or
     * the article's statements the history holds (for a stored reply linked again).
     */
    const namedTarget = (response: Candidate, cue: ResponseCue): Candidate | null => {
      const own = response.statement;
      if (!namesThirdParty(cue)) return null;
      // The actor it answers, and the body that actor belongs to ("slammed Putin for aggression": Russia's attack).
      const owners = addressees(own.object, affiliationOf);
      const speakers = affiliationOf === undefined ? [own.object, ...(membersOf?.(own.object) ?? [])] : owners;
      const found: Candidate[] = speakers.flatMap((speaker) => [...claimsBy.near(own, speaker)]);
      const stored = (statement: DatedStatement): Candidate => ({
        statement,
        sequence: storedSequence(statement),
        viaAffiliation: false,
      });
      const current = currentAnswers.get(own.id);
      if (current) found.push(stored(current));
      for (const speaker of speakers)
        for (const s of history.statementsIn?.(own.article, speaker) ?? [])
          if (!batchIds.has(s.id)) found.push(stored(s));
      const named = found.flatMap((c) => {
        const owned = owners.some((owner) => speaksFor(c.statement.subject, owner));
        const answerable = owned ? answerableStatement(c.statement) : null;
        const viaAffiliation = c.statement.subject !== own.object;
        return answerable === null ? [] : [{ statement: answerable, sequence: c.sequence, viaAffiliation }];
      });
      return namedAnswer(readReply(own, cue), named);
    };

    /**
     * An explicitly cued answer: a claim its stated content names, else a statement of the same article (before
     * it in the text, then after), else an act of a kind it names in its article, else the latest earlier one.
     */
    const explicitTarget = (response: Candidate, cue: ResponseCue): Found | null => {
      const named = cue.content === null ? null : namedTarget(response, cue);
      if (named) return { target: named, confidence: settings.explicitSameArticleConfidence, cue: cue.text };
      const answers = cue.answers;
      const pool = candidatesFor(response, settings.explicitWindowDays).filter((c) =>
        answers === null ? quadClassOf(c.statement.type) === "VERBAL_CONFLICT" : answers.includes(c.statement.type),
      );
      const own = response.statement;
      const words = claimContentWords(own, cue);
      const sameArticle = pool.filter((c) => {
        const s = c.statement;
        if (s.article !== own.article) return false;
        // A claim spelled out is that claim: its statement tells some of what it says.
        if (words !== null && !sharesContent(words, s.sentence)) return false;
        if (s.eventDate !== null && own.eventDate !== null && s.eventDate > own.eventDate) return false;
        if (s.offsets.sentence[0] === own.offsets.sentence[0])
          return cue.clauseStart !== null && s.offsets.verb[0] >= cue.clauseStart;
        return true;
      });
      const before = sameArticle.filter((c) => c.statement.offsets.sentence[0] <= own.offsets.sentence[0]);
      const after = sameArticle.filter((c) => c.statement.offsets.sentence[0] > own.offsets.sentence[0]);
      const local = latest(before) ?? after.sort(compareCandidates)[0] ?? null;
      const act = local ?? (cue.content === null ? namedTarget(response, cue) : null);
      if (act) return { target: act, confidence: settings.explicitSameArticleConfidence, cue: cue.text };
      if (cue.statesContent || !cue.acrossArticles) return null;
      const elsewhere = latest(pool.filter((c) => earlierElsewhere(c, response, settings.explicitWindowDays)));
      return elsewhere
        ? {
            target: elsewhere,
            confidence:
              settings.explicitCrossArticleConfidence *
              lagDecay(lagInDays(elsewhere.statement.date, own.date), settings.explicitWindowDays),
            cue: cue.text,
          }
        : null;
    };

    /**
     * An uncued answer: the earlier statement of the pair whose type this one most plausibly answers, weighing
     * the exchange, the lag and the affiliation path together (the latest wins a tie), so a weak exchange made
     * last does not hide a strong one made the day before.
     */
    const implicitTarget = (response: Candidate): Found | null => {
      const own = response.statement;
      let best: (Found & { weight: number }) | null = null;
      for (const c of candidatesFor(response, settings.windowDays)) {
        const strength = exchangeStrength(settings.exchanges, c.statement.type, own.type);
        if (strength === 0) continue;
        if (c.statement.article !== own.article) {
          // Across articles only a reply proper answers without a cue (see ANSWERS_ACROSS_ARTICLES).
          if (!answersAcrossArticles(own, c.statement) || !earlierElsewhere(c, response, settings.windowDays)) continue;
        } else {
          // Within an article, dates first ("on Friday" in a Saturday report came before), then the text order:
          // an earlier sentence, or an earlier clause of the same one ("the EU imposed sanctions, which Minsk
          // condemned"); one verb shared by both ("accused each other") orders nothing.
          const order = compareStatementTimes(c.statement.date, own.date);
          if (order !== 0 ? order > 0 : !beforeInText(c.statement, own)) continue;
          // A claim the sentence names ("rejected Moscow's accusations against NATO") is what is answered there,
          // never an answer to its own sentence.
          if (namesClaim(own) && c.statement.offsets.sentence[0] === own.offsets.sentence[0]) continue;
        }
        const decay = lagDecay(lagInDays(c.statement.date, own.date), settings.windowDays);
        // The exchange an article tells is the one it answers: its own earlier statements come before any elsewhere.
        const told = c.statement.article === own.article ? 1 : 0;
        const weight = told + strength * decay * confidenceFactors(c, response);
        const better =
          best === null || weight > best.weight || (weight === best.weight && compareCandidates(c, best.target) > 0);
        if (better) best = { target: c, confidence: strength * decay, cue: `${c.statement.type}→${own.type}`, weight };
      }
      return best === null ? null : { target: best.target, confidence: best.confidence, cue: best.cue };
    };

    for (const response of batch) {
      const own = response.statement;
      if (own.negated) continue;
      const cue = findResponseCue(own);
      // A cue that names what was answered ("rejected Britain's accusations") and finds nothing of that kind
      // is no licence to link anything else; only a neutral cue ("dismissed the remarks") falls back.
      const neutral = cue === null || (cue.answers === null && !cue.statesContent);
      const found = (cue ? explicitTarget(response, cue) : null) ?? (neutral ? implicitTarget(response) : null);
      if (!found || linked.has(pairKey(found.target.statement.id, own.id))) continue;
      const confidence = round(found.confidence * confidenceFactors(found.target, response));
      if (confidence < settings.minConfidence) continue;
      linked.add(pairKey(own.id, found.target.statement.id));
      responses.push({
        from: own.id,
        to: found.target.statement.id,
        cue: found.cue,
        lagDays: lagInDays(found.target.statement.date, own.date),
        confidence,
      });
    }
    return responses;
  };

  const mayAnswer: ResponseLinker["mayAnswer"] = (statement, answered, affiliationOf) => {
    const by = (actor: string): boolean => answered.subject === actor || affiliationOf?.(answered.subject) === actor;
    if (by(statement.object) && addressees(statement.subject, affiliationOf).includes(answered.object)) return true;
    // A statement of the same article about anyone, by the actor answered or its body, that the reply names (see
    // named-answers.ts).
    if (answered.article !== statement.article || !addressees(statement.object, affiliationOf).some(by)) return false;
    const cue = findResponseCue(statement);
    return cue !== null && namesThirdParty(cue) && namesAnswer(readReply(statement, cue), answered);
  };

  return { link, historyRequests, revisitRequests, mayAnswer };
}
