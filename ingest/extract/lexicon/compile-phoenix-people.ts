// Compiles the people of the Phoenix actor dictionaries (heads of state, ministers, commanders, officials of
// international bodies) into newsgraph's people lexicon (lexicon/data/phoenix-people.json): each person's name, the
// spellings and bare surnames the dictionary lists for them, and the countries or bodies they belong to with the
// days their roles began and ended. A role's country is the first three letters of its code ("RUSGOV" → RUS →
// Russia, named as the gazetteer names it); a body's code is read by its longest prefix the dictionaries file a body
// under ("IGOWSTNAT" → NATO).
//
// Precision first: a spelling two people share is dropped from both; so are spellings with a title or an agent's
// word ("PRESIDENT_PUTIN", "RUSSIAN_FOREIGN_MINISTER_LAVROV": the extractor reads titles itself), a lone given name,
// and a lone word that is an English word ("BUSH", "MAY"), which would make a capitalised common word a person.

import { agentWords, isPersonCode, NOT_GIVEN } from "./compile-phoenix-given-names.ts";
import { readPhoenixActors, type PhoenixGroup } from "./read-phoenix-actors.ts";
import { displayName, NAME_CONNECTORS, personFormKey } from "./people-lexicon.ts";

/**
 * A person's roles: the index of their one affiliation in `affiliations`, or a list of [affiliation, from, to]
 * (days as YYYYMMDD numbers, 0 for an open end) when they belong to several; -1 when none is known.
 */
export type PersonRoles = number | Array<readonly [number, number, number]>;

/** One person: the name as shown, the lookup keys (personFormKey) of the forms that name them, their roles. */
export type CompiledPerson = readonly [string, readonly string[], PersonRoles];

export interface PhoenixPeople {
  /** Countries and bodies as the gazetteer names them ("Russia", "NATO"). */
  affiliations: string[];
  people: CompiledPerson[];
}

export interface PeopleSources {
  /** The gazetteer's name of a country or body written so ("Russian Federation" → "Russia"), else null. */
  knownBody(name: string): string | null;
  /** Whether a lone word names a country or body, or is a demonym ("russian", "nato"): no part of a person's name. */
  isBodyWord(lower: string): boolean;
  /** Whether a lower-case word is an English word (wink's lexicon): no person's name on its own. */
  isEnglishWord(lower: string): boolean;
  /** Whether a lower-case word is a given name of the first-name lists: no person's name on its own. */
  isGivenName(lower: string): boolean;
}

/** A name's words as written in the dictionary ("VLADIMIR_V._PUTIN" → ["vladimir", "v.", "putin"]). */
const wordsOf = (written: string): string[] =>
  written
    .toLowerCase()
    .split(/[_\s]+/)
    .filter((word) => word !== "");

/**
 * The comment the dictionaries' makers put on a person's entry: generated from CountryInfo's lists of heads of state
 * and ministers, or from the list of rulers of international bodies. Entries of bodies carry neither.
 */
const PERSON_NOTE = /CountryInfo\.txt|IGOrulers\.txt/;

interface Draft {
  name: string;
  forms: Set<string>;
  codes: PhoenixGroup["codes"];
}

/**
 * Compiles the dictionaries' text into the people lexicon.
 * @example compilePhoenixPeople([countries], agents, sources).people.find(([name]) => name === "vladimir putin")
 */
export function compilePhoenixPeople(
  actorTexts: readonly string[],
  agentsText: string,
  sources: PeopleSources,
): PhoenixPeople {
  const agents = agentWords(agentsText);
  const groups = actorTexts.flatMap((text) => readPhoenixActors(text));
  const bodyCodes = bodiesByCode(groups, sources);
  const byName = new Map<string, Draft>();
  const givenNames = new Set<string>();
  // Words that are no part of a person's name: agents' words, titles and honorifics, names of countries and bodies.
  const titleWords = new Set([...agents, ...NOT_GIVEN].filter((word) => !NAME_CONNECTORS.has(word)));
  for (const group of groups) {
    if (!group.codes.some((c) => isPersonCode(c.code))) continue;
    for (const word of group.entries.flatMap((entry) => [entry.name, ...entry.aliases]).flatMap(wordsOf))
      if (sources.isBodyWord(word)) titleWords.add(word);
  }
  // "MR._OBAMA", "PRESIDENT-ELECT_OBAMA": a title word, with its point or inside a hyphenated word.
  const titled = (word: string): boolean => word.split("-").some((part) => titleWords.has(part.replace(/\.$/, "")));
  const nameLike = (words: readonly string[]): boolean =>
    words.length > 0 && words.every((word) => /^\p{L}[\p{L}'.-]*$/u.test(word) && !titled(word));
  // A person's entry opens with a given name ("VLADIMIR_PUTIN"), never a title or an agent ("NEW_PEOPLES_ARMY").
  const personName = (group: PhoenixGroup): string[] | null => {
    const canonical = wordsOf(group.entries[0]?.name ?? "");
    const opening = canonical[0] ?? "";
    const named =
      canonical.length >= 2 && nameLike(canonical) && /^[a-z]{2,}$/.test(opening) && !NOT_GIVEN.has(opening);
    return named && group.codes.some((c) => isPersonCode(c.code)) ? canonical : null;
  };
  // The people of CountryInfo's lists first; their given names tell the people entered by hand ("BARACK_OBAMA",
  // "EDWARD_SNOWDEN") from bodies written like names ("SHIN_BET", "TIMOR_LESTE", "JABHAT_AL_NUSRA").
  const noted = groups.filter((group) => PERSON_NOTE.test(group.entries[0]?.note ?? ""));
  for (const group of noted) givenNames.add(personName(group)?.[0] ?? "");
  const byHand = groups.filter((group) => {
    if (PERSON_NOTE.test(group.entries[0]?.note ?? "")) return false;
    const opening = personName(group)?.[0];
    if (opening === undefined) return false;
    // A role with dates (people hold offices for a time: "[USAGOV >090120]"), else a given name of the English
    // first-name lists ("EDWARD_SNOWDEN [USAOPP]"; not "SHIN_BET [ISRSPY]", though Shin is someone's given name).
    const dated = group.codes.some((c) => isPersonCode(c.code) && (c.from > 0 || c.to > 0));
    if (!dated && !sources.isGivenName(opening)) return false;
    // "EAST_TIMOR" under "TIMOR_LESTE"; not "OBAMA_ADMINISTRATION" under "BARACK_OBAMA", which has the surname.
    const surname = wordsOf(group.entries[0]?.name ?? "").pop() ?? "";
    const forms = group.entries.flatMap((entry) => [entry.name, ...entry.aliases]);
    return !forms.some((form) => !wordsOf(form).includes(surname) && bodyForm(form, sources));
  });
  for (const group of [...noted, ...byHand]) {
    const [first, ...others] = group.entries;
    const canonical = personName(group);
    if (!first || !canonical) continue;
    // "BASHAR_AL-ASSAD" and "BASHAR_AL_ASSAD", "SERGEI_…" and "SERGEY_…": one person, under the first spelling.
    const name = canonical.join(" ");
    const key = personFormKey(name);
    const draft = byName.get(key) ?? { name, forms: new Set<string>(), codes: [] };
    byName.set(key, draft);
    draft.codes.push(...group.codes.filter((c) => isPersonCode(c.code)));
    draft.forms.add(name);
    for (const form of [...first.aliases, ...others.flatMap((entry) => [entry.name, ...entry.aliases])]) {
      const words = wordsOf(form);
      if (nameLike(words)) draft.forms.add(words.join(" "));
    }
  }
  // A lone word names a person only when it is no given name (theirs or anyone's) and no English word.
  const loneName = (word: string): boolean =>
    !givenNames.has(word) && !sources.isGivenName(word) && !sources.isEnglishWord(word);
  const owners = new Map<string, Set<string>>();
  for (const draft of byName.values()) {
    for (const form of draft.forms) {
      const words = form.split(" ");
      if (words.length === 1 && !loneName(form)) draft.forms.delete(form);
      else {
        const key = personFormKey(form);
        owners.set(key, (owners.get(key) ?? new Set()).add(draft.name));
      }
    }
  }
  const affiliations: string[] = [];
  const affiliationIndex = new Map<string, number>();
  const indexOf = (body: string): number => {
    let index = affiliationIndex.get(body);
    if (index === undefined) {
      index = affiliations.length;
      affiliations.push(body);
      affiliationIndex.set(body, index);
    }
    return index;
  };
  const people: CompiledPerson[] = [];
  for (const draft of [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    // A spelling two people of the dictionaries share names neither.
    const keys = new Set([...draft.forms].map(personFormKey).filter((key) => owners.get(key)?.size === 1));
    if (keys.size === 0) continue;
    people.push([displayName(draft.name), [...keys].sort(), rolesOf(draft.codes, bodyCodes, indexOf)]);
  }
  return { affiliations, people };
}

/** A form that names a country or body the gazetteer knows ("EAST_TIMOR", "AL-QAEDA"). */
const bodyForm = (written: string, sources: PeopleSources): boolean =>
  sources.knownBody(displayName(wordsOf(written).join(" "))) !== null;

/** A person's codes as roles: one affiliation, or dated spans when they belong to several. */
function rolesOf(
  codes: PhoenixGroup["codes"],
  bodyCodes: ReadonlyMap<string, string>,
  indexOf: (body: string) => number,
): PersonRoles {
  const spans: Array<readonly [number, number, number]> = [];
  for (const { code, from, to } of codes) {
    const body = affiliationOfCode(code, bodyCodes);
    if (body === null) continue;
    const span = [indexOf(body), from, to] as const;
    if (!spans.some((s) => s[0] === span[0] && s[1] === span[1] && s[2] === span[2])) spans.push(span);
  }
  const bodies = new Set(spans.map((span) => span[0]));
  if (bodies.size === 0) return -1;
  return bodies.size === 1 ? (spans[0] as readonly [number, number, number])[0] : spans;
}

/** A role code's country or body: the longest three-letter-block prefix the dictionaries file a body under. */
function affiliationOfCode(code: string, bodyCodes: ReadonlyMap<string, string>): string | null {
  // A country's roles ("RUSGOV", "NORELI") belong to the country of the first three letters.
  if (!/^(?:IGO|NGO)/.test(code)) return bodyCodes.get(code.slice(0, 3)) ?? null;
  for (let length = code.length - (code.length % 3); length >= 6; length -= 3) {
    const body = bodyCodes.get(code.slice(0, length));
    if (body !== undefined) return body;
  }
  return null;
}

/**
 * The countries and international bodies the gazetteer knows, by the code the dictionaries file them under:
 * "RUSSIAN_FEDERATION_ [RUS]" → RUS: Russia, "NORTH_ATLANTIC_TREATY_ORGANIZATION [IGOWSTNAT]" → NATO.
 */
function bodiesByCode(groups: readonly PhoenixGroup[], sources: PeopleSources): Map<string, string> {
  const out = new Map<string, string>();
  for (const group of groups) {
    // "UKRAINE_ … [USRUKR <910824] [UKRUNR 910824-911221] [UKR >911221]": the code a body holds now.
    const current = group.codes.filter(({ code, to }) => to === 0 && !out.has(code));
    const codes = current.map((c) => c.code).filter((code) => /^[A-Z]{3}$|^(?:IGO|NGO)[A-Z]{3,}$/.test(code));
    if (codes.length !== 1 || /^(?:IGO|NGO|MNC)$/.test(codes[0] as string)) continue;
    for (const written of group.entries.flatMap((entry) => [entry.name, ...entry.aliases])) {
      const body = sources.knownBody(displayName(wordsOf(written).join(" ")));
      if (body !== null) {
        out.set(codes[0] as string, body);
        break;
      }
    }
  }
  return out;
}
