// The tagger's classes: a Universal POS tag paired with an English treebank tag ("VERB|VBN"), so that the parser and
// extraction see tense and participle forms (VBD, VBN, VBG) that UPOS alone does not carry.

/** The UPOS part of a combined tag. */
export function uposOf(tag: string): string {
  const bar = tag.indexOf("|");
  return bar < 0 ? tag : tag.slice(0, bar);
}

/** The treebank (XPOS) part of a combined tag, or "_". */
export function xposOf(tag: string): string {
  const bar = tag.indexOf("|");
  return bar < 0 ? "_" : tag.slice(bar + 1);
}

/** A combined tag from its two parts. */
export function combineTag(upos: string, xpos: string): string {
  return `${upos}|${xpos}`;
}

/** Per class id of `tags`: the id of its UPOS among the distinct UPOS tags, and 1 for punctuation classes. */
export function tagClasses(tags: readonly string[]): { coarseOf: Int32Array; isPunctuation: Int32Array } {
  const coarseIds = new Map<string, number>();
  const coarseOf = Int32Array.from(tags, (tag) => {
    const upos = uposOf(tag);
    let id = coarseIds.get(upos);
    if (id === undefined) coarseIds.set(upos, (id = coarseIds.size));
    return id;
  });
  const isPunctuation = Int32Array.from(tags, (tag) => (uposOf(tag) === "PUNCT" ? 1 : 0));
  return { coarseOf, isPunctuation };
}
