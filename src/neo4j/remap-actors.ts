// Folds merged-away actors into the actors they were merged into (alias file `merge`), like the SQLite store:
// every link and relationship moves to the target, statements that became self-relations are deleted with their
// response links, the merged actor's names join the target's aliases, and the merged actor is deleted. Idempotent.

import { LINK_TYPES, ROLE_RELATIONSHIP_TYPES, STATEMENT_RELATIONSHIP_TYPES } from "../../graph-schema/neo4j-model.ts";
import { modelRelationshipType } from "./cypher-identifier.ts";
import type { CypherSession } from "./cypher-session.ts";
import { ACTOR, MENTIONED_IN, OBJECT, STATEMENT, SUBJECT } from "./statement-view.ts";

const MERGED = `MATCH (merged:${ACTOR} {id: $from})`;
const TARGET = `MATCH (target:${ACTOR} {id: $to})`;

/** Moves relationships of one type between actors, both directions, keeping their properties. */
function moveActorRelationships(type: string, keyedOnTitle: boolean): string[] {
  const t = modelRelationshipType(type);
  const key = keyedOnTitle ? " {title: r.title}" : "";
  return [
    `${MERGED}-[r:${t}]->(other:${ACTOR}) ${TARGET}\nMERGE (target)-[moved:${t}${key}]->(other) SET moved += properties(r) DELETE r`,
    `${MERGED}<-[r:${t}]-(other:${ACTOR}) ${TARGET}\nMERGE (target)<-[moved:${t}${key}]-(other) SET moved += properties(r) DELETE r`,
  ];
}

/** The statements that fold actor `$from` into `$to`, in order; run them in one transaction. */
export function remapActorCypher(): string[] {
  const statementLinks = [LINK_TYPES.SUBJECT, LINK_TYPES.OBJECT, LINK_TYPES.ATTRIBUTED_TO].map((link) => {
    const property = link === LINK_TYPES.ATTRIBUTED_TO ? "attributedTo" : link.toLowerCase();
    const l = modelRelationshipType(link);
    return `${MERGED}<-[l:${l}]-(st:${STATEMENT}) ${TARGET}\nMERGE (st)-[:${l}]->(target) SET st.${property} = $to DELETE l`;
  });
  // Statement relationships carry a statementId each: CREATE keeps one relationship per statement.
  const statementRelationships = STATEMENT_RELATIONSHIP_TYPES.flatMap((type) => {
    const t = modelRelationshipType(type);
    return [
      `${MERGED}-[r:${t}]->(other:${ACTOR}) ${TARGET}\nCREATE (target)-[moved:${t}]->(other) SET moved = properties(r) DELETE r`,
      `${MERGED}<-[r:${t}]-(other:${ACTOR}) ${TARGET}\nCREATE (target)<-[moved:${t}]-(other) SET moved = properties(r) DELETE r`,
    ];
  });
  return [
    ...statementLinks,
    ...statementRelationships,
    ...moveActorRelationships(LINK_TYPES.AFFILIATED_WITH, false),
    ...ROLE_RELATIONSHIP_TYPES.flatMap((type) => moveActorRelationships(type, true)),
    `${MERGED}-[m:${MENTIONED_IN}]->(article) ${TARGET}\nMERGE (target)-[:${MENTIONED_IN}]->(article) DELETE m`,
    `MATCH (a:${ACTOR} {affiliation: $from}) SET a.affiliation = $to`,
    `${MERGED} ${TARGET}
WITH merged, target, [n IN [merged.name] + coalesce(merged.aliases, []) WHERE n <> target.name AND NOT n IN coalesce(target.aliases, [])] AS added
SET target.aliases = coalesce(target.aliases, []) + added, target.aliasText = reduce(s = '', n IN coalesce(target.aliases, []) + added | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + n)`,
    `${TARGET}<-[:${SUBJECT}]-(st:${STATEMENT})-[:${OBJECT}]->(target) DETACH DELETE st`,
    `${TARGET}-[r]->(target) WHERE r.statementId IS NOT NULL DELETE r`,
    `${MERGED} DETACH DELETE merged`,
  ];
}

export const ACTOR_EXISTS_FOR_REMAP_CYPHER = `MATCH (merged:${ACTOR} {id: $from}) MATCH (target:${ACTOR} {id: $to}) RETURN merged.id AS id`;

/**
 * Folds each `from` actor into its `to` actor, one transaction per pair; pairs whose actors are not both stored are
 * skipped. Returns how many actors were folded.
 */
export async function remapActors(session: CypherSession, remap: ReadonlyMap<string, string>): Promise<number> {
  const statements = remapActorCypher();
  let moved = 0;
  for (const [from, to] of remap) {
    if (from === to) continue;
    const folded = await session.executeWrite(async (tx) => {
      const found = await tx.run(ACTOR_EXISTS_FOR_REMAP_CYPHER, { from, to });
      if (found.records.length === 0) return false;
      for (const cypher of statements) await tx.run(cypher, { from, to });
      return true;
    });
    if (folded) moved++;
  }
  return moved;
}
