// validateExtraction: a valid extraction passes; each way of breaking the contract gives one readable problem.

import { describe, expect, it } from "vitest";
import { SchemaViolationError, type ExtractionResult } from "../../graph-schema/index.ts";
import {
  assertValidExtraction,
  MAX_EXTRACTION_PROBLEMS,
  validateExtraction,
} from "../../graph-schema/validate-extraction.ts";

const TEXT = "Blinken warns Russia\n\nUS Secretary of State Antony Blinken warned Russia on Tuesday of severe costs.";
const SENTENCE_START = TEXT.indexOf("US Secretary");

function valid(): ExtractionResult {
  return {
    articles: [
      {
        id: "a-blinken-warns",
        file: "news/blinken.txt",
        title: "Blinken warns Russia",
        published: "2022-01-18",
        source: "Test Wire",
        url: null,
        contentHash: "9f".repeat(32),
        language: "en",
      },
    ],
    actors: [
      {
        id: "antony-blinken",
        name: "Antony Blinken",
        type: "PERSON",
        aliases: ["Blinken"],
        articles: ["a-blinken-warns"],
        roles: [
          { title: "Secretary of State", affiliation: "united-states", article: "a-blinken-warns", date: "2022-01-18" },
        ],
        affiliation: "united-states",
      },
      {
        id: "russia",
        name: "Russia",
        type: "COUNTRY",
        aliases: [],
        articles: ["a-blinken-warns"],
        roles: [],
        affiliation: null,
      },
      {
        id: "united-states",
        name: "United States",
        type: "COUNTRY",
        aliases: ["US"],
        articles: ["a-blinken-warns"],
        roles: [],
        affiliation: null,
      },
    ],
    relations: [
      {
        id: "r-1",
        subject: "antony-blinken",
        object: "russia",
        type: "WARN",
        plover: "THREATEN",
        article: "a-blinken-warns",
        sentence: TEXT.slice(SENTENCE_START),
        negated: false,
        hypothetical: false,
        confidence: 0.9,
        attributedTo: "antony-blinken",
        cue: "warned",
        eventDate: "2022-01-18",
        offsets: {
          sentence: [SENTENCE_START, TEXT.length],
          subject: [SENTENCE_START + 26, SENTENCE_START + 40],
          verb: [SENTENCE_START + 41, SENTENCE_START + 47],
          object: [SENTENCE_START + 48, SENTENCE_START + 54],
        },
      },
      {
        id: "r-2",
        subject: "russia",
        object: "antony-blinken",
        type: "REJECT",
        plover: "REJECT",
        article: "a-blinken-warns",
        sentence: TEXT.slice(SENTENCE_START),
        negated: false,
        hypothetical: true,
        confidence: 0.4,
        attributedTo: null,
        cue: "warned",
        eventDate: null,
        offsets: { sentence: [SENTENCE_START, TEXT.length], subject: [0, 0], verb: [0, 0], object: [0, 0] },
      },
    ],
    responses: [{ from: "r-2", to: "r-1", cue: "in response to", lagDays: 0, confidence: 0.8 }],
  };
}

type Mutation = (result: ExtractionResult & Record<string, unknown>) => void;
const relation = (r: ExtractionResult) => r.relations[0]! as unknown as Record<string, unknown>;

describe("validateExtraction", () => {
  it("accepts a valid extraction, with and without the article texts", () => {
    expect(validateExtraction(valid())).toEqual([]);
    expect(validateExtraction(valid(), { texts: new Map([["a-blinken-warns", TEXT]]) })).toEqual([]);
  });

  it.each<[string, Mutation, string[]]>([
    [
      "a missing array",
      (r) => delete (r as Partial<ExtractionResult>).responses,
      ["responses: expected an array, found undefined"],
    ],
    ["a non-object record", (r) => (r.actors as unknown[]).push(42), ["actors[3]: expected an object, found number"]],
    [
      "an unknown actor type",
      (r) => ((r.actors[1] as unknown as Record<string, unknown>).type = "NATION"),
      ['actors[1].type: expected one of ACTOR_TYPES, found "NATION"'],
    ],
    [
      "an unknown relation type",
      (r) => (relation(r).type = "INSULT"),
      ['relations[0].type: expected one of RELATION_TYPES, found "INSULT"'],
    ],
    [
      "a PLOVER type that is not the relation's",
      (r) => (relation(r).plover = "ASSAULT"),
      ['relations[0].plover: expected THREATEN (the PLOVER type of WARN), found "ASSAULT"'],
    ],
    [
      "a PLOVER type that does not exist",
      (r) => (relation(r).plover = "SHOUT"),
      [
        'relations[0].plover: expected one of PLOVER_EVENT_TYPES, found "SHOUT"',
        'relations[0].plover: expected THREATEN (the PLOVER type of WARN), found "SHOUT"',
      ],
    ],
    [
      "a subject that is no actor",
      (r) => (relation(r).subject = "boris-johnson"),
      ['relations[0].subject: expected the id of an actor, found "boris-johnson"'],
    ],
    [
      "a self-relation",
      (r) => (relation(r).object = "antony-blinken"),
      ['relations[0]: subject and object are the same actor "antony-blinken"'],
    ],
    [
      "an unknown article",
      (r) => (relation(r).article = "a-missing"),
      ['relations[0].article: expected the id of an article, found "a-missing"'],
    ],
    [
      "an actor's unknown article",
      (r) => r.actors[1]!.articles.push("a-missing"),
      ['actors[1].articles[1]: expected the id of an article, found "a-missing"'],
    ],
    [
      "a dangling affiliation",
      (r) => (r.actors[0]!.affiliation = "usa"),
      ['actors[0].affiliation: expected the id of an actor or null, found "usa"'],
    ],
    [
      "a dangling role affiliation",
      (r) => (r.actors[0]!.roles[0]!.affiliation = "usa"),
      ['actors[0].roles[0].affiliation: expected the id of an actor or null, found "usa"'],
    ],
    [
      "a confidence over 1",
      (r) => (relation(r).confidence = 1.5),
      ["relations[0].confidence: expected a number in 0..1, found number"],
    ],
    [
      "a NaN confidence",
      (r) => (r.responses[0]!.confidence = Number.NaN),
      ["responses[0].confidence: expected a number in 0..1, found number"],
    ],
    [
      "a string for a boolean",
      (r) => (relation(r).negated = "no"),
      ['relations[0].negated: expected a boolean, found "no"'],
    ],
    [
      "reversed offsets",
      (r) => (relation(r).offsets = { ...r.relations[0]!.offsets, verb: [60, 50] }),
      ["relations[0].offsets.verb: start 60 is after end 50"],
    ],
    [
      "a negative offset",
      (r) => (relation(r).offsets = { ...r.relations[0]!.offsets, subject: [-1, 4] }),
      ["relations[0].offsets.subject: expected a [start, end] pair of non-negative integers, found an array"],
    ],
    [
      "a missing offset",
      (r) => (relation(r).offsets = { sentence: [0, 1], subject: [0, 1], verb: [0, 1] }),
      ["relations[0].offsets.object: expected a [start, end] pair of non-negative integers, found undefined"],
    ],
    [
      "a bad content hash",
      (r) => (r.articles[0]!.contentHash = "abc"),
      ['articles[0].contentHash: expected a string matching /^[0-9a-f]{64}$/, found "abc"'],
    ],
    [
      "a bad date",
      (r) => (r.articles[0]!.published = "Tuesday"),
      [
        'articles[0].published: expected a string matching /^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?$/ or null, found "Tuesday"',
      ],
    ],
    ["a duplicate actor id", (r) => r.actors.push({ ...r.actors[1]! }), ['actors[3].id: duplicate id "russia"']],
    [
      "a response to an unknown statement",
      (r) => (r.responses[0]!.to = "r-9"),
      ['responses[0].to: expected the id of a relation, found "r-9"'],
    ],
    [
      "a statement answering itself",
      (r) => (r.responses[0]!.to = "r-2"),
      ["responses[0]: a statement cannot answer itself"],
    ],
    [
      "a negative lag",
      (r) => (r.responses[0]!.lagDays = -2),
      ["responses[0].lagDays: expected a non-negative number or null, found number"],
    ],
  ])("reports %s", (_, mutate, problems) => {
    const result = valid() as ExtractionResult & Record<string, unknown>;
    mutate(result);
    expect(validateExtraction(result)).toEqual(problems);
  });

  it("checks offsets against the article text when it is given", () => {
    const result = valid();
    result.relations[0]!.offsets = { ...result.relations[0]!.offsets, sentence: [SENTENCE_START, TEXT.length + 5] };
    expect(validateExtraction(result)).toEqual([]);
    expect(validateExtraction(result, { texts: new Map([["a-blinken-warns", TEXT]]) })).toEqual([
      `relations[0].offsets.sentence: end ${TEXT.length + 5} is past the article text (${TEXT.length} characters)`,
    ]);
  });

  it("answers a non-object in one line and caps long lists", () => {
    expect(validateExtraction("[]")).toEqual([
      'extraction: expected an object with articles, actors, relations and responses, found "[]"',
    ]);
    const result = valid();
    for (let i = 0; i < 150; i++) result.relations.push({ ...result.relations[0]!, id: `r-x${i}`, confidence: 2 });
    const problems = validateExtraction(result);
    expect(problems).toHaveLength(MAX_EXTRACTION_PROBLEMS + 1);
    expect(problems.at(-1)).toBe("… and 50 more problems");
  });
});

describe("assertValidExtraction", () => {
  it("throws SchemaViolationError naming the origin and the first problems", () => {
    const result = valid();
    relation(result).type = "INSULT";
    expect(() => assertValidExtraction(result, "newsgraph extract")).toThrow(SchemaViolationError);
    expect(() => assertValidExtraction(result, "newsgraph extract")).toThrow(
      'newsgraph extract: the extraction breaks the contract in 1 place: relations[0].type: expected one of RELATION_TYPES, found "INSULT"',
    );
    expect(() => assertValidExtraction(valid())).not.toThrow();
  });
});
