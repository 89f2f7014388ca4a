import { describe, expect, it } from "vitest";
import { createExtractor } from "../../../ingest/extract/create-extractor.ts";
import { testRecord } from "./fixtures/test-record.ts";

// Pinned to wink-eng-lite-web-model 1.8.1. Role and definite descriptions are resolved within the article: to the
// person the article gave that role, else (for an institution's voice) to the institution, else to no one.
const extractor = createExtractor();

/** Statements as "Subject TYPE Object", in text order. */
function statements(text: string): string[] {
  const extraction = extractor.extract(testRecord(text.split("\n")[0] ?? ""), text);
  const name = (id: string): string => extraction.actors.find((a) => a.localId === id)?.name ?? id;
  return extraction.relations
    .sort((a, b) => a.offsets.verb[0] - b.offsets.verb[0])
    .map((r) => `${name(r.subject)} ${r.type} ${name(r.object)}`);
}

const rows: Array<{ rule: string; text: string; expected: string[] }> = [
  {
    rule: "'the Kremlin spokesman' is the person the article made Kremlin spokesman",
    text: "Talks stall\n\nKremlin spokesman Dmitry Peskov said the talks had failed. The Kremlin spokesman criticised Ukraine.",
    expected: ["Dmitry Peskov CRITICIZE Ukraine"],
  },
  {
    rule: "'the spokesman' alone is the one spokesman the article named",
    text: "Talks stall\n\nKremlin spokesman Dmitry Peskov said the talks had failed. The spokesman criticised Ukraine.",
    expected: ["Dmitry Peskov CRITICIZE Ukraine"],
  },
  {
    rule: "an unnamed Kremlin spokesman speaks for the country",
    text: "Talks stall\n\nA Kremlin spokesman criticised Ukraine on Monday.",
    expected: ["Russia CRITICIZE Ukraine"],
  },
  {
    rule: "'the bloc's foreign policy chief' in apposition to a name is that person, not the bloc",
    text: "EU meets\n\nThe European Union met in Brussels. The bloc's foreign policy chief, Josep Borrell, condemned Russia.",
    expected: ["Josep Borrell CRITICIZE Russia"],
  },
  {
    rule: "'the alliance's spokesman' speaks for the alliance the article names",
    text: "Allies meet\n\nNATO met in Brussels. The alliance's spokesman criticised Russia.",
    expected: ["NATO CRITICIZE Russia"],
  },
  {
    rule: "'the alliance' is no organisation the article does not name",
    text: "Coalition talks\n\nThe alliance's spokesman criticised Russia.",
    expected: [],
  },
  {
    rule: "'its spokesman' speaks for the body 'its' takes up",
    text: "EU meets\n\nThe European Union met in Brussels. Its spokesman criticised Russia.",
    expected: ["EU CRITICIZE Russia"],
  },
  {
    rule: "'its secretary general' is the secretary general of the body 'its' takes up",
    text: "Allies meet\n\nNATO Secretary General Jens Stoltenberg arrived in Warsaw. NATO met in Brussels. Its secretary general criticised Russia.",
    expected: ["Jens Stoltenberg CRITICIZE Russia"],
  },
  {
    rule: "… and not another body's",
    text: "Allies meet\n\nNATO Secretary General Jens Stoltenberg arrived in Warsaw. The European Union met in Brussels. Its secretary general criticised Russia.",
    expected: [],
  },
  {
    rule: "'its spokeswoman' is the spokeswoman the article named for that body",
    text: "Allies meet\n\nNATO spokeswoman Oana Lungescu arrived in Warsaw. NATO met in Brussels. Its spokeswoman criticised Russia.",
    expected: ["Oana Lungescu CRITICIZE Russia"],
  },
  {
    rule: "… and another body's spokesman is that body's voice, not hers",
    text: "Allies meet\n\nNATO spokeswoman Oana Lungescu arrived in Warsaw. The European Union met in Brussels. Its spokesman criticised Russia.",
    expected: ["EU CRITICIZE Russia"],
  },
  {
    rule: "a leader's description takes up the one person nearby without a role",
    text: "Macron in Moscow\n\nEmmanuel Macron arrived in Moscow. The French president warned Russia.",
    expected: ["Emmanuel Macron WARN Russia"],
  },
  {
    rule: "with two such people it stays open rather than give one the other's statements",
    text: "Leaders meet\n\nVolodymyr Zelensky met Olaf Scholz. The Ukrainian leader urged Germany to send tanks.",
    expected: ["Volodymyr Zelensky MEET Olaf Scholz"],
  },
  {
    rule: "'the country' is the nearest country named in the sentences before it",
    text: "Border tense\n\nRussia massed troops near Ukraine in the winter. In February Russia invaded the country.",
    expected: ["Russia MOBILIZE Ukraine", "Russia ATTACK Ukraine"],
  },
  {
    rule: "a regional description skips the countries outside its region",
    text: "Envoy expelled\n\nLithuania expelled the Russian ambassador. Moscow condemned the Baltic state for the decision.",
    expected: ["Lithuania COERCE Russia", "Russia CRITICIZE Lithuania"],
  },
  {
    rule: "'the former Soviet republic' is a former Soviet republic, not the Soviet Union",
    text: "Tensions rise\n\nMoldova protested to Russia. Moscow accused the former Soviet republic of provocations.",
    expected: ["Russia ACCUSE Moldova"],
  },
  {
    rule: "a regional description may own what follows it",
    text:
      "Tensions rise\n\nMoldova protested to Russia. Dmitry Medvedev criticized the former Soviet republic's " +
      "decision to leave the economic union.",
    expected: ["Dmitry Medvedev CRITICIZE Moldova"],
  },
  {
    rule: "a regional description reaches past the quotations between it and its country; 'the country' does not",
    text:
      'Deal signed\n\nMoldova signed a trade deal with the EU on Monday. "We had no choice," Moldovan President Maia ' +
      'Sandu told reporters. "Our economy needs Europe," she added. "We waited for years." Dmitry Medvedev ' +
      "criticized the former Soviet republic. Sergei Lavrov criticized the country.",
    expected: ["Moldova AGREE EU", "Dmitry Medvedev CRITICIZE Moldova"],
  },
  {
    rule: "an envoy the article does not name stands for the state that sent them; other office holders do not",
    text:
      "Envoys expelled\n\nPoland expelled the Russian ambassador on Tuesday. Lithuania summoned Belarus's envoy. " +
      "The Ukrainian commander met the French president.",
    expected: ["Poland COERCE Russia", "Lithuania MEET Belarus"],
  },
  {
    rule: "an envoy the article names is that person",
    text: "Envoy expelled\n\nEstonia expelled the Russian ambassador, Vladimir Lipayev.",
    expected: ["Estonia COERCE Vladimir Lipayev"],
  },
  {
    rule: "'the country' after a preposition of place is a place",
    text: "Diplomats leave\n\nRussia criticized Ukraine. Israel is evacuating its diplomats from the country.",
    expected: ["Russia CRITICIZE Ukraine"],
  },
  {
    rule: "'the country' as a subject is left alone: it is often the article's topic, not the country named last",
    text: "Threat report\n\nRussia remains a threat to the United States. Putin and the country attacked Ukraine.",
    expected: ["Vladimir Putin ATTACK Ukraine"],
  },
  {
    rule: "'the west' in lower case is the West, unless a direction or a place",
    text:
      "Talks stall\n\nRussia accused the west of provoking the war. Ukrainian troops moved in the west of the " +
      "country. China called on the west to abandon its approach.",
    expected: ["Russia ACCUSE the West", "China APPEAL the West"],
  },
  {
    rule: "a description no country before it fits names no one",
    text: "Talks open\n\nFrance met Germany in Paris. Moscow condemned the Baltic state.",
    expected: ["France MEET Germany"],
  },
];

describe("extract: role and definite descriptions", () => {
  it.each(rows)("$rule", ({ text, expected }) => {
    expect(statements(text)).toEqual(expected);
  });
});
