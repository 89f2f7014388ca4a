// Domain names written as a source ("…, Delfi.lv reported", "Meduza.io wrote"): wink splits them into a name, a full
// stop and the top-level domain, and starts a new sentence at the domain, which cuts the attribution off its
// sentence. Such a run is one proper-noun token instead, in the sentence of its name.

import type { Token } from "./analyze-text.ts";

/**
 * Top-level domains of news sites, lower case; those that are also English words ("in", "it", "us", "me", "no",
 * "is", "be", "at", "am") are left out, since a sentence glued to the one before may start with them.
 */
const DOMAINS = new Set(
  (
    "com org net info io news tv eu uk gov edu ru ua by pl lv lt ee de fr es pt nl dk se fi cz sk hu ro bg md ge az " +
    "kz cn jp kr il tr rs hr ba mk al gr ch ca au nz"
  ).split(" "),
);
const LETTERS_OR_DIGITS = /^[\p{L}\p{N}-]+$/u;

/** Whether tokens i, i+1, i+2 spell a domain name with nothing between them ("Delfi", ".", "lv"). */
function domainAt(tokens: readonly Token[], i: number): boolean {
  const name = tokens[i];
  const dot = tokens[i + 1];
  const domain = tokens[i + 2];
  if (!name || !dot || !domain || dot.text !== "." || name.end !== dot.start || dot.end !== domain.start) return false;
  return DOMAINS.has(domain.text) && LETTERS_OR_DIGITS.test(name.text);
}

/**
 * The tokens with each domain name joined into one proper-noun token; the tokens after it that wink put in a new
 * sentence at the domain rejoin the name's sentence. Linear in the number of tokens.
 */
export function joinDomainNames(tokens: Token[]): Token[] {
  // Most articles name no domain: they keep their array.
  let first = -1;
  for (let i = 0; i + 2 < tokens.length && first < 0; i++) if (domainAt(tokens, i)) first = i;
  if (first < 0) return tokens;
  const out: Token[] = tokens.slice(0, first);
  let moved = -1;
  let into = -1;
  for (let i = first; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const sentence = token.sentence === moved ? into : token.sentence;
    if (domainAt(tokens, i)) {
      const domain = tokens[i + 2] as Token;
      const joined = `${token.lower}.${domain.lower}`;
      out.push({
        ...token,
        text: `${token.text}.${domain.text}`,
        lower: joined,
        lemma: joined,
        pos: "PROPN",
        upos: "PROPN",
        end: domain.end,
        sentence,
      });
      if (domain.sentence !== token.sentence) {
        moved = domain.sentence;
        into = sentence;
      }
      i += 2;
      continue;
    }
    out.push(sentence === token.sentence ? token : { ...token, sentence });
  }
  return out;
}
