// Analyst queries over the newsgraph model. Each block: `// name:`, `// description:` (may continue on further
// `//` lines), `// params:` (JSON: example values), then one Cypher statement ending in `;`. Values are always
// parameters. Run one with: newsgraph query "$(…)" --param key=value, or paste it into the browser with
// `:param` lines. loadAnalystQueries() in src/neo4j reads this file; unit and integration tests run every query.

// name: who-warned-whom-most
// description: Actor pairs by number of affirmative warnings, the strongest first.
// params: {"limit": 20}
MATCH (a:Actor)-[r:WARNS]->(b:Actor)
WHERE NOT r.negated AND NOT r.hypothetical
RETURN a.name AS warner, b.name AS warned, count(r) AS warnings, min(r.date) AS firstDate, max(r.date) AS lastDate
ORDER BY warnings DESC, warner, warned
LIMIT $limit;

// name: what-x-said-about-y
// description: Everything one actor said about (did to) another, over time, with the article it came from.
// params: {"subject": "jens-stoltenberg", "object": "russia"}
MATCH (:Actor {id: $subject})<-[:SUBJECT]-(st:Statement)-[:OBJECT]->(:Actor {id: $object})
MATCH (st)-[:IN_ARTICLE]->(a:Article)
RETURN st.date AS date, st.type AS type, st.negated AS negated, st.hypothetical AS hypothetical,
       st.sentence AS sentence, a.title AS article, a.source AS source, a.url AS url
ORDER BY date, st.id;

// name: statements-that-got-a-response
// description: Statements whose speaker was answered later: who said it, who answered, how, and how many days
//   after.
// params: {"limit": 50}
MATCH (later:Statement)-[r:RESPONDS_TO]->(earlier:Statement)
MATCH (earlier)-[:SUBJECT]->(speaker:Actor)
MATCH (later)-[:SUBJECT]->(responder:Actor)
RETURN speaker.name AS speaker, earlier.sentence AS statement, responder.name AS responder,
       later.sentence AS response, r.cue AS cue, r.lagDays AS lagDays
ORDER BY earlier.date DESC, earlier.id
LIMIT $limit;

// name: longest-response-chains
// description: The longest threads of statements answering statements (up to ten steps), from the first
//   statement to the last answer.
// params: {"limit": 10}
MATCH p = (newest:Statement)-[:RESPONDS_TO*1..10]->(oldest:Statement)
WHERE NOT EXISTS { (oldest)-[:RESPONDS_TO]->(:Statement) }
  AND NOT EXISTS { (:Statement)-[:RESPONDS_TO]->(newest) }
RETURN length(p) AS answers, oldest.date AS started, newest.date AS ended,
       [st IN reverse(nodes(p)) | st.sentence] AS thread
ORDER BY answers DESC, started
LIMIT $limit;

// name: most-answered-actors
// description: Actors whose statements drew the most responses, with how many distinct actors answered.
// params: {"limit": 20}
MATCH (later:Statement)-[:RESPONDS_TO]->(earlier:Statement)-[:SUBJECT]->(a:Actor)
MATCH (later)-[:SUBJECT]->(responder:Actor)
RETURN a.name AS actor, count(*) AS responses, count(DISTINCT responder) AS responders
ORDER BY responses DESC, actor
LIMIT $limit;

// name: bridging-actors
// description: A betweenness proxy without GDS: for each actor, the pairs of its neighbours that have no statement
//   between them, so the actor is their shortest link. Quadratic in an actor's degree; for true betweenness
//   install the optional Graph Data Science plugin (gds.betweenness.stream).
// params: {"minNeighbours": 2, "limit": 20}
MATCH (a:Actor)<-[:SUBJECT|OBJECT]-(:Statement)-[:SUBJECT|OBJECT]->(n:Actor)
WHERE n <> a
WITH a, collect(DISTINCT n) AS neighbours
WHERE size(neighbours) >= $minNeighbours
UNWIND neighbours AS x
UNWIND neighbours AS y
WITH a, x, y
WHERE x.id < y.id AND NOT EXISTS { (x)<-[:SUBJECT|OBJECT]-(:Statement)-[:SUBJECT|OBJECT]->(y) }
RETURN a.name AS actor, count(*) AS bridgedPairs
ORDER BY bridgedPairs DESC, actor
LIMIT $limit;

// name: evidence-for-an-edge
// description: The statements behind one edge of the viewer (subject to object), optionally of one relation type
//   (null for all), with sentence, cue and confidence.
// params: {"subject": "jens-stoltenberg", "object": "russia", "relationType": null}
MATCH (:Actor {id: $subject})<-[:SUBJECT]-(st:Statement)-[:OBJECT]->(:Actor {id: $object})
WHERE $relationType IS NULL OR st.type = $relationType
MATCH (st)-[:IN_ARTICLE]->(a:Article)
RETURN st.date AS date, st.type AS type, st.cue AS cue, st.confidence AS confidence, st.negated AS negated,
       st.sentence AS sentence, a.title AS article
ORDER BY date, st.id;

// name: actors-by-distinct-sources
// description: Actors mentioned by the most distinct news sources, a measure of how widely they are covered.
// params: {"limit": 20}
MATCH (a:Actor)-[:MENTIONED_IN]->(art:Article)
WHERE art.source IS NOT NULL
RETURN a.name AS actor, a.type AS type, count(DISTINCT art.source) AS sources, count(DISTINCT art) AS articles
ORDER BY sources DESC, articles DESC, actor
LIMIT $limit;

// name: top-accusers-per-month
// description: For one target actor, the three actors who accused or criticised it most in each month.
// params: {"target": "nato"}
MATCH (accuser:Actor)-[r:ACCUSES|CRITICIZES]->(:Actor {id: $target})
WHERE r.date IS NOT NULL AND NOT r.negated
WITH left(r.date, 7) AS month, accuser, count(r) AS accusations
ORDER BY month, accusations DESC, accuser.name
WITH month, collect({actor: accuser.name, accusations: accusations}) AS accusers
RETURN month, accusers[0..3] AS topAccusers
ORDER BY month;

// name: negated-or-hypothetical-claims
// description: Statements about one actor that were denied ("did not threaten") or only conditional ("would
//   sanction"), which a naive count would read as facts.
// params: {"actor": "russia"}
MATCH (s:Actor)<-[:SUBJECT]-(st:Statement)-[:OBJECT]->(:Actor {id: $actor})
WHERE st.negated OR st.hypothetical
RETURN st.date AS date, s.name AS speaker, st.type AS type, st.negated AS negated,
       st.hypothetical AS hypothetical, st.sentence AS sentence
ORDER BY date, st.id;

// name: people-of-an-organisation
// description: Spokespeople, heads, ministers, envoys and officials of an organisation or country, with the
//   title and the earliest date the role was seen.
// params: {"organisation": "kremlin"}
MATCH (p:Actor)-[r:SPOKESPERSON_OF|HEAD_OF|MINISTER_OF|ENVOY_OF|OFFICIAL_OF]->(:Actor {id: $organisation})
RETURN p.name AS person, type(r) AS role, r.title AS title, r.since AS since, r.article AS article
ORDER BY since, person;

// name: conflict-and-cooperation-by-month
// description: An actor's statements per month and PLOVER quad class (verbal/material cooperation/conflict).
// params: {"actor": "jens-stoltenberg"}
MATCH (:Actor {id: $actor})<-[:SUBJECT]-(st:Statement)
WHERE st.date IS NOT NULL AND NOT st.negated
RETURN left(st.date, 7) AS month, st.quad AS quad, count(*) AS statements
ORDER BY month, quad;
