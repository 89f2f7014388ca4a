import { describe, expect, it } from "vitest";
import { createExtractor } from "../../../ingest/extract/create-extractor.ts";

// Pinned to wink-eng-lite-web-model 1.8.1, which splits a word at some accented letters ("Doma", "ń", "ski").
const extractor = createExtractor({ metonymy: false });

const names = (text: string): Array<[string, string]> =>
  extractor.recognize(text).map((name) => [name.text, name.type]);

interface Row {
  rule: string;
  text: string;
  expected: Array<[string, string]>;
}

const rows: Row[] = [
  {
    rule: "a titled name keeps the letters after an accented one",
    text: "Polish Foreign Minister Andrzej Domański met Edgars Rinkēvičs in Riga on Friday.",
    expected: [
      ["Andrzej Domański", "PERSON"],
      ["Edgars Rinkēvičs", "PERSON"],
      ["Riga", "LOCATION"],
    ],
  },
  {
    rule: "a name that opens with an accented capital is one word",
    text: "European Commission Vice-President Maroš Šefčovič said the talks had gone well.",
    expected: [["Maroš Šefčovič", "PERSON"]],
  },
  {
    rule: "a lone accented surname before a speech verb is one person",
    text: "Erdoğan said on Monday that Ankara would not lift its veto.",
    expected: [
      ["Erdoğan", "PERSON"],
      ["Ankara", "LOCATION"],
    ],
  },
  {
    rule: "a given name split at its first letter is still a name",
    text: "Łukasz Kamiński warned that the border would stay closed.",
    expected: [["Łukasz Kamiński", "PERSON"]],
  },
  {
    rule: "Latin-1 accents, which wink keeps whole, stay whole",
    text: "Prime Minister Viktor Orbán spoke with Ünal Çelik in Budapest.",
    expected: [
      ["Viktor Orbán", "PERSON"],
      ["Ünal Çelik", "PERSON"],
      ["Budapest", "LOCATION"],
    ],
  },
  {
    rule: "a possessive, straight or curly, is not glued to the name",
    text: "Dmytro Kuleba’s call came a day after Volodymyr Zelenskyy's speech.",
    expected: [
      ["Dmytro Kuleba", "PERSON"],
      ["Volodymyr Zelenskyy", "PERSON"],
    ],
  },
];

describe("recognize: names with accented letters", () => {
  it.each(rows)("$rule", ({ text, expected }) => {
    expect(names(text)).toEqual(expected);
  });
});
