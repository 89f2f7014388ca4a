// The event lexicon built from PETRARCH-2's dictionaries: compiling a CAMEO verb block and Phoenix agents written in
// their format, and choosing between a verb's patterns the way the dictionary means them.
import { describe, expect, it } from "vitest";
import { compileCameoVerbs } from "../../../../ingest/extract/lexicon/compile-cameo-verbs.ts";
import { compilePhoenixAgents } from "../../../../ingest/extract/lexicon/compile-phoenix-agents.ts";
import { createEventLexicon, loadEventLexicon } from "../../../../ingest/extract/lexicon/event-lexicon.ts";
import { relationTypeOfCameo } from "../../../../ingest/extract/lexicon/cameo-relation-types.ts";

// A dictionary fragment in CAMEO.2.0.txt's format, written for this test.
const FRAGMENT = `
&MILITARY
+TROOPS
+ARMED_FORCES

&CURRENCY
# a comment inside a synset does not end it
+MONEY
+EURO

####### VERB PATTERNS #######

---  GIVE   [060]  ---
GIVE {GAVE GIVEN}
- * &CURRENCY                                         [071]         # GIVE
- * &UNKNOWN_SYNSET                                   [072]         # GIVE

---  WITHDRAW   [080]  ---
WITHDRAW {WITHDREW WITHDRAWN}
PULL_OUT
- * &MILITARY                                         [087]         # WITHDRAW
- * SUPPORT                                           [---]         # WITHDRAW

---  CONDEMN   [111]  ---
DENOUNCE [111]
BLAME [112]
`;

const words = (text: string): Set<string> => new Set(text.split(" "));

describe("compileCameoVerbs", () => {
  const compiled = compileCameoVerbs(FRAGMENT);

  it("gives each verb its own code or its block's, its irregular forms, and its multiword forms as patterns", () => {
    expect(compiled.verbs.withdraw?.code).toBe("080");
    expect(compiled.verbs.blame?.code).toBe("112");
    expect(compiled.verbs.denounce?.code).toBe("111");
    expect(compiled.forms.withdrew).toBe("withdraw");
    expect(compiled.verbs.pull?.patterns).toEqual([{ before: [], after: [["out"]], code: "080" }]);
  });

  it("expands synsets in patterns, multiword members by their head", () => {
    expect(compiled.verbs.withdraw?.patterns[0]).toEqual({ before: [], after: [["troops", "forces"]], code: "087" });
  });

  it("reads a synset across a comment line, and drops a pattern with a slot it cannot read", () => {
    expect(compiled.verbs.give?.patterns).toEqual([{ before: [], after: [["money", "euro"]], code: "071" }]);
  });

  it("keeps a '---' pattern as a non-event", () => {
    const lexicon = createEventLexicon(compiled);
    expect(lexicon.verbEvent("withdraw", { after: words("its support"), before: words("") })).toBeNull();
    expect(lexicon.verbEvent("withdraw", { after: words("its troops"), before: words("") })).toEqual({
      type: "RETREAT",
      cameo: "087",
      prepositions: [],
    });
  });
});

describe("compilePhoenixAgents", () => {
  it("keeps one-word agents of a state, expanding the dictionary's substitutions", () => {
    const agents = compilePhoenixAgents(
      "!PERSON! = MAN, WOMAN\nSPOKES!PERSON! [~GOV]\nTROOP [~MIL]\nCENTRAL_BANK [~GOVBUS]\nFARMER [~AGR]\n",
    );
    expect(agents).toEqual({ spokesman: "GOV", spokeswoman: "GOV", troop: "MIL" });
  });
});

describe("the shipped event lexicon", () => {
  const lexicon = loadEventLexicon();
  it.each([
    ["broken", "break"],
    ["fought", "fight"],
    ["accused", "accuse"],
    ["attacked", "attack"],
    ["said", "say"],
    ["has", "have"],
    ["is", "be"],
    ["does", "do"],
  ])("lemmatises %s as %s", (form, lemma) => {
    expect(lexicon.verbLemma(form)).toBe(lemma);
  });

  it.each([
    { verb: "break", after: "relations with mexico", type: "SANCTION" },
    { verb: "lift", after: "sanctions on belarus", type: "RETREAT" },
    { verb: "accuse", after: "moscow", type: "ACCUSE" },
    { verb: "warn", after: "russia", type: "WARN" },
    { verb: "invade", after: "ukraine", type: "ATTACK" },
    { verb: "negotiate", after: "with kyiv", type: "NEGOTIATE" },
    { verb: "meet", after: "putin at a summit", type: "MEET" },
    { verb: "meet", after: "with the opposition leaders", type: "MEET" },
    { verb: "meet", after: "for talks", type: "MEET" },
    { verb: "veto", after: "ukrainian membership in nato", type: "REJECT" },
  ])("types '$verb $after' as $type", ({ verb, after, type }) => {
    expect(lexicon.verbEvent(verb, { after: words(after), before: words("") })?.type).toBe(type);
  });

  it.each([
    { verb: "call", after: "moscow", particle: "", type: "MEET" },
    { verb: "call", after: "out moscow threat", particle: "out", type: null },
    { verb: "call", after: "off talks", particle: "off", type: "SANCTION" },
    { verb: "lash", after: "out at kyiv", particle: "out", type: "CRITICIZE" },
    { verb: "train", after: "ukrainian soldiers", particle: "", type: "AID" },
    { verb: "train", after: "up ukrainian soldiers", particle: "up", type: "AID" },
  ])("types '$verb' with particle '$particle' before '$after' as $type", ({ verb, after, particle, type }) => {
    expect(lexicon.verbEvent(verb, { after: words(after), before: words(""), particle })?.type ?? null).toBe(type);
  });

  it.each([
    { verb: "stand", after: "by kyiv", prepositions: ["by"] },
    { verb: "accuse", after: "moscow", prepositions: [] },
    { verb: "negotiate", after: "with kyiv", prepositions: [] },
  ])("names the aiming prepositions of the pattern that typed '$verb $after'", ({ verb, after, prepositions }) => {
    expect(lexicon.verbEvent(verb, { after: words(after), before: words("") })?.prepositions).toEqual(prepositions);
  });

  it.each([
    { verb: "give", after: "in to the demands", adverbs: "in", type: "CONCEDE" },
    { verb: "give", after: "an interview to reuters in geneva", adverbs: "", type: null },
    { verb: "pull", after: "back its troops", adverbs: "back", type: "CONCEDE" },
    { verb: "talk", after: "over the phone", adverbs: "", type: "MEET" },
  ])(
    "reads a phrasal pattern of '$verb' only from the verb's own particle or adverb ('$adverbs')",
    ({ verb, after, adverbs, type }) => {
      const context = { after: words(after), before: words(""), adverbs: words(adverbs) };
      expect(lexicon.verbEvent(verb, context)?.type ?? null).toBe(type);
    },
  );

  it.each([
    { verb: "take", after: "the chinese position" },
    { verb: "invite", after: "finland to join the alliance" },
    { verb: "introduce", after: "agents to the security service" },
    { verb: "provoke", after: "russia invasion" },
    { verb: "fill", after: "the ship with water" },
    { verb: "stall", after: "by ukrainian forces" },
    { verb: "swear", after: "there would be no troops" },
    { verb: "consider", after: "western ukraine part of its territory" },
    { verb: "clear", after: "the us would respond" },
    { verb: "engage", after: "in regular conversations" },
    { verb: "authorize", after: "the use of troops in ukraine" },
  ])("gives '$verb' no act of its own before '$after'", ({ verb, after }) => {
    expect(lexicon.verbEvent(verb, { after: words(after), before: words("") })).toBeNull();
  });

  it.each(["aid", "assist", "help"])("types '%s' as aid given", (verb) => {
    expect(lexicon.verbEvent(verb, { after: words("ukraine"), before: words("") })?.type).toBe("AID");
  });

  it.each(["want", "plan", "seek", "expect", "promise"])(
    "gives '%s' no default intent to cooperate when it takes a clause",
    (verb) => {
      expect(lexicon.verbEvent(verb, { after: words(""), before: words("") })?.type).toBe("AGREE");
      expect(lexicon.verbEvent(verb, { after: words(""), before: words(""), takesClause: true })).toBeNull();
    },
  );

  it("maps CAMEO codes to the vocabulary through their PLOVER type", () => {
    expect([
      relationTypeOfCameo("112"),
      relationTypeOfCameo("111"),
      relationTypeOfCameo("046"),
      relationTypeOfCameo("010"),
    ]).toEqual(["ACCUSE", "CRITICIZE", "NEGOTIATE", null]);
  });
});
