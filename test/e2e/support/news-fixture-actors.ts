// The actors of the hand-written news fixture: who they are, their types, aliases, roles and affiliations.

import type { ActorSpec } from "./build-graph-batch.ts";

export const NEWS_FIXTURE_ACTORS: ActorSpec[] = [
  {
    id: "jens-stoltenberg",
    name: "Jens Stoltenberg",
    type: "PERSON",
    aliases: ["Stoltenberg"],
    role: { title: "Secretary General", affiliation: "nato" },
    affiliation: "nato",
  },
  { id: "nato", name: "NATO", type: "ORGANIZATION", aliases: ["the alliance", "North Atlantic Treaty Organization"] },
  { id: "russia", name: "Russia", type: "COUNTRY", aliases: ["Moscow", "Russian Federation"] },
  { id: "vladimir-putin", name: "Vladimir Putin", type: "PERSON", aliases: ["Putin"], affiliation: "russia" },
  { id: "ukraine", name: "Ukraine", type: "COUNTRY", aliases: ["Kyiv"] },
  {
    id: "volodymyr-zelensky",
    name: "Volodymyr Zelensky",
    type: "PERSON",
    aliases: ["Zelensky", "Zelenskiy"],
    affiliation: "ukraine",
  },
  { id: "united-states", name: "United States", type: "COUNTRY", aliases: ["Washington", "US"] },
  { id: "joe-biden", name: "Joe Biden", type: "PERSON", aliases: ["Biden"], affiliation: "united-states" },
  {
    id: "antony-blinken",
    name: "Antony Blinken",
    type: "PERSON",
    aliases: ["Blinken"],
    role: { title: "Secretary of State", affiliation: "united-states" },
    affiliation: "united-states",
  },
  {
    id: "sergei-lavrov",
    name: "Sergei Lavrov",
    type: "PERSON",
    aliases: ["Lavrov"],
    role: { title: "Foreign Minister", affiliation: "russia" },
    affiliation: "russia",
  },
  {
    id: "dmitry-peskov",
    name: "Dmitry Peskov",
    type: "PERSON",
    aliases: ["Peskov"],
    role: { title: "spokesman", affiliation: "russia" },
    affiliation: "russia",
  },
  { id: "european-union", name: "European Union", type: "ORGANIZATION", aliases: ["EU", "Brussels"] },
  { id: "germany", name: "Germany", type: "COUNTRY", aliases: ["Berlin"] },
  { id: "olaf-scholz", name: "Olaf Scholz", type: "PERSON", aliases: ["Scholz"], affiliation: "germany" },
  { id: "emmanuel-macron", name: "Emmanuel Macron", type: "PERSON", aliases: ["Macron"] },
  { id: "belarus", name: "Belarus", type: "COUNTRY", aliases: ["Minsk"] },
  { id: "united-nations", name: "United Nations", type: "ORGANIZATION", aliases: ["UN"] },
  {
    id: "antonio-guterres",
    name: "Antonio Guterres",
    type: "PERSON",
    aliases: ["Guterres"],
    affiliation: "united-nations",
  },
];
