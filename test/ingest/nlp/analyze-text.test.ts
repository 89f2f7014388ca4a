import { describe, expect, it } from "vitest";
import { analyzeText } from "../../../ingest/nlp/analyze-text.ts";
import { loadWinkNlp } from "../../../ingest/nlp/load-wink-nlp.ts";

// Pinned to wink-eng-lite-web-model 1.8.1.
const nlp = loadWinkNlp();

describe("analyzeText", () => {
  it("keeps the headline and each paragraph apart and gives offsets into the text", () => {
    const text =
      "EU weighs new sanctions\n\nMinisters met in Brussels. They talked for hours.\n\nA deal is expected on Friday.";
    const analyzed = analyzeText(nlp, text);
    expect(analyzed.sentences.map((s) => [text.slice(s.start, s.end), s.paragraph])).toEqual([
      ["EU weighs new sanctions", 0],
      ["Ministers met in Brussels.", 1],
      ["They talked for hours.", 1],
      ["A deal is expected on Friday.", 2],
    ]);
    expect(analyzed.tokens.every((t) => text.slice(t.start, t.end) === t.text)).toBe(true);
  });

  it("marks date words without wink's entity recogniser", () => {
    const text = "Talks resumed on December 7 and again last week, not in May, and yesterday Kyiv may respond.";
    const dated = analyzeText(nlp, text)
      .tokens.filter((t) => t.inDate)
      .map((t) => t.text);
    expect(dated).toEqual(["December", "7", "last", "week", "yesterday"]);
  });

  it("uses an injected lemmatiser instead of wink's", () => {
    const lemmas = analyzeText(nlp, "Leaders warned Moscow.", { lemmatize: (lower) => lower.toUpperCase() }).tokens.map(
      (t) => t.lemma,
    );
    expect(lemmas).toEqual(["LEADERS", "WARNED", "MOSCOW", "."]);
  });

  it("returns wink's lemmas by default", () => {
    expect(analyzeText(nlp, "Leaders warned Moscow.").tokens.map((t) => t.lemma)).toEqual([
      "leaders",
      "warn",
      "moscow",
      ".",
    ]);
  });

  it.each([
    {
      title: "ASCII capitals",
      text: "Officials in Kyiv met the NATO envoy on Monday.",
      expected: ["Officials", "Kyiv", "NATO", "Monday"],
    },
    {
      title: "accented and non-Latin capitals",
      text: "Élysée aides briefed Ярослав and Ángel in Zürich, not the émigrés.",
      expected: ["Élysée", "Ярослав", "Ángel", "Zürich"],
    },
  ])("flags capitalised tokens: $title", ({ text, expected }) => {
    expect(
      analyzeText(nlp, text)
        .tokens.filter((t) => t.capitalised)
        .map((t) => t.text),
    ).toEqual(expected);
  });
});
