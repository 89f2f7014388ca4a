// The Neo4j graph model: labels, relationship types, property names, the role → relationship table, and the
// schema (constraints and indexes). graph-schema/cypher/schema.cypher holds the same schema; a test keeps them equal.

import { ACTOR_TYPE_LABELS, type ActorType } from "./actor-types.ts";
import { RELATION_TYPES, RELATION_VOCABULARY, RESPONSE_RELATIONSHIP_TYPE } from "./relation-vocabulary.ts";

/** Node labels. Every actor is an `:Actor` plus the label of its type (`:Actor:Person`). */
export const NODE_LABELS = {
  ACTOR: "Actor",
  STATEMENT: "Statement",
  ARTICLE: "Article",
} as const;

/** The extra label per actor type, in ACTOR_TYPES order. */
export const ACTOR_TYPE_LABEL_LIST: readonly string[] = Object.values(ACTOR_TYPE_LABELS);

/** Links between a statement, its actors and its article, and between actors and articles. */
export const LINK_TYPES = {
  SUBJECT: "SUBJECT",
  OBJECT: "OBJECT",
  ATTRIBUTED_TO: "ATTRIBUTED_TO",
  IN_ARTICLE: "IN_ARTICLE",
  MENTIONED_IN: "MENTIONED_IN",
  AFFILIATED_WITH: "AFFILIATED_WITH",
  RESPONDS_TO: RESPONSE_RELATIONSHIP_TYPE,
} as const;

/** Role relationship types, `(person)-[:SPOKESPERSON_OF {title, since, article}]->(organisation)`. */
export const ROLE_RELATIONSHIP_TYPES = [
  "SPOKESPERSON_OF",
  "HEAD_OF",
  "MINISTER_OF",
  "ENVOY_OF",
  "OFFICIAL_OF",
] as const;
export type RoleRelationshipType = (typeof ROLE_RELATIONSHIP_TYPES)[number];

/**
 * Role title keywords → relationship type, first match wins (so "prime minister" heads a government, "deputy
 * foreign minister" is a minister and "press secretary" a spokesperson). Titles matching nothing become `OFFICIAL_OF`.
 */
export const ROLE_RELATIONSHIP_RULES: ReadonlyArray<
  readonly [keywords: readonly string[], type: RoleRelationshipType]
> = [
  [["spokesman", "spokeswoman", "spokesperson", "press secretary", "spokesmen"], "SPOKESPERSON_OF"],
  [["prime minister", "premier"], "HEAD_OF"],
  [["minister", "secretary of state", "foreign secretary", "defence secretary", "defense secretary"], "MINISTER_OF"],
  [["ambassador", "envoy", "representative", "emissary"], "ENVOY_OF"],
  [
    [
      "president",
      "chancellor",
      "king",
      "queen",
      "secretary general",
      "secretary-general",
      "leader",
      "head",
      "chief",
      "chairman",
      "chairwoman",
      "director",
      "commander",
    ],
    "HEAD_OF",
  ],
];

/** The relationship type for a role title, by ROLE_RELATIONSHIP_RULES. */
export function roleRelationshipType(title: string): RoleRelationshipType {
  const words = ` ${title.toLowerCase().replace(/[^a-z-]+/g, " ")} `;
  for (const [keywords, type] of ROLE_RELATIONSHIP_RULES) {
    if (keywords.some((keyword) => words.includes(` ${keyword} `))) return type;
  }
  return "OFFICIAL_OF";
}

/** Actor-to-actor relationship type per relation type: `WARN` → `WARNS`. */
export function statementRelationshipType(type: (typeof RELATION_TYPES)[number]): string {
  return RELATION_VOCABULARY[type].neo4jType;
}

/** Every actor-to-actor statement relationship type, in vocabulary order. */
export const STATEMENT_RELATIONSHIP_TYPES: readonly string[] = RELATION_TYPES.map(statementRelationshipType);

/** Every label the model defines. Cypher written by newsgraph uses no other. */
export const MODEL_LABELS: readonly string[] = [...Object.values(NODE_LABELS), ...ACTOR_TYPE_LABEL_LIST];

/** Every relationship type the model defines. Cypher written by newsgraph uses no other. */
export const MODEL_RELATIONSHIP_TYPES: readonly string[] = [
  ...STATEMENT_RELATIONSHIP_TYPES,
  ...Object.values(LINK_TYPES),
  ...ROLE_RELATIONSHIP_TYPES,
];

/** The label added to an actor of this type. */
export function actorTypeLabel(type: ActorType): string {
  return ACTOR_TYPE_LABELS[type];
}

/** Properties of `(:Article)`. `text` is the cleaned text that statement offsets point into. */
export const ARTICLE_PROPERTIES = [
  "id",
  "file",
  "title",
  "published",
  "source",
  "url",
  "contentHash",
  "language",
  "text",
  "publishedFrom",
  "titleDerived",
] as const;

/**
 * Properties of `(:Actor)`. `aliasText` joins the aliases for the full-text index; `rolesJson` keeps every role
 * (also those without an actor affiliation) as JSON strings, so the store gives back what it was given.
 */
export const ACTOR_PROPERTIES = ["id", "name", "type", "aliases", "aliasText", "affiliation", "rolesJson"] as const;

/**
 * Properties of `(:Statement)`: the RelationRecord fields, the offsets flattened, and three read helpers —
 * `quad`, `date` (event date, else the article's publication day) and `source` (the article's source).
 */
export const STATEMENT_PROPERTIES = [
  "id",
  "subject",
  "object",
  "type",
  "plover",
  "quad",
  "article",
  "sentence",
  "negated",
  "hypothetical",
  "confidence",
  "attributedTo",
  "cue",
  "eventDate",
  "date",
  "source",
  "sentenceStart",
  "sentenceEnd",
  "subjectStart",
  "subjectEnd",
  "verbStart",
  "verbEnd",
  "objectStart",
  "objectEnd",
] as const;

/** Properties of an actor-to-actor statement relationship such as `[:WARNS]`. */
export const STATEMENT_RELATIONSHIP_PROPERTIES = [
  "statementId",
  "articleId",
  "type",
  "plover",
  "quad",
  "sentence",
  "eventDate",
  "date",
  "source",
  "negated",
  "hypothetical",
  "confidence",
  "cue",
] as const;

/** Properties of `[:RESPONDS_TO]` and of role relationships. */
export const RESPONSE_PROPERTIES = ["cue", "lagDays", "confidence"] as const;
export const ROLE_PROPERTIES = ["title", "since", "article"] as const;

/** Name of the full-text index over actor names and aliases (`db.index.fulltext.queryNodes`). */
export const ACTOR_FULLTEXT_INDEX = "actor_names";

/**
 * The schema, one idempotent statement each, in the order schema.cypher lists them. Applied by
 * `newsgraph schema apply` and before the first load.
 */
export const SCHEMA_STATEMENTS: readonly string[] = [
  "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE",
  "CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name)",
  "CREATE INDEX statement_event_date IF NOT EXISTS FOR (n:Statement) ON (n.eventDate)",
  "CREATE INDEX statement_date IF NOT EXISTS FOR (n:Statement) ON (n.date)",
  "CREATE INDEX statement_type IF NOT EXISTS FOR (n:Statement) ON (n.type)",
  "CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published)",
  "CREATE INDEX article_content_hash IF NOT EXISTS FOR (n:Article) ON (n.contentHash)",
  `CREATE FULLTEXT INDEX ${ACTOR_FULLTEXT_INDEX} IF NOT EXISTS FOR (n:Actor) ON EACH [n.name, n.aliasText]`,
];
