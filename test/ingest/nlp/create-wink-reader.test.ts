import { describe, expect, it } from "vitest";
import { createWinkReader } from "../../../ingest/nlp/create-wink-reader.ts";

// Pinned to wink-eng-lite-web-model 1.8.1.
const rows = [
  {
    title: "a curly possessive learned whole before a full stop",
    before: "The next move, the minister said, is Russia’s.",
    text: "Russia’s envoy left the talks in Geneva.",
    expected: ["Russia", "’s", "envoy", "left", "the", "talks", "in", "Geneva", "."],
  },
  {
    title: "a straight possessive learned whole before a comma",
    before: "The land is Ukraine's, Zelensky told reporters in Kyiv.",
    text: "Ukraine's army retook the village on Sunday.",
    expected: ["Ukraine", "'s", "army", "retook", "the", "village", "on", "Sunday", "."],
  },
  {
    title: "a currency code learned as a word",
    before: "Kyiv asked to be paid in USD and not in roubles.",
    text: "The hryvnia fell against the USD/EUR basket.",
    expected: ["The", "hryvnia", "fell", "against", "the", "USD", "/", "EUR", "basket", "."],
  },
];

describe("createWinkReader", () => {
  it.each(rows)("tokenises a text the same after another one: $title", ({ before, text, expected }) => {
    const reader = createWinkReader();
    reader.readDoc(before);
    const tokens = reader.readDoc(text).tokens();
    const fresh = createWinkReader().readDoc(text).tokens();
    expect(tokens.out(reader.its.type)).toEqual(fresh.out(reader.its.type));
    expect(tokens.out()).toEqual(fresh.out());
    expect(tokens.out()).toEqual(expected);
  });

  it("keeps reading the same tokens after rebuilding its wink instance", () => {
    const reader = createWinkReader(0);
    const text = "NATO’s chief met Poland’s president in Warsaw.";
    const first = reader.readDoc(text).tokens().out();
    reader.readDoc("Talks were held at Poland’s.");
    expect(reader.readDoc(text).tokens().out()).toEqual(first);
    expect(first).toEqual(["NATO", "’s", "chief", "met", "Poland", "’s", "president", "in", "Warsaw", "."]);
  });
});
