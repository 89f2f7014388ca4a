// Turns the shared query filters into one SQL condition over `relations`, always with bound parameters.

import type { StatementFilter } from "../../../graph-schema/index.ts";

export interface SqlCondition {
  sql: string;
  params: unknown[];
}

const placeholders = (values: readonly unknown[]): string => values.map(() => "?").join(", ");

/** `relations` is aliased as `alias`; the result is `1` when there is no filter. */
export function relationFilterSql(filter: StatementFilter, alias = "r"): SqlCondition {
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]): void => {
    parts.push(sql);
    params.push(...values);
  };
  if (filter.relationTypes?.length) add(`${alias}.type IN (${placeholders(filter.relationTypes)})`, ...filter.relationTypes);
  if (filter.quads?.length) add(`${alias}.quad IN (${placeholders(filter.quads)})`, ...filter.quads);
  if (filter.from) add(`${alias}.day >= ?`, filter.from);
  if (filter.to) add(`${alias}.day <= ?`, filter.to);
  if (filter.sources?.length) add(`${alias}.source IN (${placeholders(filter.sources)})`, ...filter.sources);
  if (!filter.includeNegated) add(`${alias}.negated = 0`);
  if (!filter.includeHypothetical) add(`${alias}.hypothetical = 0`);
  if (filter.minConfidence !== undefined && filter.minConfidence > 0) add(`${alias}.confidence >= ?`, filter.minConfidence);
  if (filter.actorTypes?.length) {
    const types = placeholders(filter.actorTypes);
    add(
      `${alias}.subject IN (SELECT id FROM actors WHERE type IN (${types})) AND ${alias}.object IN (SELECT id FROM actors WHERE type IN (${types}))`,
      ...filter.actorTypes,
      ...filter.actorTypes,
    );
  }
  return { sql: parts.length ? parts.join(" AND ") : "1", params };
}
