// Given names of the people in the Phoenix actor dictionaries (lexicon/data/phoenix-given-names.json, built by
// scripts/build-event-lexicon.ts), compared by transliteration key ("Dmitri" and "Dmitry", "Sergei" and "Sergey"
// are one). A capitalised word before one is no part of the name: "Taoiseach Leo Varadkar" is Leo Varadkar.
// Loaded once per thread.

import { readFileSync } from "node:fs";
import { packageFile } from "../../package-files.ts";
import { transliterationKey } from "../../names/transliteration-key.ts";
import type { Token } from "../../nlp/analyze-text.ts";

let shared: ReadonlySet<string> | null = null;

function givenNameKeys(): ReadonlySet<string> {
  if (shared) return shared;
  const names = JSON.parse(
    readFileSync(packageFile("ingest", "extract", "lexicon", "data", "phoenix-given-names.json"), "utf8"),
  ) as string[];
  shared = new Set(names.map(transliterationKey));
  return shared;
}

/** True when the lower-case word is a given name of the dictionaries ("leo", "dmitri", "volodymyr"). */
export function isGivenName(lower: string): boolean {
  return /^\p{Ll}{2,}$/u.test(lower) && givenNameKeys().has(transliterationKey(lower));
}

/**
 * Where a person's name starts in a capitalised chunk that opens with words of another kind: at the first given
 * name after one or more words that are none, when a surname follows it ("Taoiseach Leo Varadkar" → 1, "Security
 * Council Dmitry Medvedev" → 2); 0 when the chunk opens with its name ("Leo Varadkar", "Recep Tayyip Erdogan").
 */
export function givenNameStart(words: readonly Token[]): number {
  for (let k = 0; k < words.length - 1; k++) {
    const word = words[k] as Token;
    if (!/^\p{Lu}/u.test(word.text)) return 0;
    // "Lindy Thomas-Greenfield": the first part of a hyphenated surname is no given name.
    const next = words[k + 1] as Token;
    if (isGivenName(word.lower)) return next.text === "-" && next.start === word.end ? 0 : k;
  }
  return 0;
}

/**
 * The role a single word before a person's name gives ("Taoiseach", "Captain"), lower case; null for words that
 * are no title: plurals ("Oligarchs Mikhail Fridman"), participles ("Regarding Emmanuel Macron"), acronyms of
 * media ("BFM Frederic Lecler"), organisations and things (`other`).
 */
export function prefixRole(prefix: readonly Token[], other: (token: Token) => boolean): string | null {
  if (prefix.length !== 1) return null;
  const word = prefix[0] as Token;
  if (!/^\p{Lu}\p{Ll}+$/u.test(word.text) || /(?:s|ing)$/.test(word.lower) || other(word)) return null;
  return word.lower;
}
