import { describe, expect, it } from "vitest";
import { knownActorOf, SchemaViolationError } from "../../../graph-schema/index.ts";
import type { ActorRecord, KnownActor } from "../../../graph-schema/index.ts";
import { createActorRegistry } from "../../../ingest/resolve/create-actor-registry.ts";
import { buildExtraction, type MentionSpec } from "./fixtures/build-extraction.ts";
import { knownActor, resolveClusters } from "./fixtures/resolve-clusters.ts";

const person = (name: string, aliases: string[] = []): MentionSpec => ({ name, type: "PERSON", aliases });
const org = (name: string, aliases: string[] = []): MentionSpec => ({ name, type: "ORGANIZATION", aliases });
const country = (name: string, gazetteerKey?: string): MentionSpec => ({ name, type: "COUNTRY", gazetteerKey });

interface ResolutionRow {
  title: string;
  known?: KnownActor[];
  /** One list of mentions per article, resolved in order. */
  articles: MentionSpec[][];
  /** Global id → the mention names (in article order) that resolved to it. */
  expected: Record<string, string[]>;
}

const ROWS: ResolutionRow[] = [
  {
    title: "keeps Zelensky, Zelenskiy, Zelenskyy and the surname Zelenskii as one actor",
    articles: [
      [person("Volodymyr Zelensky")],
      [person("Volodymyr Zelenskiy")],
      [person("Volodymyr Zelenskyy")],
      [person("Zelenskii")],
    ],
    expected: {
      "volodymyr-zelensky": ["Volodymyr Zelensky", "Volodymyr Zelenskiy", "Volodymyr Zelenskyy", "Zelenskii"],
    },
  },
  {
    title: "joins Antony and Anthony Blinken, Aleksandr and Alexander Lukashenko, Sergei and Sergey Lavrov",
    articles: [
      [person("Antony Blinken"), person("Aleksandr Lukashenko"), person("Sergei Lavrov")],
      [person("Anthony Blinken"), person("Alexander Lukashenko"), person("Sergey Lavrov")],
      [person("Lavrov")],
    ],
    expected: {
      "antony-blinken": ["Antony Blinken", "Anthony Blinken"],
      "aleksandr-lukashenko": ["Aleksandr Lukashenko", "Alexander Lukashenko"],
      "sergei-lavrov": ["Sergei Lavrov", "Sergey Lavrov", "Lavrov"],
    },
  },
  {
    title: "keeps Kim Jong-un and his sister Kim Yo-jong apart, and Kim Jong Un with Kim Jong-un",
    articles: [[person("Kim Jong-un"), person("Kim Yo-jong")], [person("Kim Jong Un")], [person("Kim Yo Jong")]],
    expected: { "kim-jong-un": ["Kim Jong-un", "Kim Jong Un"], "kim-yo-jong": ["Kim Yo-jong", "Kim Yo Jong"] },
  },
  {
    title: "does not merge Johnson into Jonson when both are real actors in the store",
    known: [
      knownActor("boris-johnson", "Boris Johnson", "PERSON", ["Johnson"]),
      knownActor("ben-jonson", "Ben Jonson", "PERSON", ["Jonson"]),
    ],
    articles: [[person("Jonson")], [person("Johnson")], [person("Boris Jonson")]],
    expected: { "ben-jonson": ["Jonson"], "boris-johnson": ["Johnson", "Boris Jonson"] },
  },
  {
    title: "leaves a surname shared by two known people unmerged",
    known: [knownActor("joe-biden", "Joe Biden", "PERSON"), knownActor("hunter-biden", "Hunter Biden", "PERSON")],
    articles: [[person("Biden")], [person("Mr Biden")]],
    expected: { biden: ["Biden", "Mr Biden"] },
  },
  {
    title: "strips titles and accents: President Putin, Mr Putin; Erdoğan and Erdogan",
    articles: [
      [person("President Vladimir Putin"), person("Recep Tayyip Erdoğan")],
      [person("Vladimir Putin"), person("Recep Tayyip Erdogan")],
      [person("Mr Putin")],
    ],
    expected: {
      "vladimir-putin": ["President Vladimir Putin", "Vladimir Putin", "Mr Putin"],
      "recep-tayyip-erdogan": ["Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"],
    },
  },
  {
    title: "matches acronyms with their expansions: OSCE, NATO",
    articles: [
      [org("Organization for Security and Co-operation in Europe"), org("NATO")],
      [org("OSCE"), org("North Atlantic Treaty Organization")],
    ],
    expected: {
      "organization-for-security-and-co-operation-in-europe": [
        "Organization for Security and Co-operation in Europe",
        "OSCE",
      ],
      nato: ["NATO", "North Atlantic Treaty Organization"],
    },
  },
  {
    title: "keeps numbered names and two-letter acronyms apart: Louis XIV and Louis XV, UN and Ukrainian Navy",
    articles: [
      [person("Louis XIV"), org("UN")],
      [person("Louis XV"), org("Ukrainian Navy")],
    ],
    expected: {
      "louis-xiv": ["Louis XIV"],
      un: ["UN"],
      "louis-xv": ["Louis XV"],
      "ukrainian-navy": ["Ukrainian Navy"],
    },
  },
  {
    title: "finds a full name inside a longer one either way, unless two people share it",
    articles: [
      [person("Jens Stoltenberg"), person("Frank-Walter Steinmeier")],
      [person("NATO Jens Stoltenberg"), person("Walter Steinmeier")],
      [person("Anne Marie Smith"), person("Jane Marie Smith")],
      [person("Marie Smith")],
    ],
    expected: {
      "jens-stoltenberg": ["Jens Stoltenberg", "NATO Jens Stoltenberg"],
      "frank-walter-steinmeier": ["Frank-Walter Steinmeier", "Walter Steinmeier"],
      "anne-marie-smith": ["Anne Marie Smith"],
      "jane-marie-smith": ["Jane Marie Smith"],
      "marie-smith": ["Marie Smith"],
    },
  },
  {
    title: "does not match across actor types: Jordan the country is not Michael Jordan",
    articles: [[person("Michael Jordan")], [country("Jordan")], [person("Jordan")]],
    expected: { "michael-jordan": ["Michael Jordan", "Jordan"], jordan: ["Jordan"] },
  },
  {
    title: "trusts the gazetteer key: Moscow used for Russia",
    articles: [[country("Russia", "RU")], [country("Moscow", "RU")], [country("Kremlin")]],
    expected: { russia: ["Russia", "Moscow"], kremlin: ["Kremlin"] },
  },
  {
    title: "follows a description the extractor linked once, but not one two actors carry",
    articles: [
      [org("NATO", ["the alliance"]), country("Russia"), person("Sergei Shoigu", ["the minister"])],
      [person("Dmytro Kuleba", ["the minister"])],
      [
        { name: "the alliance", type: "ORGANIZATION" },
        { name: "the minister", type: "PERSON" },
      ],
    ],
    expected: {
      nato: ["NATO", "the alliance"],
      russia: ["Russia"],
      "sergei-shoigu": ["Sergei Shoigu"],
      "dmytro-kuleba": ["Dmytro Kuleba"],
      minister: ["the minister"],
    },
  },
  {
    title: "never fuzzy-merges two actors the extractor kept apart in one article",
    known: [knownActor("boris-johnson", "Boris Johnson", "PERSON")],
    articles: [[person("Boris Johnson"), person("Boris Jonson")]],
    expected: { "boris-johnson": ["Boris Johnson"], "boris-jonson": ["Boris Jonson"] },
  },
  {
    title: "suffixes a slug taken by a different actor",
    known: [knownActor("georgia", "Georgia", "COUNTRY")],
    articles: [[person("Georgia")], [country("Georgia")]],
    expected: { "georgia-2": ["Georgia"], georgia: ["Georgia"] },
  },
];

describe("createActorRegistry", () => {
  it.each(ROWS)("$title", ({ known, articles, expected }) => {
    expect(resolveClusters(createActorRegistry(known ?? []), articles)).toEqual(expected);
  });

  it("prefers the most frequent full form as the name but keeps the first id", () => {
    const registry = createActorRegistry([]);
    const names = [
      "Volodymyr Zelensky",
      "Volodymyr Zelenskyy",
      "Zelenskyy",
      "Volodymyr Zelenskyy",
      "Volodymyr Zelenskyy",
    ];
    names.forEach((name, i) => registry.resolve(buildExtraction(`a${i}`, null, [person(name)])));
    const [actor] = registry.allActors();
    expect({ id: actor?.id, name: actor?.name, aliases: actor?.aliases }).toEqual({
      id: "volodymyr-zelensky",
      name: "Volodymyr Zelenskyy",
      aliases: ["Zelenskyy", "Volodymyr Zelensky"],
    });
  });

  it("records roles with article and date, and affiliation as an actor id", () => {
    const registry = createActorRegistry([]);
    const resolved = registry.resolve(
      buildExtraction("a1", "2022-02-10T08:00:00Z", [
        country("Russia"),
        { ...person("Dmitry Peskov"), affiliation: "Russia", roles: [{ title: "spokesman", affiliation: "Kremlin" }] },
        { name: "Kremlin", type: "ORGANIZATION" },
      ]),
    );
    expect(resolved.actors.find((actor) => actor.id === "dmitry-peskov")).toEqual({
      id: "dmitry-peskov",
      name: "Dmitry Peskov",
      type: "PERSON",
      aliases: [],
      articles: ["a1"],
      roles: [{ title: "spokesman", affiliation: "kremlin", article: "a1", date: "2022-02-10" }],
      affiliation: "russia",
    });
  });

  it.each([
    {
      title: "keeps the affiliation most articles give, against one confused article",
      given: ["Ukraine", "Ukraine", "Russia", "Ukraine"],
      known: null,
      after: ["ukraine", "ukraine", "ukraine", "ukraine"],
    },
    {
      title: "moves to a new affiliation once more articles give it (a tie keeps the current one)",
      given: ["Ukraine", "Russia", "Russia", "Russia"],
      known: null,
      after: ["ukraine", "ukraine", "russia", "russia"],
    },
    {
      title: "weighs a stored affiliation by the articles already seen",
      given: ["Russia", "Russia", "Russia"],
      known: { affiliation: "ukraine", articles: ["s1", "s2"] },
      after: ["ukraine", "ukraine", "russia"],
    },
  ])("$title", ({ given, known, after }) => {
    const stored: ActorRecord[] = known
      ? [{ id: "oleksii-reznikov", name: "Oleksii Reznikov", type: "PERSON", aliases: [], roles: [], ...known }]
      : [];
    const registry = createActorRegistry(stored.map(knownActorOf));
    const seen = given.map((affiliation, i) => {
      registry.resolve(
        buildExtraction(`a${i + 1}`, "2022-03-01", [
          country("Ukraine"),
          country("Russia"),
          { ...person("Oleksii Reznikov"), affiliation },
        ]),
      );
      return registry.affiliations().get("oleksii-reznikov");
    });
    expect(seen).toEqual(after);
  });

  it("rewrites relations to global ids with ids that repeat across runs and drops self-relations", () => {
    const run = () => {
      const registry = createActorRegistry([]);
      return registry.resolve(
        buildExtraction(
          "a1",
          "2022-02-10",
          [country("Russia", "RU"), org("NATO"), country("Moscow", "RU")],
          [
            {
              sentence: "Russia warned NATO against expansion.",
              subject: "Russia",
              subjectText: "Russia",
              type: "WARN",
              verbText: "warned",
              object: "NATO",
              objectText: "NATO",
            },
            {
              sentence: "Moscow criticised Russia's critics.",
              subject: "Moscow",
              subjectText: "Moscow",
              type: "CRITICIZE",
              verbText: "criticised",
              object: "Russia",
              objectText: "Russia",
            },
          ],
        ),
      ).relations;
    };
    const first = run();
    expect(first.map((r) => [r.subject, r.type, r.object])).toEqual([["russia", "WARN", "nato"]]);
    expect(first[0]?.id).toMatch(/^r-[0-9a-f]{20}$/);
    expect(run()).toEqual(first);
  });

  it("rejects a relation naming an actor the article does not list", () => {
    const extraction = buildExtraction("a1", null, [country("Russia")]);
    extraction.relations.push({ ...relationStub(), subject: "l1", object: "l9" });
    expect(() => createActorRegistry([]).resolve(extraction)).toThrow(SchemaViolationError);
  });

  it("reports each actor once in changedActors with the articles added since the last call, then nothing", () => {
    const registry = createActorRegistry([knownActor("nato", "NATO", "ORGANIZATION")]);
    const report = () => registry.changedActors().map((actor) => [actor.id, actor.articles]);
    registry.resolve(buildExtraction("a1", null, [org("NATO"), country("Poland")]));
    registry.resolve(buildExtraction("a2", null, [country("Poland")]));
    expect(report()).toEqual([
      ["nato", ["a1"]],
      ["poland", ["a1", "a2"]],
    ]);
    expect(report()).toEqual([]);
    registry.resolve(buildExtraction("a3", null, [org("NATO")]));
    expect(report()).toEqual([["nato", ["a3"]]]);
    expect(registry.allActors().map((actor) => [actor.id, actor.articles])).toEqual([
      ["nato", ["a1", "a3"]],
      ["poland", ["a1", "a2"]],
    ]);
  });
});

function relationStub() {
  return buildExtraction(
    "x",
    null,
    [country("Russia"), country("Ukraine")],
    [
      {
        sentence: "Russia attacked Ukraine.",
        subject: "Russia",
        subjectText: "Russia",
        type: "ATTACK",
        verbText: "attacked",
        object: "Ukraine",
        objectText: "Ukraine",
      },
    ],
  ).relations[0]!;
}
