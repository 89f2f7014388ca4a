import { describeRecognized, type RecognizeRow } from "./fixtures/recognize-rows.ts";

// wink-eng-lite-web-model 1.8.1 splits a word at some accented letters ("Doma", "ń", "ski").
const rows: RecognizeRow[] = [
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

describeRecognized("recognize: names with accented letters", rows);
