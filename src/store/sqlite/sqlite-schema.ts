// The embedded store's SQLite schema. One database file per store folder; WAL journal so readers never block
// the writer and a killed process leaves the last committed batch intact.

export const SQLITE_SCHEMA_VERSION = 10;
export const SQLITE_FILE_NAME = "graph.db";

export const SQLITE_SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY,
  file TEXT NOT NULL,
  title TEXT NOT NULL,
  published TEXT,
  source TEXT,
  url TEXT,
  content_hash TEXT NOT NULL UNIQUE,
  language TEXT NOT NULL,
  text TEXT NOT NULL,
  seq INTEGER NOT NULL,
  published_from TEXT,
  title_derived INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
-- By seq, with the id: the next seq (max), input order, and an actor's article ids from its links by seq, all
-- without reading the articles' rows.
CREATE INDEX IF NOT EXISTS articles_seq_id ON articles(seq, id);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source);

CREATE TABLE IF NOT EXISTS actors (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  affiliation TEXT,
  aliases TEXT NOT NULL,
  roles TEXT NOT NULL,
  statements INTEGER NOT NULL DEFAULT 0,
  article_count INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS actor_names (
  norm TEXT NOT NULL,
  actor_id TEXT NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (norm, actor_id)
) WITHOUT ROWID;

-- The articles an actor is named in, by the article's seq: an article added later sorts after every older one, so a
-- batch's new links append to the end of each actor's run instead of landing on random pages.
CREATE TABLE IF NOT EXISTS actor_articles (
  actor_id TEXT NOT NULL,
  article_seq INTEGER NOT NULL,
  PRIMARY KEY (actor_id, article_seq)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS relations (
  id TEXT PRIMARY KEY,
  subject TEXT NOT NULL,
  object TEXT NOT NULL,
  type TEXT NOT NULL,
  plover TEXT NOT NULL,
  quad TEXT NOT NULL,
  article TEXT NOT NULL,
  sentence TEXT NOT NULL,
  negated INTEGER NOT NULL,
  hypothetical INTEGER NOT NULL,
  confidence REAL NOT NULL,
  attributed_to TEXT,
  cue TEXT NOT NULL,
  event_date TEXT,
  day TEXT,
  source TEXT,
  offsets TEXT NOT NULL,
  -- The subject's affiliation (actors.affiliation), kept current by the writer: response history finds what a
  -- body's members said about an actor with one index seek.
  subject_affiliation TEXT,
  -- What the statement can answer, from its response cue (answerCueMask): revisiting the statements a new one
  -- may be the answer to reads only those that can answer it. Computed by the writer.
  answer_cue INTEGER,
  -- Its article's seq and publication time (articles never change once stored): the response linker's history
  -- reads them with the statement instead of looking up each statement's article in the largest table. An index
  -- on them would go in a constant of its own (like SUBJECT_AFFILIATION_INDEX_SQL): the 1 → 2 migration replays
  -- this schema on stores whose relations do not have these columns yet.
  article_seq INTEGER,
  article_published TEXT
);
CREATE INDEX IF NOT EXISTS relations_pair ON relations(subject, object, day);
CREATE INDEX IF NOT EXISTS relations_pair_facts ON relations(subject, object, type, negated, hypothetical, day);
CREATE INDEX IF NOT EXISTS relations_object ON relations(object, subject);
CREATE INDEX IF NOT EXISTS relations_day ON relations(day);
CREATE INDEX IF NOT EXISTS relations_article ON relations(article);

-- Statements per ordered actor pair by modality, kept up to date on every write: the default network view
-- (strongest pairs first) and ego networks read this instead of aggregating every statement.
CREATE TABLE IF NOT EXISTS pair_counts (
  subject TEXT NOT NULL,
  object TEXT NOT NULL,
  n_plain INTEGER NOT NULL DEFAULT 0,
  n_negated INTEGER NOT NULL DEFAULT 0,
  n_hypothetical INTEGER NOT NULL DEFAULT 0,
  n_both INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (subject, object)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS pair_counts_object ON pair_counts(object, subject);
CREATE INDEX IF NOT EXISTS pair_counts_plain ON pair_counts(n_plain DESC, subject, object);

CREATE TABLE IF NOT EXISTS responses (
  from_id TEXT NOT NULL,
  to_id TEXT NOT NULL,
  cue TEXT NOT NULL,
  lag_days REAL,
  confidence REAL NOT NULL,
  PRIMARY KEY (from_id, to_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS responses_to ON responses(to_id);
`;

/**
 * The indexes response history reads members' statements by: in a window, and the latest of each kind. Not in SQLITE_SCHEMA, which the 1 → 2 migration
 * replays on stores whose relations have no subject_affiliation column yet.
 */
export const SUBJECT_AFFILIATION_INDEX_SQL = `CREATE INDEX IF NOT EXISTS relations_object_affiliation_day
  ON relations(object, subject_affiliation, day);
CREATE INDEX IF NOT EXISTS relations_member_kinds
  ON relations(object, subject_affiliation, type, negated, hypothetical, day, subject);`;

/** Fills pair_counts from relations (for the pairs selected by `where`, or all). */
export function pairCountsFromRelationsSql(where = "1"): string {
  return `INSERT OR REPLACE INTO pair_counts (subject, object, n_plain, n_negated, n_hypothetical, n_both)
    SELECT subject, object,
      sum(negated = 0 AND hypothetical = 0), sum(negated = 1 AND hypothetical = 0),
      sum(negated = 0 AND hypothetical = 1), sum(negated = 1 AND hypothetical = 1)
    FROM relations WHERE ${where} GROUP BY subject, object`;
}

/**
 * The SQL function `(negated, sentence, cue, offsets JSON) → answerCueMask` that the store registers on every
 * connection, to fill in answer_cue after an upgrade or a change of the cue rules.
 */
export const ANSWER_CUE_FUNCTION = "newsgraph_answer_cue";

/** Upgrades an older store in place, one version at a time; each step runs in the caller's transaction. */
export const SQLITE_MIGRATIONS: Readonly<Record<number, string>> = {
  // 1 → 2: pair_counts, covering and seq indexes (the schema's IF NOT EXISTS creates them), then fill pair_counts.
  1: `${SQLITE_SCHEMA};\n${pairCountsFromRelationsSql()}`,
  // 2 → 3: statements about an actor by day, for response history (by a body or its members).
  2: `CREATE INDEX IF NOT EXISTS relations_object_day ON relations(object, day);`,
  // 3 → 4: that index with the speaker in it, so other speakers' rows are skipped without reading them.
  3: `DROP INDEX IF EXISTS relations_object_day;`,
  // 4 → 5: the subject's affiliation on each statement, so history reads a body's members by index, not by join.
  4: `ALTER TABLE relations ADD COLUMN subject_affiliation TEXT;
UPDATE relations SET subject_affiliation = (SELECT affiliation FROM actors WHERE actors.id = relations.subject);
${SUBJECT_AFFILIATION_INDEX_SQL}
DROP INDEX IF EXISTS relations_object_day_subject;`,
  // 5 → 6: what each statement can answer, from its cue; the store fills it in on opening (refreshAnswerCues).
  5: `ALTER TABLE relations ADD COLUMN answer_cue INTEGER;
DELETE FROM meta WHERE key = 'answer_cue_rules';`,
  // 6 → 7: no query reads actor_articles by article; its index was a random insert per link (8% of the pages a
  // batch wrote at 100k articles).
  6: `DROP INDEX IF EXISTS actor_articles_article;`,
  // 7 → 8: actor links by article seq, not by the article's random text id: a batch's links append to each
  // actor's run (one page per actor, not one per link) and the table loses two fifths of its pages. A link to an
  // article the store does not hold is dropped, and the counters are recounted from the links kept.
  7: `CREATE TABLE actor_articles_by_seq (
  actor_id TEXT NOT NULL,
  article_seq INTEGER NOT NULL,
  PRIMARY KEY (actor_id, article_seq)
) WITHOUT ROWID;
INSERT OR IGNORE INTO actor_articles_by_seq (actor_id, article_seq)
  SELECT aa.actor_id, a.seq FROM actor_articles aa JOIN articles a ON a.id = aa.article_id ORDER BY 1, 2;
DROP TABLE actor_articles;
ALTER TABLE actor_articles_by_seq RENAME TO actor_articles;
UPDATE actors SET article_count = (SELECT count(*) FROM actor_articles WHERE actor_id = actors.id);`,
  // 8 → 9: each statement carries its article's seq and publication time, which history reads; the seq index
  // carries the article id (an actor's articles are listed from the index alone).
  8: `ALTER TABLE relations ADD COLUMN article_seq INTEGER;
ALTER TABLE relations ADD COLUMN article_published TEXT;
UPDATE relations SET article_seq = a.seq, article_published = a.published FROM articles a WHERE a.id = relations.article;
DROP INDEX IF EXISTS articles_seq;
CREATE INDEX IF NOT EXISTS articles_seq_id ON articles(seq, id);`,
  // 9 → 10: what dated each article (input, sidecar, text, file name) and whether its title was derived.
  9: `ALTER TABLE articles ADD COLUMN published_from TEXT;
ALTER TABLE articles ADD COLUMN title_derived INTEGER NOT NULL DEFAULT 0;`,
};
