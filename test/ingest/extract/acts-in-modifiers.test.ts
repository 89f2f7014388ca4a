import { statementTable } from "./fixtures/statement-rows.ts";

// Rows are shapes of missed statements found by judging held-out news by hand, written anew: acts a sentence states
// through a document, a name given, a compound modifier or a body that acts for a state.

statementTable("extract: acts in documents, names and modifiers", [
  {
    title: "a document speaks for the body that adopts it",
    text: "The UN General Assembly passed a resolution condemning Russia's annexation of Crimea.",
    expected: ["UN General Assembly CRITICIZE Russia"],
  },
  {
    title: "a document speaks for its owner",
    text: "The Kremlin dismissed the G7's statement urging Russia to end the blockade.",
    expected: ["Russia REJECT G7", "G7 APPEAL Russia [negated] [hypothetical]"],
  },
  {
    title: "a document one only welcomes is not one's own",
    text: "Ukraine welcomed a resolution condemning Russia.",
    expected: [],
  },
  {
    title: "what is named in words of blame is accused",
    text: "Lithuanian lawmakers declared Russia a state sponsor of terrorism.",
    expected: ["Lithuania ACCUSE Russia"],
  },
  {
    title: "a name without blame accuses no one",
    text: "Emmanuel Macron called the agreement with Ukraine a historic step.",
    expected: [],
  },
  {
    title: "a backer named in a compound modifier backs what it describes",
    text: "The Iran-backed Houthis attacked a tanker in the Red Sea. US-trained Ukrainian brigades crossed the river.",
    expected: ["Iran SUPPORT Houthis", "United States AID Ukraine"],
  },
  {
    title: "arms handed over are military aid, whatever the verb's own default",
    text:
      "Norway pledged to supply Kyiv with a second air defence battery. Belarus has furnished Russia with artillery " +
      "shells.",
    expected: ["Norway AID Ukraine", "Belarus AID Russia"],
  },
  {
    title: "an event named as the compound of a light verb's object is the act",
    text:
      "The Senate approved a new military aid package for Ukraine. Lithuania announced a sanctions package against " +
      "Russia. Rishi Sunak promised a military support package for Ukraine.",
    expected: ["US Senate AID Ukraine", "Lithuania SANCTION Russia", "Rishi Sunak SUPPORT Ukraine"],
  },
  {
    title: "warm relations are cooperation, relations alone or once warm are not",
    text:
      "Serbia has close ties with Moscow. Relations with Russia have soured. A once close relationship between the " +
      "US and Uganda has soured.",
    expected: ["Serbia COOPERATE Russia"],
  },
  {
    title: "a country's people are that country as a target, not as a subject, and never their own side's target",
    text:
      "France stands in solidarity with the Ukrainian people. Volodymyr Zelensky thanked the people of Ireland for " +
      "their help. The State Department urged US citizens to leave Belarus. Joe Biden spoke directly to the people " +
      "of Russia. Ukrainian citizens fled to Poland.",
    expected: ["France SUPPORT Ukraine", "Volodymyr Zelensky PRAISE Ireland"],
  },
  {
    title: "approving an act someone undertakes approves them; discussing it does not",
    text:
      "Volodymyr Zelensky championed U.S. efforts to investigate war crimes. NATO welcomed Finland's decision to " +
      "join the alliance. Olaf Scholz and Joe Biden discussed Ukraine's bid to join NATO.",
    expected: ["Volodymyr Zelensky SUPPORT United States", "NATO PRAISE Finland", "Olaf Scholz MEET Joe Biden"],
  },
  {
    title: "a predicate adjective that carries an act is that act towards its phrase",
    text:
      "Ukrainian President Volodymyr Zelensky has been critical of Germany. Lithuania is grateful to Britain for " +
      "its support. Poland is supportive of Ukraine. The ministry is critical of the plan.",
    expected: ["Volodymyr Zelensky CRITICIZE Germany", "Lithuania PRAISE United Kingdom", "Poland SUPPORT Ukraine"],
  },
  {
    title: "warm ties moved away or broken from are no cooperation",
    text:
      "Moldova has charted a course away from its close relationship with Russia. Georgia broke from its warm ties " +
      "with Moscow.",
    expected: [],
  },
  {
    title: "relations of any kind can be broken off",
    text: "Georgia broke off relations with Moscow.",
    expected: ["Georgia SANCTION Russia"],
  },
  {
    title: "a delegation or negotiators act for their state",
    text: "Ukrainian negotiators reached a deal with Russia on grain exports.",
    expected: ["Ukraine AGREE Russia"],
  },
]);
