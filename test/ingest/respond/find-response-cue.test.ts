import { describe, expect, it } from "vitest";
import type { RelationType } from "../../../graph-schema/index.ts";
import { findResponseCue } from "../../../ingest/respond/find-response-cue.ts";
import { resolveArticles, says } from "./fixtures/resolve-articles.ts";

interface CueRow {
  sentence: string;
  subject: string;
  verb: string;
  object: string;
  type: RelationType;
  expected: { text: string; answers: RelationType[] | null; inClause: boolean } | null;
}

const ROWS: CueRow[] = [
  {
    sentence: "The Kremlin accused Washington and its allies of ignoring Moscow's security demands.",
    subject: "The Kremlin",
    verb: "accused",
    object: "Washington",
    type: "ACCUSE",
    expected: {
      text: "accused Washington and its allies of ignoring Moscow's security demands",
      answers: ["REJECT", "CRITICIZE", "ACCUSE", "DENY", "DEMAND", "APPEAL"],
      inClause: false,
    },
  },
  {
    sentence: "Lavrov blamed the West for brushing aside Russian proposals on European security.",
    subject: "Lavrov",
    verb: "blamed",
    object: "West",
    type: "ACCUSE",
    expected: {
      text: "blamed the West for brushing aside Russian proposals",
      answers: ["REJECT", "CRITICIZE", "ACCUSE", "DENY", "DEMAND", "APPEAL"],
      inClause: false,
    },
  },
  {
    sentence: "The Kremlin accused Washington of ignoring the suffering of civilians.",
    subject: "The Kremlin",
    verb: "accused",
    object: "Washington",
    type: "ACCUSE",
    expected: null,
  },
  {
    sentence: "Russia denies any plan to attack Ukraine.",
    subject: "Russia",
    verb: "denies",
    object: "Ukraine",
    type: "DENY",
    expected: null,
  },
  {
    sentence: "Russia slammed the accusations by Britain as disinformation.",
    subject: "Russia",
    verb: "slammed",
    object: "Britain",
    type: "REJECT",
    expected: {
      text: "slammed the accusations",
      answers: ["ACCUSE", "CRITICIZE", "WARN", "INVESTIGATE"],
      inClause: true,
    },
  },
  {
    sentence: "Lavrov dismissed as nonsense the American warnings about an invasion.",
    subject: "Lavrov",
    verb: "dismissed",
    object: "American",
    type: "REJECT",
    expected: {
      text: "dismissed as nonsense the American warnings",
      answers: ["WARN", "THREATEN", "CRITICIZE", "ACCUSE"],
      inClause: true,
    },
  },
  {
    sentence: "In response to Biden's demands, Putin criticised Washington for ignoring Russian concerns.",
    subject: "Putin",
    verb: "criticised",
    object: "Washington",
    type: "CRITICIZE",
    expected: { text: "In response to", answers: ["DEMAND", "APPEAL", "NEGOTIATE"], inClause: true },
  },
  {
    sentence: "Peskov made his remarks to Britain after London accused Moscow of plotting a coup in Kyiv.",
    subject: "Peskov",
    verb: "made his remarks",
    object: "Britain",
    type: "CRITICIZE",
    expected: { text: "after London accused", answers: ["ACCUSE", "CRITICIZE"], inClause: true },
  },
  {
    sentence: "Zakharova called Western concern about the troop build-up hysteria, mocking Washington.",
    subject: "Zakharova",
    verb: "called",
    object: "Washington",
    type: "CRITICIZE",
    expected: {
      text: "called Western concern about the troop build-up hysteria",
      answers: ["WARN", "THREATEN", "CRITICIZE", "ACCUSE"],
      inClause: true,
    },
  },
  {
    sentence: "Stoltenberg warned Russia that any attack would carry a high price.",
    subject: "Stoltenberg",
    verb: "warned",
    object: "Russia",
    type: "WARN",
    expected: null,
  },
  {
    sentence: "NATO warned Moscow again while Russia rejected the allegations made by Kyiv.",
    subject: "NATO",
    verb: "warned",
    object: "Moscow",
    type: "WARN",
    expected: null,
  },
  {
    sentence: "After Russia's attack on the port, Russia warned Ukraine against further strikes.",
    subject: "Russia",
    verb: "warned",
    object: "Ukraine",
    type: "WARN",
    expected: null,
  },
  {
    sentence: "Russia warned Ukraine after talks in Minsk collapsed on Thursday.",
    subject: "Russia",
    verb: "warned",
    object: "Ukraine",
    type: "WARN",
    expected: null,
  },
  {
    sentence: "Lukashenko told parliament that Belarus will always condemn sanctions imposed by the European Union.",
    subject: "Lukashenko",
    verb: "condemn",
    object: "European Union",
    type: "CRITICIZE",
    expected: { text: "condemn sanctions", answers: ["SANCTION"], inClause: true },
  },
  {
    sentence: "Kyiv brushed aside Moscow's denials of any plan to invade.",
    subject: "Kyiv",
    verb: "brushed aside",
    object: "Moscow",
    type: "REJECT",
    expected: { text: "brushed aside Moscow's denials", answers: ["DENY"], inClause: true },
  },
  {
    sentence: "Peskov said the American accusations were lies.",
    subject: "Peskov",
    verb: "lies",
    object: "American",
    type: "REJECT",
    expected: {
      text: "accusations were lies",
      answers: ["ACCUSE", "CRITICIZE", "WARN", "INVESTIGATE"],
      inClause: true,
    },
  },
  {
    sentence: "This is not the case, Zelensky said of the American warnings.",
    subject: "Zelensky",
    verb: "case",
    object: "American",
    type: "REJECT",
    expected: { text: "This is not the case", answers: null, inClause: true },
  },
  {
    sentence: "Kuleba described the Russian reports as incorrect.",
    subject: "Kuleba",
    verb: "described",
    object: "Russian",
    type: "REJECT",
    expected: {
      text: "described the Russian reports as incorrect",
      answers: ["ACCUSE", "CRITICIZE", "WARN", "INVESTIGATE"],
      inClause: true,
    },
  },
  {
    sentence: "Kuleba said the Russian troops near Kharkiv were a threat to peace.",
    subject: "Kuleba",
    verb: "threat",
    object: "Russian",
    type: "ACCUSE",
    expected: null,
  },
  {
    sentence: "Zelensky said of the American warnings of imminent war that this is not the case.",
    subject: "Zelensky",
    verb: "this is not the case",
    object: "American",
    type: "REJECT",
    expected: { text: "this is not the case", answers: null, inClause: false },
  },
];

describe("findResponseCue", () => {
  it.each(ROWS)("$sentence", ({ sentence, subject, verb, object, type, expected }) => {
    const { relations } = resolveArticles([
      {
        id: "a1",
        published: "2022-02-01",
        mentions: [
          { name: subject, type: "PERSON" },
          { name: object, type: "COUNTRY" },
        ],
        statements: [says(sentence, subject, type, verb, object)],
      },
    ]);
    const relation = relations[0]!;
    const cue = findResponseCue(relation);
    expect(cue && { text: cue.text, answers: cue.answers, inClause: cue.clauseStart !== null }).toEqual(expected);
  });
});

// A cue that names a claim by its noun or a demonstrative answers whatever claim its article reported by the actor it
// is aimed at, whomever that claim was about; an act's noun, a connective or a complaint about ignored demands does not.
describe("findResponseCue: replies to a claim named by its noun", () => {
  it.each<{ sentence: string; verb: string; type: RelationType; claimReply: boolean }>([
    {
      sentence: "Kuleba rejected the accusations from Moscow as baseless.",
      verb: "rejected",
      type: "REJECT",
      claimReply: true,
    },
    {
      sentence: "Kuleba described the reports from Moscow as incorrect.",
      verb: "described",
      type: "REJECT",
      claimReply: true,
    },
    {
      sentence: "This is not the case, Kuleba said of the account from Moscow.",
      verb: "case",
      type: "REJECT",
      claimReply: true,
    },
    { sentence: "Kuleba said the allegations from Moscow were lies.", verb: "lies", type: "REJECT", claimReply: true },
    {
      sentence: "Kuleba condemned the attack by Moscow on the border post.",
      verb: "condemned",
      type: "CRITICIZE",
      claimReply: false,
    },
    {
      sentence: "In response to the warnings from Moscow, Kuleba recalled the envoy.",
      verb: "recalled",
      type: "CRITICIZE",
      claimReply: false,
    },
    {
      sentence: "Kuleba accused Moscow of ignoring Ukraine's demands.",
      verb: "accused",
      type: "ACCUSE",
      claimReply: false,
    },
  ])("$sentence", ({ sentence, verb, type, claimReply }) => {
    const { relations } = resolveArticles([
      {
        id: "a1",
        published: "2022-02-01",
        mentions: [
          { name: "Kuleba", type: "PERSON" },
          { name: "Moscow", type: "COUNTRY" },
        ],
        statements: [says(sentence, "Kuleba", type, verb, "Moscow")],
      },
    ]);
    expect(findResponseCue(relations[0]!)?.claimReply).toBe(claimReply);
  });
});
