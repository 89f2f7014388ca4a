// The arc-hybrid transition system and its oracles on the team's hand-annotated news treebank: the static oracle
// rebuilds every projective tree, the dynamic oracle gives its choices zero cost, and lifting makes a crossing tree
// projective.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readConllu } from "../../../ingest/syntax/conllu/read-conllu.ts";
import { LEFT, ParserState, RIGHT, SHIFT } from "../../../ingest/syntax/parser/parser-state.ts";
import { GoldTree, transitionCost } from "../../../ingest/syntax/train/dynamic-oracle.ts";
import { isProjective, projectivize } from "../../../ingest/syntax/train/projectivize.ts";
import { staticOracle } from "../../../ingest/syntax/train/static-oracle.ts";
import { toTreebankSentence } from "../../../ingest/syntax/train/treebank-sentence.ts";

const sentences = readConllu(
  readFileSync(new URL("../../fixtures/treebank/news-sample.conllu", import.meta.url), "utf8"),
)
  .map((sentence, index) => toTreebankSentence(sentence, String(index)))
  .filter((tree) => tree !== null);

/** Gold heads with the root word pointing at the artificial root n. */
function goldTree(heads: Int32Array): GoldTree {
  return new GoldTree(heads.map((head) => (head < 0 ? heads.length : head)));
}

describe("arc-hybrid oracles", () => {
  const projective = sentences.filter((s) => isProjective(s.heads));

  it("has both projective trees and one with a crossing arc in the sample", () => {
    expect(projective.length).toBe(sentences.length - 1);
    expect(sentences.find((s) => !isProjective(s.heads))?.id).toBe("news-10");
  });

  it.each(projective.map((s) => [s.id, s] as const))("static oracle rebuilds %s exactly", (_, sentence) => {
    const gold = goldTree(sentence.heads);
    const state = new ParserState();
    const n = sentence.forms.length;
    state.reset(n);
    let steps = 0;
    while (!state.isTerminal()) {
      const action = staticOracle(state, gold);
      expect(state.isLegal(action)).toBe(true);
      expect(transitionCost(state, gold, action)).toBe(0);
      state.apply(action, action === SHIFT ? -1 : 0);
      steps++;
    }
    expect(steps).toBe(2 * n);
    expect(Array.from(state.heads.subarray(0, n), (h) => (h === n ? -1 : h))).toEqual(Array.from(sentence.heads));
  });

  it("counts the gold arcs a wrong transition loses", () => {
    // "NATO warned Russia on Tuesday ." with NATO on the stack and "warned" at the buffer's front.
    const sentence = sentences[0]!;
    const gold = goldTree(sentence.heads);
    const state = new ParserState();
    state.reset(sentence.forms.length);
    state.apply(SHIFT, -1);
    expect(transitionCost(state, gold, LEFT)).toBe(0); // NATO ← warned: its gold arc
    expect(transitionCost(state, gold, SHIFT)).toBe(1); // NATO could no longer take "warned" as its head
    state.apply(SHIFT, -1); // stack: NATO warned (NATO ← warned is already lost: the SHIFT cost 1)
    // NATO → warned loses warned's head (the root) and its three dependents still in the buffer (Russia, Tuesday, ".").
    expect(transitionCost(state, gold, RIGHT)).toBe(4);
  });

  it("lifts the crossing arc of 'A meeting was held yesterday between the two leaders.'", () => {
    const sentence = sentences.find((s) => s.id === "news-10")!;
    const { heads, lifted } = projectivize(sentence.heads);
    expect(lifted).toBe(1);
    expect(isProjective(heads)).toBe(true);
    expect(heads[8]).toBe(3); // "leaders" now hangs from "held", the head of "meeting"
  });
});
