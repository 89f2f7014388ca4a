// Prefixes glued onto real paragraphs by scrapers: a photo or source credit run into the first sentence
// ("Photo: Agency NameThe minister said…") and wire datelines ("KYIV, 3 Feb (Reuters) - The minister said…").
// Only the prefix goes; the sentence stays.

const CREDIT_PREFIX =
  /^(?:photo|photos|photo credit|image|image credit|source|sources|author\/author|photos courtesy of|photo, from left to right)\b[^:\n]{0,40}:?\s*/i;

// Where a credit runs into the next sentence without a space: "AgencyThe", "PAPTwo", "tvn24NATO", "Name782 days".
const GLUE = /[\p{Ll})](?=[\p{Lu}“"«])|[\p{Lu}](?=\p{Lu}\p{Ll})|\d(?=\p{Lu})|[\p{Ll}](?=\d+ )|[\p{Lu}]- (?=\p{Lu})/u;

const AGENCIES =
  "Reuters|AP|AFP|BelTA|TASS|UNIAN|Ukrinform|PAP|dpa|DPA|Xinhua|Interfax|Sputnik|RIA Novosti|Anadolu|CNN|Bloomberg|IANS|ANI";
const DATELINE = new RegExp(
  `^(?:[\\p{Lu}][\\p{Lu}.'’/ -]{1,40}(?:,?\\s+[\\p{L}0-9 .,]{1,30}?)?\\s*\\((?:${AGENCIES})\\)|\\((?:${AGENCIES})\\))\\s*[-–—]+\\s*`,
  "u",
);

/** A dateline after a sentence inside a paragraph, where a teaser runs into the wire story ("… union. VALDAI, Russia (Reuters) - Russian President…"). */
const INNER_DATELINE = new RegExp(
  `(?<=[.!?]["”’]?\\s+)[\\p{Lu}][\\p{Lu}.'’/ -]{1,40}(?:,?\\s+[\\p{L}0-9 .,]{1,30}?)?\\s*\\((?:${AGENCIES})\\)\\s*[-–—]+\\s*`,
  "u",
);

/** Shortest credit-plus-sentence paragraph worth splitting; shorter ones are credits only and get dropped whole. */
export const MIN_GLUED_CREDIT_CHARS = 100;

/**
 * Removes a credit glued to the start of a long paragraph; returns the paragraph unchanged when there is none.
 * @example stripCreditPrefix("Photo: Jane Roe, Some AgencyThe minister arrived in Kyiv on Monday for talks with …") // "The minister arrived …"
 */
export function stripCreditPrefix(paragraph: string): string {
  if (paragraph.length < MIN_GLUED_CREDIT_CHARS) return paragraph;
  const prefix = CREDIT_PREFIX.exec(paragraph);
  if (!prefix) return paragraph;
  const start = prefix[0].length;
  const glue = GLUE.exec(paragraph.slice(start, start + 80));
  if (!glue) return paragraph;
  const cut = start + glue.index + glue[0].length;
  return paragraph.slice(cut).trimStart();
}

/**
 * Splits a paragraph where a wire dateline follows a sentence inside it: the teaser and the story become paragraphs
 * of their own, and the dateline goes. Returns the paragraph as one part when there is none.
 * @example splitAtInnerDateline("Putin warned Kyiv. VALDAI, Russia (Reuters) - Putin warned…") // ["Putin warned Kyiv.", "Putin warned…"]
 */
export function splitAtInnerDateline(paragraph: string): string[] {
  const match = INNER_DATELINE.exec(paragraph);
  if (!match || match.index + match[0].length >= paragraph.length) return [paragraph];
  return [paragraph.slice(0, match.index).trimEnd(), paragraph.slice(match.index + match[0].length)];
}

/**
 * Removes a wire dateline (`CITY, date (Agency) –`, `(Agency) —`) from the start of a paragraph.
 * @example stripDateline("MINSK, 3 February (BelTA) – The talks began.") // "The talks began."
 */
export function stripDateline(paragraph: string): string {
  const match = DATELINE.exec(paragraph);
  return match && match[0].length < paragraph.length ? paragraph.slice(match[0].length) : paragraph;
}
