// Punctuation re-attached by the UD rule: the highest node of the neighbouring unit that keeps the tree projective;
// paired marks to the head of what they enclose; a final full stop to the root.
import { describe, expect, it } from "vitest";
import { attachPunctuation } from "../../../ingest/syntax/parser/attach-punctuation.ts";

/** Heads as 1-based CoNLL-U numbers (0 = root) in and out, to read like a treebank. */
function reattach(forms: string[], heads: number[]): number[] {
  const zeroBased = Int32Array.from(heads, (h) => h - 1);
  const isPunct = Uint8Array.from(forms, (f) => (/^[\p{P}]+$/u.test(f) ? 1 : 0));
  attachPunctuation(forms, zeroBased, isPunct);
  return Array.from(zeroBased, (h) => h + 1);
}

describe("attachPunctuation", () => {
  it.each([
    {
      title: "a final full stop hangs from the root, whatever the parser guessed",
      forms: ["NATO", "warned", "Russia", "."],
      heads: [2, 0, 2, 3],
      expected: [2, 0, 2, 2],
    },
    {
      title: "a comma between conjuncts hangs from the conjunct after it",
      forms: ["Russia", ",", "Belarus", "and", "China", "protested", "."],
      heads: [6, 1, 1, 5, 1, 0, 6],
      expected: [6, 3, 1, 5, 1, 0, 6],
    },
    {
      title: "the comma opening a relative clause hangs from the clause",
      forms: ["Biden", ",", "who", "met", "Zelensky", ",", "promised", "aid", "."],
      heads: [7, 7, 4, 1, 4, 1, 0, 7, 7],
      expected: [7, 4, 4, 1, 4, 1, 0, 7, 7],
    },
    {
      title: "quotes hang from the head of the quoted clause",
      forms: ['"', "We", "want", "peace", ",", '"', "Peskov", "said", "."],
      heads: [8, 3, 8, 3, 8, 8, 8, 0, 8],
      expected: [3, 3, 8, 3, 3, 3, 8, 0, 8],
    },
  ])("$title", ({ forms, heads, expected }) => {
    expect(reattach(forms, heads)).toEqual(expected);
  });

  it("leaves a sentence alone when the parser made a punctuation mark its root", () => {
    expect(reattach(["--", "Kyiv"], [0, 1])).toEqual([0, 1]);
  });
});
