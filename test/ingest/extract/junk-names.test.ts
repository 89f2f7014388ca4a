import { describeRecognized, type RecognizeRow } from "./fixtures/recognize-rows.ts";

// Capitalised words that are no actors: common nouns opening a sentence, weapons' names, lone demonyms.
const rows: RecognizeRow[] = [
  {
    rule: "a plural common noun opening a sentence is no name",
    text: "Allies have pledged more air defence to Kyiv, Zelensky said.",
    expected: [
      ["Kyiv", "LOCATION"],
      ["Zelensky", "PERSON"],
    ],
  },
  {
    rule: "a generic group that speaks is still no person",
    text: "Experts said the sanctions on Moscow would take months to bite.",
    expected: [["Moscow", "LOCATION"]],
  },
  {
    rule: "a season or an activity noun opening a sentence is no name",
    text: "Autumn rains slowed the advance near Bakhmut.\n\nPolling suggests Keir Starmer will win a large majority.",
    expected: [
      ["Bakhmut", "LOCATION"],
      ["Keir Starmer", "PERSON"],
    ],
  },
  {
    rule: "a chunk made only of common nouns opening a sentence is no name",
    text: "Member State governments rejected the plan put forward by Brussels.",
    expected: [["Brussels", "LOCATION"]],
  },
  {
    rule: "market words opening a sentence are no name",
    text: "Stocks fell in Tokyo after the Bank of Japan raised rates.",
    expected: [
      ["Tokyo", "LOCATION"],
      ["Bank of Japan", "ORGANIZATION"],
    ],
  },
  {
    rule: "a sentence-initial word the article also writes in lower case is no name, even before 'said'",
    text: "Regulators said Binance had broken the rules. Two regulators later resigned.",
    expected: [["Binance", "ORGANIZATION"]],
  },
  {
    rule: "a name before 'missiles' is a weapon",
    text: "Britain has sent Storm Shadow missiles to Ukraine.",
    expected: [
      ["Britain", "COUNTRY"],
      ["Ukraine", "COUNTRY"],
    ],
  },
  {
    rule: "a weapon's name stays a weapon later in the article without its noun",
    text: "Britain has sent Storm Shadow missiles to Ukraine.\n\nKyiv used Storm Shadow to strike a bridge in Crimea.",
    expected: [
      ["Britain", "COUNTRY"],
      ["Ukraine", "COUNTRY"],
      ["Kyiv", "LOCATION"],
      ["Crimea", "LOCATION"],
    ],
  },
  {
    rule: "a weapon's name may be followed by modifiers before its noun",
    text: "Germany still refuses to send Taurus cruise missiles to Kyiv.",
    expected: [
      ["Germany", "COUNTRY"],
      ["Kyiv", "LOCATION"],
    ],
  },
  {
    rule: "a lone demonym is no actor",
    text: "Soviet troops entered Prague in 1968.",
    expected: [["Prague", "LOCATION"]],
  },
  {
    rule: "a surname opening a sentence stays a person when it is no common noun",
    text: "Price said the State Department would respond within days.",
    expected: [
      ["Price", "PERSON"],
      ["State Department", "ORGANIZATION"],
    ],
  },
  {
    rule: "an unknown word opening a sentence before a verb outside the lexicon is no name",
    text: "Sterling slipped against the dollar on Friday.",
    expected: [],
  },
  {
    rule: "an unknown word opening a sentence before a relation cue verb is a name",
    text: "Arnor signed a supply deal with Ukraine on Monday.",
    expected: [
      ["Arnor", "ORGANIZATION"],
      ["Ukraine", "COUNTRY"],
    ],
  },
  {
    rule: "an unknown word opening a sentence before an auxiliary is a name",
    text: "Halvorsen has denied any wrongdoing.",
    expected: [["Halvorsen", "ORGANIZATION"]],
  },
  {
    rule: "English words written as a name are a unit or a thing, not a person",
    text: "The 82nd Airborne Division will deploy to Poland, Lloyd Austin said.",
    expected: [
      ["Poland", "COUNTRY"],
      ["Lloyd Austin", "PERSON"],
    ],
  },
  {
    rule: "a lone capitalised English word is no name without a person behind it",
    text: "In turn, the Advisor of the president claims that Russia wants to freeze the war.",
    expected: [["Russia", "COUNTRY"]],
  },
  {
    rule: "a given name opens a person's name even when it is also an English word or a thing ('Bill')",
    text: "Bill Burns flew to Moscow. Separately, Republicans condemned John Kerry.",
    expected: [
      ["Bill Burns", "PERSON"],
      ["Moscow", "LOCATION"],
      ["Republicans", "ORGANIZATION"],
      ["John Kerry", "PERSON"],
    ],
  },
  {
    rule: "English words in quotation marks name a body",
    text: "About 300 “Right Sector” activists moved to Dnipro, officials said.",
    expected: [
      ["Right Sector", "ORGANIZATION"],
      ["Dnipro", "LOCATION"],
    ],
  },
  {
    rule: "a name counted like goods after a verb is a product; a year before a name counts nothing",
    text: "The US agreed to send 31 Abrams to Ukraine. In 2014 Viktor Yanukovych fled to Russia.",
    expected: [
      ["US", "COUNTRY"],
      ["Ukraine", "COUNTRY"],
      ["Viktor Yanukovych", "PERSON"],
      ["Russia", "COUNTRY"],
    ],
  },
  {
    rule: "a name keeps its words however many pieces wink splits an accented word into",
    text: "Richard Marles met Władysław Kosiniak-Kamysz in Warsaw.",
    expected: [
      ["Richard Marles", "PERSON"],
      ["Władysław Kosiniak-Kamysz", "PERSON"],
      ["Warsaw", "LOCATION"],
    ],
  },
  {
    rule: "a Roman numeral numbering a session or a congress is no name",
    text: "Vladimir Putin addressed the XI meeting of the Valdai Discussion Club on Thursday.",
    expected: [
      ["Vladimir Putin", "PERSON"],
      ["Valdai Discussion Club", "ORGANIZATION"],
    ],
  },
];

describeRecognized("recognize: capitalised words that are no actors", rows);
