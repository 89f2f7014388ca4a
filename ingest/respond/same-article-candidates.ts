// The statements of one article that a statement of the same article may answer, found near it in the text. An
// article's statements about one addressee are few (a long news article has a few dozen), but an article made of
// the same story thousands of times has thousands, and comparing each with all the others cost the square of
// their number (16,709 statements: five minutes). Each statement now looks at most SAME_ARTICLE_REACH statements
// about its addressee before it in the text and as many after it: the same answers for any article with fewer,
// and time in proportion to the article's length for any article.

import type { DatedStatement } from "./dated-statement.ts";

/** How many statements about one addressee, before and after a statement in its article, it may answer. */
export const SAME_ARTICLE_REACH = 100;

interface Positioned {
  statement: DatedStatement;
}

/** Text order: sentence, then verb, then id (so the order never depends on how the statements came in). */
function compareInText(a: DatedStatement, b: DatedStatement): number {
  return (
    a.offsets.sentence[0] - b.offsets.sentence[0] ||
    a.offsets.verb[0] - b.offsets.verb[0] ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * Indexes `candidates` by article and addressee (object), or by the keys `keysOf` gives (the speaker and the body
 * it belongs to, for the claims an actor made); `near` returns those of `statement`'s article under `addressee`
 * within SAME_ARTICLE_REACH of its place in the text, in text order.
 */
export function indexSameArticleCandidates<C extends Positioned>(
  candidates: readonly C[],
  reach: number = SAME_ARTICLE_REACH,
  keysOf: (statement: DatedStatement) => readonly string[] = (statement) => [statement.object],
): { near(statement: DatedStatement, addressee: string): readonly C[] } {
  const byArticleObject = new Map<string, C[]>();
  for (const candidate of candidates) {
    for (const addressee of new Set(keysOf(candidate.statement))) {
      const key = `${candidate.statement.article}\u0000${addressee}`;
      const list = byArticleObject.get(key);
      if (list) list.push(candidate);
      else byArticleObject.set(key, [candidate]);
    }
  }
  for (const list of byArticleObject.values()) list.sort((a, b) => compareInText(a.statement, b.statement));
  return {
    near(statement, addressee) {
      const list = byArticleObject.get(`${statement.article}\u0000${addressee}`) ?? [];
      if (list.length <= 2 * reach) return list;
      let low = 0;
      let high = list.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (compareInText((list[middle] as C).statement, statement) < 0) low = middle + 1;
        else high = middle;
      }
      return list.slice(Math.max(0, low - reach), low + reach);
    },
  };
}
