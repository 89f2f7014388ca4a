// Folds merged-away actors into the actors they were merged into (alias file `merge`), like the SQLite store:
// every link and relationship moves to the target, statements that became self-relations are deleted with their
// response links, the old actor's names join the target's aliases, and the old actor is deleted. Idempotent.

import { LINK_TYPES, ROLE_RELATIONSHIP_TYPES, STATEMENT_RELATIONSHIP_TYPES } from "../../graph-schema/neo4j-model.ts";
import { modelRelationshipType } from "./cypher-identifier.ts";
import type { CypherSession } from "./cypher-session.ts";
import { ACTOR, MENTIONED_IN, OBJECT, STATEMENT, SUBJECT } from "./statement-view.ts";

const OLD = `MATCH (old:${ACTOR} {id: $from})`;
const NEW = `MATCH (new:${ACTOR} {id: $to})`;

/** Moves relationships of one type between actors, both directions, keeping their properties. */
function moveActorRelationships(type: string, keyedOnTitle: boolean): string[] {
  const t = modelRelationshipType(type);
  const key = keyedOnTitle ? " {title: r.title}" : "";
  return [
    `${OLD}-[r:${t}]->(other:${ACTOR}) ${NEW}\nMERGE (new)-[moved:${t}${key}]->(other) SET moved += properties(r) DELETE r`,
    `${OLD}<-[r:${t}]-(other:${ACTOR}) ${NEW}\nMERGE (new)<-[moved:${t}${key}]-(other) SET moved += properties(r) DELETE r`,
  ];
}

/** The statements that fold actor `$from` into `$to`, in order; run them in one transaction. */
export function remapActorCypher(): string[] {
  const statementLinks = [LINK_TYPES.SUBJECT, LINK_TYPES.OBJECT, LINK_TYPES.ATTRIBUTED_TO].map((link) => {
    const property = link === LINK_TYPES.ATTRIBUTED_TO ? "attributedTo" : link.toLowerCase();
    const l = modelRelationshipType(link);
    return `${OLD}<-[l:${l}]-(st:${STATEMENT}) ${NEW}\nMERGE (st)-[:${l}]->(new) SET st.${property} = $to DELETE l`;
  });
  // Statement relationships carry a statementId each: CREATE keeps one relationship per statement.
  const statementRelationships = STATEMENT_RELATIONSHIP_TYPES.flatMap((type) => {
    const t = modelRelationshipType(type);
    return [
      `${OLD}-[r:${t}]->(other:${ACTOR}) ${NEW}\nCREATE (new)-[moved:${t}]->(other) SET moved = properties(r) DELETE r`,
      `${OLD}<-[r:${t}]-(other:${ACTOR}) ${NEW}\nCREATE (new)<-[moved:${t}]-(other) SET moved = properties(r) DELETE r`,
    ];
  });
  return [
    ...statementLinks,
    ...statementRelationships,
    ...moveActorRelationships(LINK_TYPES.AFFILIATED_WITH, false),
    ...ROLE_RELATIONSHIP_TYPES.flatMap((type) => moveActorRelationships(type, true)),
    `${OLD}-[m:${MENTIONED_IN}]->(article) ${NEW}\nMERGE (new)-[:${MENTIONED_IN}]->(article) DELETE m`,
    `MATCH (a:${ACTOR} {affiliation: $from}) SET a.affiliation = $to`,
    `${OLD} ${NEW}
WITH old, new, [n IN [old.name] + coalesce(old.aliases, []) WHERE n <> new.name AND NOT n IN coalesce(new.aliases, [])] AS added
SET new.aliases = coalesce(new.aliases, []) + added, new.aliasText = reduce(s = '', n IN coalesce(new.aliases, []) + added | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + n)`,
    `${NEW}<-[:${SUBJECT}]-(st:${STATEMENT})-[:${OBJECT}]->(new) DETACH DELETE st`,
    `${NEW}-[r]->(new) WHERE r.statementId IS NOT NULL DELETE r`,
    `${OLD} DETACH DELETE old`,
  ];
}

export const ACTOR_EXISTS_FOR_REMAP_CYPHER = `MATCH (old:${ACTOR} {id: $from}) MATCH (new:${ACTOR} {id: $to}) RETURN old.id AS id`;

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
