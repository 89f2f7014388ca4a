import { describe, expect, it } from "vitest";
import { analyzeText } from "../../../ingest/nlp/analyze-text.ts";
import { loadWinkNlp } from "../../../ingest/nlp/load-wink-nlp.ts";

// Pinned to wink-eng-lite-web-model 1.8.1, which splits "Delfi.lv" into three tokens and a sentence break.
const nlp = loadWinkNlp();

const rows: Array<{ title: string; text: string; sentences: string[]; names: string[] }> = [
  {
    title: "a source written as a domain name stays in its sentence, as one token",
    text: "The Latvian Interior Ministry rejected the claims, Delfi.lv reported. Then Meduza.io wrote that LSM.lv agreed.",
    sentences: [
      "The Latvian Interior Ministry rejected the claims, Delfi.lv reported.",
      "Then Meduza.io wrote that LSM.lv agreed.",
    ],
    names: ["Delfi.lv", "Meduza.io", "LSM.lv"],
  },
  {
    title: "a sentence glued to the one before still breaks there",
    text: "Troops massed near the border.It was the largest build-up since 2021.",
    sentences: ["Troops massed near the border.", "It was the largest build-up since 2021."],
    names: [],
  },
];

describe("analyzeText: domain names", () => {
  it.each(rows)("$title", ({ text, sentences, names }) => {
    const analyzed = analyzeText(nlp, text);
    expect(analyzed.sentences.map((s) => text.slice(s.start, s.end))).toEqual(sentences);
    expect(analyzed.tokens.filter((t) => t.text.includes(".") && t.text.length > 1).map((t) => t.text)).toEqual(names);
    expect(analyzed.tokens.every((t) => text.slice(t.start, t.end) === t.text)).toBe(true);
  });
});
