// A small GraphBatch written for these tests: two articles about the NATO–Russia standoff, with one actor, alias,
// sentence and cue that try to break out of Cypher identifiers and string literals.

import type { ActorRecord, RelationRecord, RelationType } from "../../../graph-schema/index.ts";
import { ploverOf } from "../../../graph-schema/index.ts";
import type { GraphBatch, StoredArticle } from "../../../src/store/graph-store.ts";

export const HOSTILE_NAME = "Evil`]->() DETACH DELETE n //";
export const HOSTILE_ALIAS = "}]->() DETACH DELETE n //";
export const HOSTILE_CUE = "accused`) DETACH DELETE n //";

const TEXT_1 =
  "NATO Secretary General Jens Stoltenberg warned Russia on Tuesday that any new attack on Ukraine would carry a heavy price. " +
  "Kremlin spokesman Dmitry Peskov rejected the warning, saying the alliance was stoking tension.";
const TEXT_2 =
  `The group ${HOSTILE_NAME} ${HOSTILE_CUE} NATO of 'staging' "provocations" near the border.\n` +
  "Stoltenberg did not threaten Moscow with troops.";

function range(text: string, part: string, from = 0): readonly [number, number] {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`fixture: ${JSON.stringify(part)} not in text`);
  return [start, start + part.length];
}

interface RelationSpec {
  id: string;
  article: string;
  text: string;
  sentence: string;
  subject: [id: string, words: string];
  object: [id: string, words: string];
  type: RelationType;
  cue: string;
  eventDate: string | null;
  negated?: boolean;
  attributedTo?: string | null;
}

function relation(prefix: string, spec: RelationSpec): RelationRecord {
  const sentence = range(spec.text, spec.sentence);
  return {
    id: prefix + spec.id,
    subject: prefix + spec.subject[0],
    object: prefix + spec.object[0],
    type: spec.type,
    plover: ploverOf(spec.type),
    article: prefix + spec.article,
    sentence: spec.sentence,
    negated: spec.negated ?? false,
    hypothetical: false,
    confidence: 0.9,
    attributedTo: spec.attributedTo === undefined ? prefix + spec.subject[0] : spec.attributedTo,
    cue: spec.cue,
    eventDate: spec.eventDate,
    offsets: {
      sentence,
      subject: range(spec.text, spec.subject[1], sentence[0]),
      verb: range(spec.text, spec.cue, sentence[0]),
      object: range(spec.text, spec.object[1], sentence[0]),
    },
  };
}

/** The fixture batch; every id starts with `prefix` (the integration suite passes a unique one). */
export function hostileBatch(prefix = ""): GraphBatch {
  const articles: StoredArticle[] = [
    {
      id: `${prefix}a1`,
      file: "news/standoff.txt",
      title: "Stoltenberg warns Moscow",
      published: "2022-01-25T09:30:00Z",
      source: "Example Wire",
      url: "https://example.org/standoff",
      contentHash: `${prefix}hash-1`,
      language: "en",
      text: TEXT_1,
    },
    {
      id: `${prefix}a2`,
      file: "news/hostile.jsonl:2",
      title: `Claims "provocations" \`]->() at border`,
      published: "2022-01-27",
      source: "Border Monitor",
      url: null,
      contentHash: `${prefix}hash-2`,
      language: "en",
      text: TEXT_2,
    },
  ];
  const actor = (
    id: string,
    name: string,
    type: ActorRecord["type"],
    aliases: string[],
    articleIds: string[],
  ): ActorRecord => ({
    id: prefix + id,
    name,
    type,
    aliases,
    articles: articleIds.map((a) => prefix + a),
    roles: [],
    affiliation: null,
  });
  const stoltenberg = actor("jens-stoltenberg", "Jens Stoltenberg", "PERSON", ["Stoltenberg"], ["a1", "a2"]);
  stoltenberg.roles = [
    { title: "Secretary General", affiliation: `${prefix}nato`, article: `${prefix}a1`, date: "2022-01-25" },
  ];
  stoltenberg.affiliation = `${prefix}nato`;
  const peskov = actor("dmitry-peskov", "Dmitry Peskov", "PERSON", ["Peskov"], ["a1"]);
  peskov.roles = [
    { title: "spokesman", affiliation: `${prefix}kremlin`, article: `${prefix}a1`, date: "2022-01-25" },
    { title: "press aide", affiliation: null, article: `${prefix}a1`, date: null },
  ];
  const actors = [
    stoltenberg,
    peskov,
    actor("nato", "NATO", "ORGANIZATION", ["the alliance", "North Atlantic Treaty Organization"], ["a1", "a2"]),
    actor("russia", "Russia", "COUNTRY", ["Moscow"], ["a1", "a2"]),
    actor("kremlin", "Kremlin", "ORGANIZATION", [], ["a1"]),
    actor("evil-group", HOSTILE_NAME, "GROUP", [HOSTILE_ALIAS, 'O\'Brien "Quote" \\ group'], ["a2"]),
  ];
  const warn = TEXT_1.slice(0, TEXT_1.indexOf("price.") + 6);
  const reject = "Kremlin spokesman Dmitry Peskov rejected the warning, saying the alliance was stoking tension.";
  const accuse = TEXT_2.slice(0, TEXT_2.indexOf("\n"));
  const relations = [
    relation(prefix, {
      id: "s-warn",
      article: "a1",
      text: TEXT_1,
      sentence: warn,
      subject: ["jens-stoltenberg", "Jens Stoltenberg"],
      object: ["russia", "Russia"],
      type: "WARN",
      cue: "warned",
      eventDate: "2022-01-25",
    }),
    relation(prefix, {
      id: "s-reject",
      article: "a1",
      text: TEXT_1,
      sentence: reject,
      subject: ["dmitry-peskov", "Dmitry Peskov"],
      object: ["nato", "the alliance"],
      type: "REJECT",
      cue: "rejected",
      eventDate: null,
    }),
    relation(prefix, {
      id: "s-accuse",
      article: "a2",
      text: TEXT_2,
      sentence: accuse,
      subject: ["evil-group", HOSTILE_NAME],
      object: ["nato", "NATO"],
      type: "ACCUSE",
      cue: HOSTILE_CUE,
      eventDate: "2022-01-27",
      attributedTo: null,
    }),
    relation(prefix, {
      id: "s-threaten",
      article: "a2",
      text: TEXT_2,
      sentence: "Stoltenberg did not threaten Moscow with troops.",
      subject: ["jens-stoltenberg", "Stoltenberg"],
      object: ["russia", "Moscow"],
      type: "THREATEN",
      cue: "threaten",
      eventDate: null,
      negated: true,
    }),
  ];
  const responses = [
    { from: `${prefix}s-reject`, to: `${prefix}s-warn`, cue: "rejected the warning", lagDays: 0, confidence: 0.8 },
  ];
  return { articles, actors, relations, responses };
}
