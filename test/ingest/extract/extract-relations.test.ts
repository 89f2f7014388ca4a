import { describe, expect, it } from "vitest";
import { createExtractor } from "../../../ingest/extract/create-extractor.ts";
import { testRecord } from "./fixtures/test-record.ts";

// Pinned to wink-eng-lite-web-model 1.8.1: POS tags decide verbs and proper nouns.
const extractor = createExtractor();

/** Statements as "Subject TYPE Object" plus modality flags, in text order. */
function statements(text: string): string[] {
  const extraction = extractor.extract(testRecord(text.split("\n")[0] ?? ""), text);
  const name = (id: string): string => extraction.actors.find((a) => a.localId === id)?.name ?? id;
  return extraction.relations
    .sort(
      (a, b) =>
        a.offsets.verb[0] - b.offsets.verb[0] ||
        name(a.object).localeCompare(name(b.object)) ||
        name(a.subject).localeCompare(name(b.subject)),
    )
    .map(
      (r) =>
        `${name(r.subject)} ${r.type} ${name(r.object)}${r.negated ? " [negated]" : ""}${r.hypothetical ? " [hypothetical]" : ""}`,
    );
}

describe("extract: relations", () => {
  const rows: Array<{ title: string; text: string; expected: string[] }> = [
    { title: "headline is a sentence", text: "NATO ready to punish Russia", expected: ["NATO THREATEN Russia"] },
    {
      title: "a headline restated in the lead is evidence twice",
      text: "Lavrov warns Kyiv over trade pact\n\nRussian Foreign Minister Sergei Lavrov warned Ukraine on Monday.",
      expected: ["Sergei Lavrov WARN Ukraine", "Sergei Lavrov WARN Ukraine"],
    },
    {
      title: "a sentence repeated word for word is one piece of evidence, at its first place",
      text:
        "Lavrov warns Kyiv over trade pact\n\nRussian Foreign Minister Sergei Lavrov warned Ukraine on Monday. " +
        "· Russian Foreign Minister Sergei Lavrov warned Ukraine on Monday.",
      expected: ["Sergei Lavrov WARN Ukraine", "Sergei Lavrov WARN Ukraine"],
    },
    {
      title: "active voice with a titled subject",
      text: "Headline\n\nUS Secretary of State Antony Blinken warned Russia on Tuesday.",
      expected: ["Antony Blinken WARN Russia"],
    },
    {
      title: "passive voice with a possessive antecedent",
      text: "Headline\n\nEmmanuel Macron called for calm in the region. His appeal was echoed by German Chancellor Olaf Scholz.",
      expected: ["Olaf Scholz AGREE Emmanuel Macron"],
    },
    {
      title: "coordinated subjects",
      text: "Headline\n\nThe US, NATO and the EU have pledged support to Ukraine.",
      expected: ["EU SUPPORT Ukraine", "NATO SUPPORT Ukraine", "United States SUPPORT Ukraine"],
    },
    {
      title: "coordinated symmetric subjects without object",
      text: "Headline\n\nPresident Joe Biden and Chancellor Olaf Scholz met in Washington.",
      expected: ["Joe Biden MEET Olaf Scholz"],
    },
    {
      title: "coordinated objects",
      text: "Headline\n\nThe Kremlin accused the United States and NATO of stoking tensions.",
      expected: ["Russia ACCUSE NATO", "Russia ACCUSE United States"],
    },
    {
      title: "a denial negates the invasion",
      text: "Headline\n\nRussia denies having any plan to attack Ukraine.",
      expected: ["Russia ATTACK Ukraine [negated] [hypothetical]"],
    },
    {
      title: "a condition makes the invasion hypothetical",
      text: "Headline\n\nThe allies will respond firmly if Russia invades Ukraine.",
      expected: ["Russia ATTACK Ukraine [hypothetical]"],
    },
    {
      title: "an accusation is not an attack",
      text: "Headline\n\nWestern governments accuse Russia of planning an invasion of Ukraine.",
      expected: ["the West ACCUSE Russia"],
    },
    {
      title: "a conditional sanction said by its author is a threat",
      text: "Headline\n\nJoe Biden said he would impose sanctions on Vladimir Putin if Russian troops cross the border.",
      expected: ["Joe Biden THREATEN Vladimir Putin", "Joe Biden SANCTION Vladimir Putin [hypothetical]"],
    },
    {
      title: "reported speech attributes the inner accusation",
      text: "Headline\n\nKremlin spokesman Dmitry Peskov said Poland accused Belarus of staging provocations.",
      expected: ["Poland ACCUSE Belarus"],
    },
    {
      title: "a quoted demand belongs to its speaker",
      text: 'Headline\n\n"Moscow must withdraw its forces," Polish President Andrzej Duda said on Monday.',
      expected: ["Andrzej Duda DEMAND Russia"],
    },
    {
      title: "nominal cue with a possessive subject",
      text: "Headline\n\nRussia's invasion of Ukraine began in February.",
      expected: ["Russia ATTACK Ukraine"],
    },
    {
      title: "a demonym alone is not an actor, but agents an event noun",
      text: "Headline\n\nUkrainian forces repelled a Russian attack near Kharkiv.",
      expected: ["Ukraine FIGHT Russia"],
    },
    {
      title: "predicative threat is an accusation by the clause subject",
      text: "Headline\n\nMoscow says NATO expansion is a threat to its security.",
      expected: ["Russia ACCUSE NATO"],
    },
    { title: "no self-relations", text: "Headline\n\nRussia warned Moscow.", expected: [] },
    {
      title: "nominal cue with agents after 'from'",
      text: "Headline\n\nThe broadside from Antony Blinken and Jens Stoltenberg against the Kremlin was sharp.",
      expected: ["Antony Blinken CRITICIZE Russia", "Jens Stoltenberg CRITICIZE Russia"],
    },
    {
      title: "a clause after a comma is not a coordinated object",
      text: "Headline\n\nVice President Kamala Harris warned Moscow, and the NATO chief condemned Russia.",
      expected: ["Kamala Harris WARN Russia"],
    },
    {
      title: "delegates from a list act for the listed actors",
      text: "Headline\n\nDiplomats from Germany and France gathered in Paris for talks.",
      expected: ["Germany NEGOTIATE France"],
    },
    {
      title: "the content of a rejected accusation is not a fact; the rejecter replies to the accuser",
      text: "Headline\n\nKremlin spokesman Dmitry Peskov on Monday dismissed claims by US Secretary of State Antony Blinken that Russia was preparing to attack Ukraine.",
      expected: ["Dmitry Peskov DENY Antony Blinken", "Russia ATTACK Ukraine [negated] [hypothetical]"],
    },
    {
      title: "a charge's that-clause is hypothetical",
      text: "Headline\n\nKyiv dismissed accusations from Moscow that Ukraine was attacking Russia.",
      expected: ["Ukraine DENY Russia", "Ukraine ATTACK Russia [negated] [hypothetical]"],
    },
    {
      title: "troops sent to a border are a build-up, not aid",
      text: "Headline\n\nBelarus has sent more troops to the Ukrainian border.",
      expected: ["Belarus MOBILIZE Ukraine"],
    },
    {
      title: "troops massed on the border with a country are a build-up against it",
      text: "Headline\n\nBelarus has massed troops on the border with Lithuania.",
      expected: ["Belarus MOBILIZE Lithuania"],
    },
    {
      title: "troops withdrawn or pulled back from a border are a retreat, not a build-up",
      text: "Headline\n\nBelarus withdrew troops from the Lithuanian border. Minsk pulled its soldiers back from the border with Poland on Tuesday.",
      expected: ["Belarus RETREAT Lithuania", "Belarus RETREAT Poland"],
    },
    {
      title: "part of the forces withdrawn, or forces that withdraw themselves, are a retreat too",
      text: "Headline\n\nBelarus withdrew some of its troops from the Lithuanian border. Belarusian soldiers pulled back from the Polish border on Friday.",
      expected: ["Belarus RETREAT Lithuania", "Belarus RETREAT Poland"],
    },
    {
      title: "moving soldiers away from a frontier is a retreat, as its own side reports it",
      text: "Headline\n\nMinsk says it is moving soldiers away from the Polish frontier after the end of its drills.",
      expected: ["Belarus RETREAT Poland"],
    },
    {
      title: "weapons sent to a country are aid",
      text: "Headline\n\nPoland has sent tanks and ammunition to Ukraine.",
      expected: ["Poland AID Ukraine"],
    },
    {
      title: "a negation inside a relative clause does not negate the main verb",
      text: "Headline\n\nFrench President Emmanuel Macron, who has never ruled out talks, will meet Vladimir Putin in Moscow.",
      expected: ["Emmanuel Macron MEET Vladimir Putin"],
    },
    {
      title: "a negated verb that governs an event noun does not negate the event",
      text: "Headline\n\nHungary has not joined the EU sanctions against Russia.",
      expected: ["Hungary SANCTION Russia [negated]", "EU SANCTION Russia"],
    },
    {
      title: "the that-clause of an assessment is not the object of agreeing",
      text: "Headline\n\nPoland agreed with reports that Germany was isolated.",
      expected: [],
    },
    {
      title: "a verbal attack coordinated with slander is criticism, by the clause's own subject",
      text: "Headline\n\nWang Wenbin said the EU had smeared and attacked Beijing.",
      expected: ["EU CRITICIZE China"],
    },
    {
      title: "attacking someone in a speech is criticism",
      text: "Headline\n\nDonald Trump attacked Joe Biden in a speech on Tuesday.",
      expected: ["Donald Trump CRITICIZE Joe Biden"],
    },
    {
      title: "the subject of an as-clause is not the main clause's subject",
      text: "Blinken visits Kyiv as G7 ministers warn Moscow",
      expected: [],
    },
    {
      title: "a reply to 'the accusations' answers the earlier accuser of the replier's country",
      text: "Headline\n\nPolish President Andrzej Duda accused Russia of staging the border crisis. Kremlin spokesman Dmitry Peskov denied the allegations on Tuesday.",
      expected: ["Andrzej Duda ACCUSE Russia", "Dmitry Peskov DENY Andrzej Duda"],
    },
    {
      title: "no earlier accuser, no implied reply",
      text: "Headline\n\nKremlin spokesman Dmitry Peskov denied the allegations on Tuesday.",
      expected: [],
    },
    {
      title: "member states of an organisation are not the organisation",
      text: "Headline\n\nSeveral EU member states condemned Russia on Monday.",
      expected: [],
    },
  ];
  it.each(rows)("$title", ({ text, expected }) => {
    expect(statements(text)).toEqual(expected);
  });

  it("attributes reported speech to the speaker", () => {
    const text = "Headline\n\nKremlin spokesman Dmitry Peskov said Poland accused Belarus of staging provocations.";
    const extraction = extractor.extract(testRecord("Headline"), text);
    const name = (id: string | null): string | undefined => extraction.actors.find((a) => a.localId === id)?.name;
    expect(extraction.relations.map((r) => name(r.attributedTo))).toEqual(["Dmitry Peskov"]);
  });

  it("records offsets of sentence, subject, verb and object", () => {
    const text = "NATO warns Russia\n\nNATO chief Jens Stoltenberg warned Moscow on Sunday.";
    const extraction = extractor.extract(testRecord("NATO warns Russia"), text);
    const slices = extraction.relations.map((r) =>
      [r.offsets.sentence, r.offsets.subject, r.offsets.verb, r.offsets.object].map(([a, b]) => text.slice(a, b)),
    );
    expect(slices).toEqual([
      ["NATO warns Russia", "NATO", "warns", "Russia"],
      ["NATO chief Jens Stoltenberg warned Moscow on Sunday.", "Jens Stoltenberg", "warned", "Moscow"],
    ]);
    expect(extraction.relations.map((r) => r.eventDate)).toEqual(["2022-02-16", "2022-02-13"]);
  });
});
