import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  compilePhoenixPeople,
  type PeopleSources,
  type PersonRoles,
} from "../../../../ingest/extract/lexicon/compile-phoenix-people.ts";
import {
  affiliationIndexOn,
  createPeopleLexicon,
  loadPeopleLexicon,
  personFormKey,
} from "../../../../ingest/extract/lexicon/people-lexicon.ts";
import { createPeopleSources } from "../../../../ingest/extract/lexicon/people-sources.ts";
import { createGazetteer } from "../../../../ingest/gazetteer/gazetteer.ts";
import { loadWinkReader } from "../../../../ingest/nlp/create-wink-reader.ts";

// Actor dictionary fragments in the Phoenix .actors format, written for this test (invented people of real
// countries): a minister who moved from her country's government to an international body, a general with a second
// spelling filed as an entry of its own, two people who share a bare surname, aliases that are titles, a given name
// alone and an English word, a body written like a name, and an entry typed in by hand.
const COUNTRIES = `
NORWAY_  [NOR]
+NORWEGIAN_
KARI_NORDVIK_  # CountryInfo.txt
+NORDVIK_
+MINISTER_NORDVIK_
+PRESIDENT_
+KARI_
\t[NORGOV 090101-140930]
\t[IGOWSTNAT >141001]
SERGEI_MALKOV_  # CountryInfo.txt
+MALKOV_
\t[RUSMIL 100101-130531]
SERGEY_MALKOV_  # CountryInfo.txt
\t[RUSMIL >130601]
IVAN_HOPE_  # CountryInfo.txt
+HOPE_
\t[RUSGOV]
ANNA_BERG_  # CountryInfo.txt
+BERGMANN_
\t[NORELI]
PETER_BERG_  # CountryInfo.txt
+BERGMANN_
\t[NORGOV >120101]
NORDIC_STATE_COUNCIL_  [NORGOV]
EDWARD_LARK_
+LARK_
\t[USAOPP]
RUSSIAN_FEDERATION_  [RUS]
UNITED_STATES_  [USA]
`;
const INTERNATIONAL = `
NORTH_ATLANTIC_TREATY_ORGANIZATION_\t[IGOWSTNAT]
`;
const AGENTS = "MINISTER [~GOV]\nCOUNCIL [~GOV]\n";

/** The compiler's sources for these fragments: three countries and NATO, three English words, a few given names. */
const SOURCES: PeopleSources = {
  knownBody: (name) =>
    ({ Norway: "Norway", "Russian Federation": "Russia", "United States": "United States" })[name] ??
    (name === "North Atlantic Treaty Organization" ? "NATO" : null),
  isBodyWord: (lower) => ["norway", "norwegian", "russian", "nato"].includes(lower),
  isEnglishWord: (lower) => ["hope", "state", "lark"].includes(lower),
  isGivenName: (lower) => ["kari", "edward", "anna", "peter", "ivan"].includes(lower),
};

const compiled = compilePhoenixPeople([COUNTRIES, INTERNATIONAL], AGENTS, SOURCES);
const lexicon = createPeopleLexicon(compiled);

describe("compilePhoenixPeople", () => {
  it("lists the people, one per name, not the bodies, and keys every form they may be written in", () => {
    expect(compiled.people.map(([name]) => name)).toEqual([
      "Anna Berg",
      "Edward Lark",
      "Ivan Hope",
      "Kari Nordvik",
      "Peter Berg",
      "Sergei Malkov",
    ]);
  });

  it.each([
    ["Nordvik", "Kari Nordvik"],
    ["Kari Nordvik", "Kari Nordvik"],
    ["Malkov", "Sergei Malkov"],
    // The second spelling filed as an entry of its own, and a transliteration the dictionaries never wrote.
    ["Sergey Malkov", "Sergei Malkov"],
    ["Sergej Malkov", undefined],
    ["SERGEI MALKOV", "Sergei Malkov"],
    ["Ivan Hope", "Ivan Hope"],
    ["Edward Lark", "Edward Lark"],
  ])("finds %s as %s", (written, expected) => {
    expect(lexicon.find(written)?.name).toBe(expected);
  });

  it.each([
    ["Bergmann", "a bare surname two people share"],
    ["Hope", "an English word"],
    ["Lark", "an English word, even as the surname of a person entered by hand"],
    ["Kari", "a given name alone"],
    ["President", "a title alone"],
    ["Minister Nordvik", "a title with the name"],
    ["Nordic State Council", "a body"],
  ])("finds no one by %s (%s)", (written) => {
    expect(lexicon.find(written)).toBeUndefined();
  });

  it("gives a person who changed posts the country or body of the role held on the day", () => {
    const nordvik = lexicon.find("Nordvik");
    expect(
      nordvik && [20120301, 20140930, 20141001, 20220224, null].map((d) => lexicon.affiliationOn(nordvik, d)),
    ).toEqual(["Norway", "Norway", "NATO", "NATO", null]);
  });
});

/** Roles as compiled: [affiliation, from, to], days as YYYYMMDD, 0 for an open end. */
type Span = readonly [number, number, number];
/** A minister of body 0 until 30 September 2014, of body 1 from the next day on. */
const MOVED: Span[] = [
  [0, 20090101, 20140930],
  [1, 20141001, 0],
];
/** A dated role of body 0 and an undated one of body 1. */
const UNDATED: Span[] = [
  [0, 20090101, 20140930],
  [1, 0, 0],
];
/** Two closed roles with a gap between them. */
const CLOSED: Span[] = [
  [0, 19900101, 19951231],
  [1, 20000101, 20041231],
];
/** Two bodies whose roles overlap in December 1995. */
const OVERLAPPING: Span[] = [
  [0, 19950701, 19951231],
  [1, 19951205, 19991006],
];

describe("affiliationIndexOn", () => {
  it.each<[string, PersonRoles, number | null, number | null]>([
    ["one affiliation, whatever the day", 3, 19990101, 3],
    ["no affiliation known", -1, 20200101, null],
    ["the dated role valid that day", MOVED, 20120101, 0],
    ["an open role after its start", MOVED, 20200101, 1],
    ["the undated role outside the dated ones", UNDATED, 20200101, 1],
    ["the nearest role before the first", CLOSED, 19850101, 0],
    ["the nearest role between two", CLOSED, 19970101, 0],
    ["the nearest role after the last", CLOSED, 20200101, 1],
    ["two bodies the same day: none", OVERLAPPING, 19951210, null],
    ["no day: the undated role", UNDATED, null, 1],
    ["no day and no undated role: none", MOVED, null, null],
  ])("%s", (_title, roles, day, expected) => {
    expect(affiliationIndexOn(roles, day)).toBe(expected);
  });
});

describe("the shipped people lexicon", () => {
  const shipped = loadPeopleLexicon();
  it.each([
    ["Putin", "Vladimir Putin", 20220224, "Russia"],
    ["Vladimir Putin", "Vladimir Putin", 20220224, "Russia"],
    ["Sergei Lavrov", "Sergey Lavrov", 20140301, "Russia"],
    ["Lavrov", "Sergey Lavrov", 20140301, "Russia"],
    // Polish spelling: a letter NFKD leaves whole, and w for v.
    ["Ławrow", "Sergey Lavrov", 20220301, "Russia"],
    ["Erdoğan", "Recep Tayyip Erdogan", 20220301, "Turkey"],
    ["Poroshenko", "Petro Poroshenko", 20140601, "Ukraine"],
    // NATO's secretary general from December 1995 to October 1999, after the EU presidency of 1995.
    ["Javier Solana", "Javier Solana", 19970101, "NATO"],
    ["Javier Solana", "Javier Solana", 19950901, "EU"],
  ])("finds %s as %s, of %s on %s", (written, name, day, affiliation) => {
    const person = shipped.find(written);
    expect([person?.name, person && shipped.affiliationOn(person, day)]).toEqual([name, affiliation]);
  });

  it.each(["President", "Vladimir", "Minister", "Russia", "Kremlin", "Bush", "May", "Brown"])(
    "finds no one by %s",
    (written) => {
      expect(shipped.find(written)).toBeUndefined();
    },
  );
});

const DICTIONARIES = resolve(process.cwd(), "../shared/dictionaries/petrarch2");

describe.skipIf(!existsSync(DICTIONARIES))("phoenix-people.json and the Phoenix dictionaries", () => {
  it("is what scripts/build-event-lexicon.ts compiles from them", () => {
    const read = (file: string): string => readFileSync(join(DICTIONARIES, file), "latin1");
    const texts = ["Countries", "International", "MilNonState"].map((part) => read(`Phoenix.${part}.actors.txt`));
    const wink = loadWinkReader();
    const sources = createPeopleSources(createGazetteer(), (lower) => wink.knowsWord?.(lower) === true);
    const fresh = compilePhoenixPeople(texts, read("Phoenix.agents.txt"), sources);
    const shipped = JSON.parse(
      readFileSync(resolve("ingest/extract/lexicon/data/phoenix-people.json"), "utf8"),
    ) as typeof fresh;
    expect(fresh.people.length).toBe(shipped.people.length);
    expect(fresh).toEqual(shipped);
  });

  it("keys forms as the lexicon looks them up", () => {
    expect(personFormKey("VLADIMIR_V._PUTIN")).toBe(personFormKey("Vladimir V Putin"));
  });
});
