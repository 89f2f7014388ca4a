// Values as Cypher literals, for the `export --format cypher` script (cypher-shell has no parameters for a file).
// Strings are single-quoted with every quote, backslash, line break and control character escaped, so no value can
// end its literal or its statement; map keys go through escapeCypherIdentifier.

import { SchemaViolationError } from "../../graph-schema/index.ts";
import { escapeCypherIdentifier } from "../neo4j/cypher-identifier.ts";

const hex4 = (char: string): string => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;

/* eslint-disable no-control-regex -- Cypher escaping must name the control characters */
const NEEDS_ESCAPE =
  /[\\'"\u0000-\u001F\u007F\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  "\\": "\\\\",
  "'": "\\'",
  '"': '\\"',
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "\b": "\\b",
  "\f": "\\f",
};

/** A single-quoted Cypher string literal; lone surrogates become U+FFFD. */
export function cypherStringLiteral(text: string): string {
  return (
    "'" +
    text.replace(NEEDS_ESCAPE, (char) => {
      if (char.length === 1 && char >= "\uD800" && char <= "\uDFFF") return "\\ufffd";
      return SIMPLE_ESCAPES[char] ?? hex4(char);
    }) +
    "'"
  );
}

/**
 * Any JSON-like value as a Cypher literal.
 *
 * @example cypherLiteral({ name: "O'Brien", aliases: ["x`y"] }) // "{`name`: 'O\\'Brien', `aliases`: ['x`y']}"
 */
export function cypherLiteral(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return cypherStringLiteral(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") {
    if (!Number.isFinite(value))
      throw new SchemaViolationError(`src/export/cypher-literal: cannot write the number ${value} as Cypher`);
    return String(value);
  }
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(", ")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).map(
      ([key, inner]) => `${escapeCypherIdentifier(key)}: ${cypherLiteral(inner)}`,
    );
    return `{${entries.join(", ")}}`;
  }
  throw new SchemaViolationError(`src/export/cypher-literal: cannot write a ${typeof value} as Cypher`);
}
