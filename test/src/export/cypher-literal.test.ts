import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SchemaViolationError } from "../../../graph-schema/index.ts";
import { cypherLiteral, cypherStringLiteral } from "../../../src/export/cypher-literal.ts";
import { HOSTILE_ALIAS, HOSTILE_CUE, HOSTILE_NAME } from "../neo4j/hostile-batch.ts";

/** Reads a single-quoted Cypher string literal back, the way Cypher's lexer does. */
function readCypherString(literal: string): string {
  if (!literal.startsWith("'") || !literal.endsWith("'")) throw new Error(`not a string literal: ${literal}`);
  const body = literal.slice(1, -1);
  const simple: Record<string, string> = {
    "\\": "\\",
    "'": "'",
    '"': '"',
    n: "\n",
    r: "\r",
    t: "\t",
    b: "\b",
    f: "\f",
  };
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (char === "'") throw new Error(`unescaped quote at ${i}`);
    if (char !== "\\") {
      out += char;
      continue;
    }
    const next = body[++i]!;
    if (next === "u") {
      out += String.fromCharCode(parseInt(body.slice(i + 1, i + 5), 16));
      i += 4;
    } else {
      out += simple[next] ?? `?${next}`;
    }
  }
  return out;
}

describe("cypherStringLiteral", () => {
  it.each([
    { text: "Kremlin", expected: "'Kremlin'" },
    { text: "O'Brien", expected: "'O\\'Brien'" },
    { text: 'say "no"', expected: "'say \\\"no\\\"'" },
    { text: "back\\slash", expected: "'back\\\\slash'" },
    { text: "two\nlines\r\n", expected: "'two\\nlines\\r\\n'" },
    { text: "nul\u0000bell\u0007", expected: "'nul\\u0000bell\\u0007'" },
    { text: "line\u2028sep", expected: "'line\\u2028sep'" },
    { text: "lone \uD800 surrogate", expected: "'lone \\ufffd surrogate'" },
    { text: "Zelenskyy 🇺🇦", expected: "'Zelenskyy 🇺🇦'" },
    { text: HOSTILE_CUE, expected: "'accused`) DETACH DELETE n //'" },
  ])("writes $text as $expected", ({ text, expected }) => {
    expect(cypherStringLiteral(text)).toEqual(expected);
  });

  it("reads back as the same text for any string without lone surrogates, and never holds a raw line break", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 30 }),
        fc.string({ unit: fc.nat({ max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 30 }),
        (text, binary) => {
          const literal = cypherStringLiteral(text + binary);
          return !/[\n\r]/.test(literal) && readCypherString(cypherStringLiteral(text)) === text;
        },
      ),
      { seed: 20221211, numRuns: 1000 },
    );
  });
});

describe("cypherLiteral", () => {
  it("writes maps with escaped keys, lists, numbers, booleans and null", () => {
    expect(
      cypherLiteral({
        name: HOSTILE_NAME,
        aliases: [HOSTILE_ALIAS],
        "odd`key": 1,
        confidence: 0.85,
        negated: false,
        eventDate: null,
      }),
    ).toEqual(
      "{`name`: 'Evil`]->() DETACH DELETE n //', `aliases`: ['}]->() DETACH DELETE n //'], `odd``key`: 1, `confidence`: 0.85, `negated`: false, `eventDate`: null}",
    );
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, () => 1, Symbol("x")])("rejects %s", (value) => {
    expect(() => cypherLiteral(value)).toThrow(SchemaViolationError);
  });
});
