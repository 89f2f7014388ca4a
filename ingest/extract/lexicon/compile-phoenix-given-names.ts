// Reads the given names of the people in the Phoenix actor dictionaries (Phoenix.Countries, .International and
// .MilNonState actors: heads of state, ministers, commanders and rebels of every country, MIT, Open Event Data
// Alliance). A person's entry is written given name first ("VLADIMIR_PUTIN_", "LEO_VARADKAR_"), so the first word
// of a person's entry is a given name; words of agents and titles ("PRESIDENT", "COUNCIL", "SIR") are not.

/** Honorifics and ranks some entries open with ("SIR_…", "SHEIKH_…", "GENERAL_…"): never a given name. */
export const NOT_GIVEN: ReadonlySet<string> = new Set(
  (
    "sir|sheikh|shaikh|sheik|king|queen|prince|princess|emir|amir|sultan|saint|st|mr|mrs|ms|dr|gen|general|pope|" +
    "lord|lady|ayatollah|mullah|imam|rabbi|cardinal|bishop|archbishop|president|prime|colonel|col|major|captain|" +
    "lieutenant|admiral|marshal|the|of|al|el|el-|al-|abu|bin|ibn|de|da|di|du|van|von|le|la"
  ).split("|"),
);

/**
 * A country or an international body and a role within it ("RUSGOV", "IRLELI", "IGOWSTNAT" for NATO's commanders):
 * a person's or a body's code; a company's ("MNC…") is neither (its name is often a person's: "JOHN_DEERE").
 */
export const isPersonCode = (code: string): boolean => code.length >= 6 && !code.startsWith("MNC");

/** Words of the agents dictionary's phrases ("FOREIGN_MINISTER", "CITY_COUNCIL"): roles and bodies, not names. */
export function agentWords(agentsText: string): Set<string> {
  const words = new Set<string>();
  for (const raw of agentsText.split("\n")) {
    const entry = /^([A-Z][A-Z0-9_!'-]*)/.exec(raw.replace(/#.*$/, "").trim());
    if (!entry) continue;
    for (const word of (entry[1] as string).split(/[_!]/)) if (word !== "") words.add(word.toLowerCase());
  }
  return words;
}

/**
 * Compiles the actor dictionaries' text into the lower-case given names of the people they list, sorted.
 * @example compilePhoenixGivenNames([countries], agents).includes("vladimir") // true
 */
export function compilePhoenixGivenNames(actorTexts: readonly string[], agentsText: string): string[] {
  const excluded = agentWords(agentsText);
  const given = new Set<string>();
  const bodies = new Set<string>();
  for (const text of actorTexts) {
    // A group of entries (a person and the spellings filed as entries of their own) ends at its codes; it is a
    // person's when a code names a country and a role within it ("[RUSGOV 991231-080507]", "[IRLELI]").
    let group: string[] = [];
    for (const raw of text.split("\n")) {
      const line = raw.replace(/#.*$/, "").trimEnd();
      if (line.trim() === "" || line.startsWith("+")) continue;
      if (/^\s*\[/.test(line)) {
        if (isPersonCode(/\[~?([A-Z]+)/.exec(line)?.[1] ?? "")) for (const first of group) given.add(first);
        group = [];
        continue;
      }
      const words = (/^([^\s[]+)/.exec(line)?.[1] ?? "").split("_").filter((w) => w !== "");
      const first = (words[0] ?? "").toLowerCase();
      // "RUSSIAN_ORTHODOX_CHURCH", "NEW_PEOPLES_ARMY": a body's entry has a word of the agents dictionary.
      const named =
        words.length >= 2 &&
        /^[a-z]{2,}$/.test(first) &&
        !NOT_GIVEN.has(first) &&
        !words.some((w) => excluded.has(w.toLowerCase()));
      // An entry with its codes on its own line ("AFGHANISTAN_  [AFG]") ends its group at once. The first word of a
      // country's name ("NEW_ZEALAND_ [NZL]", "RUSSIAN_FEDERATION_ [RUS]") is no given name.
      const inline = /\[~?([A-Z]+)/.exec(line)?.[1];
      if (inline === undefined) {
        if (named) group.push(first);
      } else {
        if (named && isPersonCode(inline)) given.add(first);
        else if (inline.length === 3 && !/^(?:MNC|IGO|NGO)$/.test(inline)) bodies.add(first);
        group = [];
      }
    }
  }
  return [...given].filter((name) => !bodies.has(name)).sort();
}
