import { statementTable } from "./fixtures/statement-rows.ts";

// A speaker who reports that someone plays down, underestimates or minimises something criticises them for it
// (ingest/extract/statements/downplaying.ts): an accusation by the speaker, aimed at whoever makes light of it.

statementTable("extract: downplaying as blame in reported speech", [
  {
    title: "downplaying a risk the speaker names",
    text: "The White House said Kyiv is downplaying the risks of an invasion.",
    expected: ["United States ACCUSE Ukraine"],
  },
  {
    title: "understating one's own losses",
    text: "Pentagon spokesman John Kirby said Moscow has understated its losses in Ukraine.",
    expected: ["John Kirby ACCUSE Russia"],
  },
  {
    title: "lessening a thing's weight is making light of it",
    text: "The White House believes that Kyiv reduces the importance of the danger.",
    expected: ["United States ACCUSE Ukraine"],
  },
  {
    title: "the phrasal verb, its particle read as a preposition",
    text: "US officials said the Ukrainian government was playing down the risks.",
    expected: ["United States ACCUSE Ukraine"],
  },
  {
    title: "playing down one's part in a crisis",
    text: "Polish officials said Belarus has played down its role in the crisis.",
    expected: ["Poland ACCUSE Belarus"],
  },
  {
    title: "lessening a number is no downplaying",
    text: "NATO said Russia has reduced the number of troops near the border.",
    expected: [],
  },
  {
    title: "making light of nothing blames no one",
    text: "The White House said Kyiv is downplaying nothing.",
    expected: [],
  },
]);
