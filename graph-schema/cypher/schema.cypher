// newsgraph Neo4j schema: uniqueness constraints on the stable ids, indexes for the viewer's filters, and a
// full-text index over actor names and aliases. Idempotent: run it as often as you like
// (`newsgraph schema apply`, or `cypher-shell -f graph-schema/cypher/schema.cypher`).
// Keep in step with SCHEMA_STATEMENTS in graph-schema/neo4j-model.ts (a unit test compares them).

// Stable ids: MERGE on these makes loading idempotent.
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;

// Lookups and range filters.
CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name);
CREATE INDEX statement_event_date IF NOT EXISTS FOR (n:Statement) ON (n.eventDate);
CREATE INDEX statement_date IF NOT EXISTS FOR (n:Statement) ON (n.date);
CREATE INDEX statement_type IF NOT EXISTS FOR (n:Statement) ON (n.type);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published);
CREATE INDEX article_content_hash IF NOT EXISTS FOR (n:Article) ON (n.contentHash);

// Full-text search over names and aliases: CALL db.index.fulltext.queryNodes('actor_names', 'stolt*').
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (n:Actor) ON EACH [n.name, n.aliasText];
