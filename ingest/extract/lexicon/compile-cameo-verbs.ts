// Reads the PETRARCH-2 CAMEO verb dictionary (CAMEO.2.0.txt: synsets, then verb blocks of member verbs and
// patterns) into a compact form: lemma → default CAMEO code and patterns. A pattern is the words required before and
// after the verb (each slot a set of alternatives: a synset such as &MILITARY expands to its members) and the code
// it gives; a code of null ("[---]") means the pattern names a non-event ("face a run-off"). Multiword verbs
// ("MEET_WITH") become patterns of their first word. Source and target markers ($, +), skips (^) and brackets are
// dropped: the dependency tree, not word order, decides who is source and target.

/** One pattern: every slot must be matched by one of its words. */
export interface CameoPattern {
  before: string[][];
  after: string[][];
  code: string | null;
}

export interface CameoVerb {
  /** Default code when no pattern matches; null when the verb codes only through patterns. */
  code: string | null;
  patterns: CameoPattern[];
}

export interface CompiledCameoVerbs {
  source: string;
  /** Head nouns of things, not actors: the dictionary's weapon and aircraft synsets ("missile", "howitzer", "jet"). */
  things: string[];
  /** Head nouns of armed forces: the dictionary's &MILITARY synset ("troops", "army", "battalions"). */
  forces: string[];
  /** Irregular inflected form → lemma ("met" → "meet"). */
  forms: Record<string, string>;
  verbs: Record<string, CameoVerb>;
}

const BLOCK = /^---\s+(\S+)\s+\[([^\]]*)\]/;
const ENTRY = /^\+?([A-Z][A-Z0-9_'-]*)\s*(\{[^}]*\})?\s*(?:\[([^\]]*)\])?/;
const PATTERN = /^-\s+(.*?)\s*\[([^\]]*)\]/;

/** "036:036" → "036"; "---", ":173" and "" → null. */
function primaryCode(raw: string): string | null {
  const first = raw.split(":")[0]?.trim() ?? "";
  return /^\d{2,4}$/.test(first) ? first : null;
}

/** A dictionary word as lower-case words ("HARSH_RIPOSTES" → ["harsh", "ripostes"], "CASH_" → ["cash"]). */
function wordsOf(token: string): string[] {
  return token
    .toLowerCase()
    .split("_")
    .filter((word) => word !== "");
}

/**
 * Compiles the dictionary text.
 * @example compileCameoVerbs(text).verbs.warn.code // "130"
 */
export function compileCameoVerbs(text: string): CompiledCameoVerbs {
  const synsets = new Map<string, string[]>();
  const verbs: Record<string, CameoVerb> = Object.create(null) as Record<string, CameoVerb>;
  const forms: Record<string, string> = Object.create(null) as Record<string, string>;
  let synset: string[] | null = null;
  let inPatterns = false;
  let blockCode: string | null = null;
  let blockVerbs: string[] = [];
  const verb = (lemma: string): CameoVerb => (verbs[lemma] ??= { code: null, patterns: [] });

  const slot = (token: string): string[] | null => {
    if (token.startsWith("&")) return synsets.get(token.slice(1).replace(/_$/, "")) ?? null;
    const words = wordsOf(token);
    return words.length === 1 ? words : null;
  };
  const slots = (part: string): string[][] | null => {
    const out: string[][] = [];
    for (const raw of part.replace(/[(){}]/g, " ").split(/\s+/)) {
      if (raw === "" || /^[$+^%~|]+$/.test(raw)) continue;
      if (!raw.startsWith("&") && raw.includes("_")) {
        for (const word of wordsOf(raw)) out.push([word]);
        continue;
      }
      const alternatives = slot(raw);
      // A slot that cannot be read leaves a pattern that would match too much ("- * &CURRENCY" as "give" anything).
      if (!alternatives || alternatives.length === 0) return null;
      out.push([...new Set(alternatives)]);
    }
    return out;
  };

  for (const rawLine of text.split("\n")) {
    const line = rawLine.replace(/#.*$/, "").trimEnd();
    if (rawLine.startsWith("####### VERB PATTERNS")) inPatterns = true;
    // A blank line ends a synset; a comment line inside one ("&CURRENCY", "# <14.06.08: …", "+MONEY") does not.
    if (rawLine.trim() === "") {
      synset = null;
      continue;
    }
    if (line.trim() === "") continue;
    if (!inPatterns) {
      if (line.startsWith("&")) {
        synset = [];
        synsets.set(line.slice(1).trim().replace(/_$/, ""), synset);
      } else if (synset && line.startsWith("+")) {
        // A multiword member ("ARMED_FORCES") is matched by its head, the last word.
        synset.push(...wordsOf(line.slice(1).trim()).slice(-1));
      }
      continue;
    }
    const block = BLOCK.exec(line);
    if (block) {
      blockCode = primaryCode(block[2] ?? "");
      blockVerbs = [];
      continue;
    }
    const pattern = PATTERN.exec(line);
    if (pattern) {
      const body = pattern[1] ?? "";
      const star = body.indexOf("*");
      if (star < 0) continue;
      const owner = /#\s*([A-Z][A-Z_-]*)/.exec(rawLine)?.[1];
      const ownerWords = owner ? wordsOf(owner) : [];
      const targets =
        ownerWords.length > 0 && blockVerbs.includes(ownerWords[0] as string) ? [ownerWords[0] as string] : blockVerbs;
      const before = slots(body.slice(0, star));
      const after = slots(body.slice(star + 1));
      if (before === null || after === null) continue;
      const compiled: CameoPattern = {
        before,
        after: [...ownerWords.slice(1).map((word) => [word]), ...after],
        code: primaryCode(pattern[2] ?? ""),
      };
      for (const lemma of targets) verb(lemma).patterns.push(compiled);
      continue;
    }
    const entry = ENTRY.exec(line.trim());
    if (!entry) continue;
    const words = wordsOf(entry[1] ?? "");
    const lemma = words[0];
    if (!lemma) continue;
    blockVerbs.push(lemma);
    const code = entry[3] !== undefined ? primaryCode(entry[3]) : blockCode;
    const target = verb(lemma);
    if (words.length > 1) target.patterns.push({ before: [], after: words.slice(1).map((word) => [word]), code });
    else if (code !== null && (target.code === null || entry[3] !== undefined)) target.code = code;
    for (const form of (entry[2] ?? "").replace(/[{}]/g, " ").split(/\s+/)) {
      const formWords = wordsOf(form.replace(/^\+/, ""));
      if (formWords.length === 1 && formWords[0] !== lemma) forms[formWords[0] as string] ??= lemma;
    }
  }
  const things = [...new Set([...(synsets.get("WEAPON") ?? []), ...(synsets.get("AIRCRAFT") ?? [])])].sort();
  const forces = [...new Set(synsets.get("MILITARY") ?? [])].sort();
  return {
    source: "PETRARCH-2 CAMEO.2.0.txt (MIT, Open Event Data Alliance; openeventdata/petrarch2 at 676801c)",
    things,
    forces,
    forms,
    verbs,
  };
}
