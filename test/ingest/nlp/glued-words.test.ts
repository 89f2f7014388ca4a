import { describe, expect, it } from "vitest";
import { wordCount, wordEndAt } from "../../../ingest/nlp/glued-words.ts";
import { loadEventLexicon } from "../../../ingest/extract/lexicon/event-lexicon.ts";
import { analyzeText } from "../../../ingest/nlp/analyze-text.ts";
import { loadWinkReader } from "../../../ingest/nlp/create-wink-reader.ts";

// Pinned to wink-eng-lite-web-model 1.8.1, which splits "Domański" into "Doma", "ń", "ski".
const reader = loadWinkReader();

/** The words of `text` as wordEndAt joins them, and their count by wordCount. */
function words(text: string): { words: string[]; count: number } {
  const { tokens } = analyzeText(reader, text, { lemmatize: (lower) => loadEventLexicon().verbLemma(lower) });
  const out: string[] = [];
  for (let j = 0; j < tokens.length;) {
    const end = wordEndAt(tokens, j);
    out.push(text.slice(tokens[j]?.start ?? 0, tokens[end - 1]?.end ?? 0));
    j = end;
  }
  return { words: out, count: wordCount(tokens, 0, tokens.length) };
}

const rows: Array<{ rule: string; text: string; expected: string[] }> = [
  {
    rule: "pieces split at a Polish or Latvian letter are one word",
    text: "Domański met Rinkēvičs",
    expected: ["Domański", "met", "Rinkēvičs"],
  },
  {
    rule: "a word split at its first letter is one word",
    text: "Šefčovič and Łukasz",
    expected: ["Šefčovič", "and", "Łukasz"],
  },
  {
    rule: "a Turkish name split at 'ğ' is one word",
    text: "Erdoğan spoke",
    expected: ["Erdoğan", "spoke"],
  },
  {
    rule: "possessives, straight or curly, and contractions stay apart",
    text: "Kuleba’s aide can't wait for Zelenskyy's reply",
    expected: ["Kuleba", "’s", "aide", "ca", "n't", "wait", "for", "Zelenskyy", "'s", "reply"],
  },
];

describe("glued words", () => {
  it.each(rows)("$rule", ({ text, expected }) => {
    const found = words(text);
    expect(found.words.filter((w) => w.trim() !== "")).toEqual(expected);
    expect(found.count).toEqual(found.words.length);
  });
});
