// Reads the Phoenix actor dictionaries (Phoenix.Countries, .International and .MilNonState actors, MIT, Open Event
// Data Alliance) into groups: the entries that share one list of codes (a person or a body, with the spellings
// filed as entries of their own and the "+" aliases under each) and those codes with their dates.
//
//   VLADIMIR_PUTIN_  # CountryInfo.txt        an entry
//   +PUTIN_                                    an alias of it
//   	[RUSGOV 991231-080507]                   a code valid from 31 Dec 1999 to 7 May 2008
//   	[RUSGOV >080508]                         valid from 8 May 2008 on
//   	[RUSELI]                                 undated

/** One code of a group: a country or body and a role ("RUSGOV"), valid between two days (YYYYMMDD, 0: open). */
export interface PhoenixCode {
  code: string;
  from: number;
  to: number;
}

/**
 * An entry of the dictionary, its words upper case as written ("VLADIMIR_PUTIN"), its "+" aliases, and the comment
 * on its line ("CountryInfo.txt": a person of the CountryInfo lists of heads of state and ministers).
 */
export interface PhoenixEntry {
  name: string;
  aliases: string[];
  note: string;
}

/** Entries that share one list of codes. */
export interface PhoenixGroup {
  entries: PhoenixEntry[];
  codes: PhoenixCode[];
}

/** Two-digit years up to this one are of the 2000s ("080508" is 8 May 2008), later ones of the 1900s. */
const CENTURY_PIVOT = 30;

/** A dictionary date ("080508", "19940922") as the number YYYYMMDD. */
function dayOf(written: string): number {
  if (written.length === 8) return Number(written);
  const year = Number(written.slice(0, 2));
  return (year <= CENTURY_PIVOT ? 20_000_000 : 19_000_000) + Number(written);
}

const CODE = /\[~?([A-Z]+)\s*([<>]?)\s*(\d{6,8})?(?:\s*-\s*(\d{6,8}))?\s*\]/g;

/** The codes written on one line ("[IGOEUREEC 950701-951231][IGOWSTNAT 951205-991006]"). */
function codesOf(line: string): PhoenixCode[] {
  const codes: PhoenixCode[] = [];
  for (const match of line.matchAll(CODE)) {
    const [, code, bound, first, second] = match as unknown as [string, string, string, string?, string?];
    const start = first === undefined ? 0 : dayOf(first);
    const end = second === undefined ? 0 : dayOf(second);
    // "<990101": until that day; ">080508": from it; "991231-080507": between the two.
    codes.push(
      bound === "<" ? { code, from: 0, to: start } : { code, from: start, to: bound === ">" ? 0 : end || start },
    );
  }
  return codes;
}

/** The first whitespace-free word of a line before any code: the entry or alias as written. */
const headWord = (line: string): string => /^\+?([^\s[#+]+)/.exec(line)?.[1]?.replace(/_+$/, "") ?? "";

/**
 * Splits the text of one actor dictionary into groups, in file order.
 * @example readPhoenixActors("VLADIMIR_PUTIN_\n+PUTIN_\n\t[RUSGOV >080508]\n")[0].codes[0].code // "RUSGOV"
 */
export function readPhoenixActors(text: string): PhoenixGroup[] {
  const groups: PhoenixGroup[] = [];
  let group: PhoenixGroup = { entries: [], codes: [] };
  const close = (): void => {
    if (group.entries.length > 0 && group.codes.length > 0) groups.push(group);
    group = { entries: [], codes: [] };
  };
  for (const raw of text.split("\n")) {
    const line = raw.replace(/#.*$/, "").trimEnd();
    if (line.trim() === "") continue;
    if (line.startsWith("+")) {
      // "+ARMY_OF_MOHAMMED+_ISLAMIC_ADEN_ARMY_": two aliases run together on one line.
      const entry = group.entries[group.entries.length - 1];
      for (const alias of line.split("+").map((part) => headWord(part)))
        if (entry && alias !== "") entry.aliases.push(alias);
      continue;
    }
    if (/^\s/.test(line)) {
      group.codes.push(...codesOf(line));
      continue;
    }
    // A new entry after codes starts a new group; an entry with its codes on its own line is a group at once.
    if (group.codes.length > 0) close();
    const name = headWord(line);
    if (name !== "") group.entries.push({ name, aliases: [], note: /#(.*)$/.exec(raw)?.[1]?.trim() ?? "" });
    const inline = codesOf(line);
    if (inline.length > 0) {
      group.codes.push(...inline);
      close();
    }
  }
  close();
  return groups;
}
