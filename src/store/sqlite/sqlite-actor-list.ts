// Lists the embedded store's actors for `newsgraph actors`: optionally those with a name or alias containing the
// search text (folded like every name lookup), of some types, ordered by statements, articles or name.

import type { Database } from "better-sqlite3";
import type { ActorListing, ActorListQuery, ActorType } from "../../../graph-schema/index.ts";
import { normalizeName } from "./normalize-name.ts";

const ORDER_BY = {
  statements: "a.statements DESC, a.article_count DESC, a.name, a.id",
  articles: "a.article_count DESC, a.statements DESC, a.name, a.id",
  name: "a.name COLLATE NOCASE, a.id",
} as const;

interface ListingRow {
  id: string;
  name: string;
  type: ActorType;
  aliases: string;
  affiliation: string | null;
  statements: number;
  article_count: number;
  matched: string | null;
}

/**
 * The actors `query` asks for, at most `query.limit` of them.
 * @example listSqliteActors(db, { search: "stolten", sort: "statements", limit: 20 })
 */
export function listSqliteActors(db: Database, query: ActorListQuery): ActorListing[] {
  const norm = query.search === undefined ? "" : normalizeName(query.search);
  if (query.search !== undefined && norm === "") return [];
  const types = query.types && query.types.length > 0 ? JSON.stringify(query.types) : null;
  const pattern = `%${norm.replace(/[\\%_]/g, "\\$&")}%`;
  // With a search, the best-matching name of each actor: the name itself, else the shortest matching alias.
  const matched =
    norm === ""
      ? "NULL"
      : `(SELECT n.name FROM actor_names n WHERE n.actor_id = a.id AND n.norm LIKE @pattern ESCAPE '\\'
           ORDER BY n.name = a.name DESC, length(n.name), n.name LIMIT 1)`;
  const rows = db
    .prepare(
      `SELECT a.id, a.name, a.type, a.aliases, a.affiliation, a.statements, a.article_count, ${matched} AS matched
       FROM actors a
       WHERE (@types IS NULL OR a.type IN (SELECT value FROM json_each(@types)))
         AND (@norm = '' OR a.id IN (SELECT actor_id FROM actor_names WHERE norm LIKE @pattern ESCAPE '\\'))
       ORDER BY ${ORDER_BY[query.sort]}
       LIMIT @limit`,
    )
    .all({ types, norm, pattern, limit: query.limit }) as ListingRow[];
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    type: row.type,
    aliases: JSON.parse(row.aliases) as string[],
    affiliation: row.affiliation,
    statements: row.statements,
    articles: row.article_count,
    matched: row.matched,
  }));
}
