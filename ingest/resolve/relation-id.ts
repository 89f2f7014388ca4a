// Stable relation ids: the same statement (article, sentence, subject and object spans, type) gets the same id
// on every run and machine. Spans rather than actor ids, so that re-resolving actors (an alias-file merge)
// rewrites a relation's subject without changing its id or breaking response links that point to it.

import { createHash } from "node:crypto";
import type { RelationOffsets, RelationType } from "../../graph-schema/index.ts";

/** Hex digits of the sha256 kept in a relation id. */
export const RELATION_ID_HASH_LENGTH = 20;

/**
 * `r-` + the sha256 of the article id, the sentence, subject, verb and object spans and the relation type.
 * @example relationId("a1", "WARN", offsets) // "r-5c0e…" (20 hex digits)
 */
export function relationId(article: string, type: RelationType, offsets: RelationOffsets): string {
  const parts = [article, type, offsets.sentence, offsets.subject, offsets.verb, offsets.object].map((part) =>
    Array.isArray(part) ? part.join(":") : String(part),
  );
  return `r-${createHash("sha256").update(parts.join("|")).digest("hex").slice(0, RELATION_ID_HASH_LENGTH)}`;
}
