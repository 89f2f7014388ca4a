// Ranked actor pairs on the embedded store: the strongest `limit` of a set of pairs computed in SQL, with how many
// there are, so that only the shown pairs reach JavaScript.

import type { Database } from "better-sqlite3";

/** One ordered actor pair and how many statements stand behind it under the query's filters. */
export interface RankedPair {
  subject: string;
  object: string;
  n: number;
}

/** The chosen pairs, strongest first, and how many pairs matched (null when the read stopped before counting). */
export interface RankedPairs {
  ranked: RankedPair[];
  total: number | null;
}

/**
 * The strongest `named.limit` rows of the CTE `hits(subject, object, n)` defined by `ctes` (strongest first, then
 * subject, then object) and the count of all its rows, in one statement: SQLite's top-N sort keeps only `limit`
 * rows. `positional` and `named` bind the parameters of `ctes`.
 */
export function topPairs(
  db: Database,
  ctes: string,
  positional: readonly unknown[],
  named: Record<string, unknown> & { limit: number },
): RankedPairs {
  const rows = db
    .prepare(
      `WITH ${ctes}
       -- One row even when no pair is shown (limit 0, or none match), to carry the count.
       SELECT c.total, top.subject, top.object, top.n
       FROM (SELECT count(*) AS total FROM hits) c
       LEFT JOIN (SELECT subject, object, n FROM hits ORDER BY n DESC, subject, object LIMIT @limit) top
       ORDER BY top.n DESC, top.subject, top.object`,
    )
    .all(...positional, named) as { total: number; subject: string | null; object: string | null; n: number | null }[];
  const ranked: RankedPair[] = [];
  for (const { subject, object, n } of rows) {
    if (subject !== null && object !== null && n !== null) ranked.push({ subject, object, n });
  }
  return { ranked, total: rows[0]?.total ?? 0 };
}
