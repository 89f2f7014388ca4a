import { statementTable } from "./fixtures/statement-rows.ts";

// A person the article does not place on any side (a name the dictionaries lack, with no title or country) cannot be
// matched to the claims aimed at their side: their reply answers the latest claim anyone else made, when that claim
// tells what the reply spells out of it (ingest/extract/attribution/resolve-replies.ts).

statementTable("extract: replies by a person of no known side", [
  {
    title: "a quoted verdict answers the latest claim, whomever it was aimed at",
    text: 'The White House accused Kyiv of playing down the threat. Taras Hordiyenko told reporters: "Some say there is a war here. This is not the case."',
    expected: ["United States ACCUSE Ukraine", "Taras Hordiyenko REJECT United States"],
  },
  {
    title: "a rejection of the accusations answers their author",
    text: "Sergei Lavrov accused the United States of fighting a proxy war in Ukraine. Taras Hordiyenko rejected the accusations.",
    expected: ["Sergei Lavrov ACCUSE United States", "Taras Hordiyenko DENY Sergei Lavrov"],
  },
  {
    title: "a claim spelled out answers the claim that tells it",
    text: "Sergei Lavrov accused the United States of fighting a proxy war in Ukraine. Taras Hordiyenko rejected the accusation that Washington was fighting a proxy war.",
    expected: ["Sergei Lavrov ACCUSE United States", "Taras Hordiyenko DENY Sergei Lavrov"],
  },
  {
    title: "a claim spelled out answers no claim about something else",
    text: "Sergei Lavrov accused EU leaders of interfering in Ukraine's affairs. Taras Hordiyenko disputed claims that a protester had been beaten.",
    expected: ["Sergei Lavrov ACCUSE EU"],
  },
  {
    title: "denying one's own conduct answers only what was said about oneself",
    text: "Sergei Lavrov accused Kyiv of shelling Donetsk. Taras Hordiyenko denied any involvement.",
    expected: ["Sergei Lavrov ACCUSE Ukraine"],
  },
  {
    title: "a spokesman of a known side still answers only the claims against that side",
    text: "US President Joe Biden warned Belarus against new provocations. Kremlin spokesman Dmitry Peskov dismissed the warnings.",
    expected: ["Joe Biden THREATEN Belarus"],
  },
]);
