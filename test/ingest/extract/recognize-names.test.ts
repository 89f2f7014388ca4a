import { describeRecognized, type RecognizeRow } from "./fixtures/recognize-rows.ts";

const rows: RecognizeRow[] = [
  {
    rule: "a city or state is a place, never its country",
    text: "Voters in Ohio and Chicago went to the polls on Tuesday.",
    expected: [
      ["Ohio", "LOCATION"],
      ["Chicago", "LOCATION"],
    ],
  },
  {
    rule: "a governor's state is not glued to the name",
    text: "Florida Ron DeSantis vows to fight the court ruling.",
    expected: [
      ["Florida", "LOCATION"],
      ["Ron DeSantis", "PERSON"],
    ],
  },
  {
    rule: "clubs in a results line are organisations, national sides stay places",
    text: "Leeds 2 Everton 1\n\nEngland 3 Wales 0",
    expected: [
      ["Leeds", "ORGANIZATION"],
      ["Everton", "ORGANIZATION"],
      ["England", "LOCATION"],
      ["Wales", "LOCATION"],
    ],
  },
  {
    rule: "clubs in a standings line written in capitals are organisations",
    text: "BOSTON 71 60 .542 -\n\nNEW YORK 68 63 .519 3",
    expected: [
      ["BOSTON", "ORGANIZATION"],
      ["NEW YORK", "ORGANIZATION"],
    ],
  },
  {
    rule: "the sides of a fixture line are clubs",
    text: "Leeds v Arsenal\n\nBOSTON AT MINNESOTA ( doubleheader )",
    expected: [
      ["Leeds", "ORGANIZATION"],
      ["Arsenal", "ORGANIZATION"],
      ["BOSTON", "ORGANIZATION"],
      ["MINNESOTA", "ORGANIZATION"],
    ],
  },
  {
    rule: "a clock time is no score",
    text: "Kharkiv 14:05\n\nAir raid sirens sounded across the city.",
    expected: [["Kharkiv", "LOCATION"]],
  },
  {
    rule: "'the town of X' and 'X, <state or country>' make X a place",
    text: "Shelling hit the town of Vovchansk overnight. Workers from Beulah , North Dakota , lost their jobs.",
    expected: [
      ["Vovchansk", "LOCATION"],
      ["Beulah", "LOCATION"],
      ["North Dakota", "LOCATION"],
    ],
  },
  {
    rule: "a squad list is no headline: its names are people",
    text: "Forwards - Harry Kane , Marcus Rashford , Bukayo Saka",
    expected: [
      ["Harry Kane", "PERSON"],
      ["Marcus Rashford", "PERSON"],
      ["Bukayo Saka", "PERSON"],
    ],
  },
  {
    rule: "scorers with the minute of their goal are people",
    text: "Everton 2 ( Calvert-Lewin 12th , Doucoure 77th ) Fulham 1",
    expected: [
      ["Everton", "ORGANIZATION"],
      ["Calvert-Lewin", "PERSON"],
      ["Doucoure", "PERSON"],
      ["Fulham", "ORGANIZATION"],
    ],
  },
  {
    rule: "the short form of an organisation named in full is that organisation, even after 'in'",
    text: "Boltware Systems Corp said it would cut jobs. Boltware said the cuts would save money. Shares in Boltware fell.",
    expected: [
      ["Boltware Systems Corp", "ORGANIZATION"],
      ["Boltware", "ORGANIZATION"],
      ["Boltware", "ORGANIZATION"],
    ],
  },
  {
    rule: "former states are countries",
    text: "Refugees from Yugoslavia and Zaire arrived in Germany.",
    expected: [
      ["Yugoslavia", "COUNTRY"],
      ["Zaire", "COUNTRY"],
      ["Germany", "COUNTRY"],
    ],
  },
  {
    rule: "golfers in a list of scores are not teams",
    text: "Jon Rahm 66 70 , Rory McIlroy 68 69 , Shane Lowry 70 67",
    expected: [
      ["Jon Rahm", "PERSON"],
      ["Rory McIlroy", "PERSON"],
      ["Shane Lowry", "PERSON"],
    ],
  },
  {
    rule: "a dateline's date is no score",
    text: "NEW YORK 2023-03-14\n\nThe index fell sharply on Tuesday after the report.",
    expected: [["NEW YORK", "LOCATION"]],
  },
  {
    rule: "a company name ends with its legal form, with or without a point",
    text: "Acme Widget Holdings Inc. said its profit rose. Boltware Systems Corp said it would cut jobs.",
    expected: [
      ["Acme Widget Holdings Inc.", "ORGANIZATION"],
      ["Boltware Systems Corp", "ORGANIZATION"],
    ],
  },
  {
    rule: "an acronym that speaks is a body, not a person",
    text: "Kurdish officials met in Erbil on Monday. The KDP said it would join the talks.",
    expected: [
      ["Erbil", "LOCATION"],
      ["KDP", "ORGANIZATION"],
    ],
  },
  {
    rule: "table headings, single letters and bare titles are no names",
    text: "Attendance : 41,000\n\nRESULTS\n\nMinister for the time being, he said in a statement.",
    expected: [],
  },
  {
    rule: "hyphenated surnames and compound bodies stay whole",
    text: "US envoy Linda Thomas-Greenfield addressed the NATO-Russia Council in Brussels.",
    expected: [
      ["Linda Thomas-Greenfield", "PERSON"],
      ["NATO-Russia Council", "ORGANIZATION"],
      ["Brussels", "LOCATION"],
    ],
  },
  {
    rule: "'X-based' makes X a place",
    text: "The Benghazi-based parliament rejected the proposal.",
    expected: [["Benghazi", "LOCATION"]],
  },
  {
    rule: "the name after 'X-based' is an organisation",
    text: "The Boston-based Acme Robotics said its new machine was ready.",
    expected: [
      ["Boston", "LOCATION"],
      ["Acme Robotics", "ORGANIZATION"],
    ],
  },
  {
    rule: "a ministry's name ends with its portfolio, and the person after it is a person",
    text: "The Chinese Ministry of Foreign Affairs Le Yucheng said the meeting had been useful.",
    expected: [
      ["Chinese Ministry of Foreign Affairs", "ORGANIZATION"],
      ["Le Yucheng", "PERSON"],
    ],
  },
  {
    rule: "a demonym inside an organisation's name stays in the name",
    text: "The Russian Defence Ministry said its units had pulled back.",
    expected: [["Russian Defence Ministry", "ORGANIZATION"]],
  },
  {
    rule: "a site's menu is not an organisation",
    text: "Home News World Business Sport\n\nThe talks in Geneva ended without a deal.",
    expected: [["Geneva", "LOCATION"]],
  },
  {
    rule: "cricketers on a scorecard and in bowling figures are people",
    text: "Zak Crawley c Smith b Bumrah 43\n\nAnderson 21-6-48-3 , Broad 18-4-51-2",
    expected: [
      ["Zak Crawley", "PERSON"],
      ["Smith", "PERSON"],
      ["Bumrah", "PERSON"],
      ["Anderson", "PERSON"],
      ["Broad", "PERSON"],
    ],
  },
  {
    rule: "faith, people and party adjectives alone are not actors, but open organisation names",
    text: "Kurdish leaders met Islamist and Republican figures. The Kurdish Democratic Party said it was ready.",
    expected: [["Kurdish Democratic Party", "ORGANIZATION"]],
  },
  {
    rule: "a heading followed by a figure is no team",
    text: "Halftime 1-0\n\nAttendance 38,000",
    expected: [],
  },
  {
    rule: "a city with a plural nickname is a team",
    text: "The Chicago Cubs beat the New York Yankees on Sunday.",
    expected: [
      ["Chicago Cubs", "ORGANIZATION"],
      ["New York Yankees", "ORGANIZATION"],
    ],
  },
  {
    rule: "a title-case headline names nothing the article does not name in running text",
    text: "Sydney Crowds Gather As Storm Nears\n\nLarge crowds gathered in Sydney on Friday.",
    expected: [
      ["Sydney", "LOCATION"],
      ["Sydney", "LOCATION"],
    ],
  },
  {
    rule: "one word joined by 'and' to a name with an organisation head is one organisation",
    text: "The Securities and Exchange Commission fined the bank.",
    expected: [["Securities and Exchange Commission", "ORGANIZATION"]],
  },
  {
    rule: "a known country or region closes an organisation's name after 'of'",
    text: "The Bank of England raised rates, and the Patriotic Union of Kurdistan objected.",
    expected: [
      ["Bank of England", "ORGANIZATION"],
      ["Patriotic Union of Kurdistan", "ORGANIZATION"],
    ],
  },
  {
    rule: "the Soviet Union is a country",
    text: "The collapse of the Soviet Union reshaped Europe.",
    expected: [
      ["Soviet Union", "COUNTRY"],
      ["Europe", "LOCATION"],
    ],
  },
];

describeRecognized("recognize: actor names", rows);
