import { describe, expect, it } from "vitest";
import { compilePhoenixGivenNames } from "../../../../ingest/extract/lexicon/compile-phoenix-given-names.ts";
import { isGivenName } from "../../../../ingest/extract/mentions/given-names.ts";

// Actor dictionary fragments in the Phoenix .actors format, written for this test: a country, people with their
// codes (on their own lines or after the entry), a second spelling filed as an entry of its own, a company named
// after a person, an honorific entry and an organisation.
const COUNTRIES = `
ARCADIA_  [ARC]
+ARCADIAN_
MARTA_VELLAN_  # a head of state
+PRESIDENT_MARTA_VELLAN_
\t[ARCGOV 100101-151231]
\t[ARCELI]
TOMAS_KIRR_
TOMASZ_KIRR_
\t[ARCMIL >120101]
SIR_EDWIN_HALE_  [ARCGOV]
ARCADIA_NATIONAL_ASSEMBLY  [ARCLEG]
`;
const INTERNATIONAL = `
ODILE_MARCHAND_\t[IGOEURCOE 990101-031231]\t# a secretary general
BRUNO_FOODS_\t[MNC]\t# a company
`;
const AGENTS = "ASSEMBLY [~LEG]\nSPOKES!PERSON! [~GOV]\n";

describe("compilePhoenixGivenNames", () => {
  it("keeps the first word of people's entries, not of countries, companies, honorifics or bodies", () => {
    expect(compilePhoenixGivenNames([COUNTRIES, INTERNATIONAL], AGENTS)).toEqual(["marta", "odile", "tomas", "tomasz"]);
  });
});

describe("the shipped given names", () => {
  it.each([
    ["leo", true],
    ["dmitry", true],
    ["dmitri", true],
    ["volodymyr", true],
    ["taoiseach", false],
    ["council", false],
    ["russian", false],
    ["Leo", false],
  ])("%s is a given name: %s", (word, expected) => {
    expect(isGivenName(word)).toBe(expected);
  });
});
