// The people lexicon at run time (lexicon/data/phoenix-people.json, built from the Phoenix actor dictionaries by
// scripts/build-event-lexicon.ts): a person found by any spelling the dictionaries list for them ("Putin",
// "Vladimir Vladimirovich Putin", "Sergei Lavrov" for Sergey Lavrov), with the country or body they belonged to on a
// given day. Loaded once per thread.

import { readFileSync } from "node:fs";
import { packageFile } from "../../package-files.ts";
import { transliterationKey } from "../../names/transliteration-key.ts";
import { foldLetters } from "../../gazetteer/gazetteer.ts";
import type { CompiledPerson, PersonRoles, PhoenixPeople } from "./compile-phoenix-people.ts";

/** A person of the lexicon. */
export interface ListedPerson {
  /** The name as shown ("Vladimir Putin", "Bashar al-Assad"). */
  name: string;
  /** The person's roles, as compiled. */
  roles: PersonRoles;
}

export interface PeopleLexicon {
  /** The one person a written name denotes ("Putin", "Sergei Lavrov"), any case; undefined when none or several. */
  find(written: string): ListedPerson | undefined;
  /**
   * The country or body (as the gazetteer names it) the person belonged to on `day` (YYYYMMDD; null: unknown), by the
   * role valid that day, else the undated one, else the nearest in time; null when none is known or two tie.
   */
  affiliationOn(person: ListedPerson, day: number | null): string | null;
}

/** Words joined inside a name; lower case in the name shown ("Bashar al-Assad", "Ursula von der Leyen"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  "al",
  "el",
  "bin",
  "ibn",
  "de",
  "da",
  "di",
  "du",
  "van",
  "von",
  "der",
  "la",
  "le",
  "dos",
]);

/**
 * A written name's lookup key: its words without accents, points and apostrophes, by transliteration key
 * ("Sergei Lavrov" and "SERGEY_LAVROV", "Bashar al-Assad" and "BASHAR_AL_ASSAD", "Erdoğan" and "erdogan", Polish
 * "Ławrow" and "lavrov").
 */
export const personFormKey = (written: string): string =>
  foldLetters(written)
    .replace(/[.'’]/g, "")
    .split(/[\s_-]+/)
    .filter((word) => word !== "")
    .map(transliterationKey)
    .join(" ");

/** Title case, connectors lower case unless they open the name ("bashar al-assad" → "Bashar al-Assad"). */
export function displayName(lower: string): string {
  return lower
    .split(" ")
    .map((word, k) =>
      word
        .split("-")
        .map((part, j) =>
          (k > 0 || j > 0) && NAME_CONNECTORS.has(part)
            ? part
            : part.replace(/(^|['’])(\p{L})/gu, (m) => m.toUpperCase()),
        )
        .join("-"),
    )
    .join(" ");
}

/** The bodies of the spans valid on `day`, when they are one. */
function oneBody(spans: ReadonlyArray<readonly [number, number, number]>): number | null {
  const bodies = new Set(spans.map((span) => span[0]));
  return bodies.size === 1 ? (spans[0] as readonly [number, number, number])[0] : null;
}

/** The affiliation index of `roles` on `day`: see PeopleLexicon.affiliationOn. */
export function affiliationIndexOn(roles: PersonRoles, day: number | null): number | null {
  if (typeof roles === "number") return roles < 0 ? null : roles;
  const undated = roles.filter(([, from, to]) => from === 0 && to === 0);
  if (day === null) return undated.length > 0 ? oneBody(undated) : null;
  const dated = roles.filter(([, from, to]) => from !== 0 || to !== 0);
  const valid = dated.filter(([, from, to]) => from <= day && (to === 0 || day <= to));
  if (valid.length > 0) return oneBody(valid);
  if (undated.length > 0) return oneBody(undated);
  // Before the first role or after the last: the nearest in time (days as YYYYMMDD numbers order rightly).
  const distance = ([, from, to]: readonly [number, number, number]): number => (day < from ? from - day : day - to);
  const nearest = Math.min(...dated.map(distance));
  return oneBody(dated.filter((span) => distance(span) === nearest));
}

let shared: PeopleLexicon | null = null;

/** The people lexicon of the shipped data file, loaded once per thread. */
export function loadPeopleLexicon(): PeopleLexicon {
  if (shared) return shared;
  const data = JSON.parse(
    readFileSync(packageFile("ingest", "extract", "lexicon", "data", "phoenix-people.json"), "utf8"),
  ) as PhoenixPeople;
  shared = createPeopleLexicon(data);
  return shared;
}

/** A people lexicon over compiled data (tests build their own). */
export function createPeopleLexicon(data: PhoenixPeople): PeopleLexicon {
  const byForm = new Map<string, ListedPerson>();
  for (const [name, keys, roles] of data.people as CompiledPerson[]) {
    const person: ListedPerson = { name, roles };
    for (const key of keys) byForm.set(key, person);
  }
  return {
    find: (written) => byForm.get(personFormKey(written)),
    affiliationOn: (person, day) => {
      const index = affiliationIndexOn(person.roles, day);
      return index === null ? null : (data.affiliations[index] ?? null);
    },
  };
}
