// The gazetteer: countries (with demonyms, capitals and other places), organisations, media, groups and regions,
// indexed for fast longest-match lookup at a character position of an analysed text.

import type { ActorType } from "../../graph-schema/index.ts";
import { InvalidInputError } from "../../graph-schema/index.ts";
import { COUNTRY_DATA } from "./country-data.ts";
import { ORGANIZATION_DATA } from "./organization-data.ts";
import { PLACE_DATA, REGION_DATA } from "./place-data.ts";

/** One known actor. `key` is stable (`united-states`), `name` is what the graph shows. */
export interface GazetteerEntry {
  key: string;
  name: string;
  type: ActorType;
  /** Other surface forms: acronyms, expansions, spellings. */
  aliases: string[];
  /** Canonical name of the country or organisation the entry belongs to. */
  affiliation: string | null;
  demonyms: string[];
  capitals: string[];
}

/**
 * What a surface form denotes: the entry itself, its demonym (an adjective), its people ("Russians"), its capital, or
 * another place inside it (a city, state or province: "Chicago", "Calif.") that never stands for the country.
 */
export const GAZETTEER_MATCH_KINDS = ["name", "demonym", "people", "capital", "place"] as const;
export type GazetteerMatchKind = (typeof GAZETTEER_MATCH_KINDS)[number];

export interface GazetteerMatch {
  entry: GazetteerEntry;
  kind: GazetteerMatchKind;
  /** The surface form as written in the text. */
  surface: string;
  end: number;
}

interface Surface {
  form: string;
  entry: GazetteerEntry;
  kind: GazetteerMatchKind;
  /** All-caps forms (US, WHO) match case-sensitively only; others also match a capitalised first letter. */
  exact: boolean;
}

export interface Gazetteer {
  readonly entries: readonly GazetteerEntry[];
  byKey(key: string): GazetteerEntry | undefined;
  byName(name: string): GazetteerEntry | undefined;
  /** Longest surface form starting at `start` in `text` and ending where `tokenEnds` holds 1 (a token end). */
  matchAt(text: string, start: number, tokenEnds: Uint8Array): GazetteerMatch | null;
}

/** Latin letters that NFKD does not take apart into an ASCII letter and a mark ("Łukasz", "Søren", "Đoković"). */
const UNDECOMPOSED_LETTERS: Readonly<Record<string, string>> = {
  ł: "l",
  ø: "o",
  đ: "d",
  ð: "d",
  ħ: "h",
  ı: "i",
  ß: "ss",
  æ: "ae",
  œ: "oe",
  þ: "th",
};
const UNDECOMPOSED = /[łøđðħıßæœþ]/g;

/** Lower-case ASCII letters for a word's accented ones ("Ławrow" → "lawrow", "Erdoğan" → "erdogan"). */
export function foldLetters(word: string): string {
  return word
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(UNDECOMPOSED, (letter) => UNDECOMPOSED_LETTERS[letter] ?? letter);
}

/** Stable key for a canonical name: lower case, ASCII letters and digits joined by dashes. */
export function gazetteerKey(name: string): string {
  return foldLetters(name)
    .replace(/^the /, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

const split = (field: string | undefined): string[] =>
  (field ?? "")
    .split(";")
    .map((part) => part.trim())
    .filter((part) => part.length > 0);

function parseCountry(row: string): GazetteerEntry {
  const [name, aliases, demonyms, capitals] = row.split("|");
  if (!name)
    throw new InvalidInputError(
      `ingest/gazetteer: country row "${row}" has no name; expected "Name|aliases|demonyms|capitals"`,
    );
  return {
    key: gazetteerKey(name),
    name,
    type: "COUNTRY",
    aliases: split(aliases),
    affiliation: null,
    demonyms: split(demonyms),
    capitals: split(capitals),
  };
}

function parseOrganization(row: string): GazetteerEntry {
  const [name, type, aliases, affiliation, demonyms] = row.split("|");
  if (!name || !type) {
    throw new InvalidInputError(
      `ingest/gazetteer: organisation row "${row}" has no name or type; expected "Name|TYPE|aliases|affiliation"`,
    );
  }
  return {
    key: gazetteerKey(name),
    name,
    type: type as ActorType,
    aliases: split(aliases),
    affiliation: affiliation ? affiliation : null,
    demonyms: split(demonyms),
    capitals: [],
  };
}

/** Sticky: the letters and digits at `lastIndex`. */
const WORD = /[\p{L}\p{N}]+/uy;

const leadingWord = (form: string): string => (/^[\p{L}\p{N}]+/u.exec(form)?.[0] ?? form.slice(0, 1)).toLowerCase();

/** Builds a gazetteer from the built-in data plus `extra` entries (extra entries win on key clashes). */
export function createGazetteer(extra: readonly GazetteerEntry[] = []): Gazetteer {
  const byKey = new Map<string, GazetteerEntry>();
  const rows = [...ORGANIZATION_DATA, ...REGION_DATA].map(parseOrganization);
  for (const entry of [...COUNTRY_DATA.map(parseCountry), ...rows, ...extra]) {
    byKey.set(entry.key, entry);
  }
  const entries = [...byKey.values()];
  const byName = new Map<string, GazetteerEntry>();
  const index = new Map<string, Surface[]>();
  const add = (form: string, entry: GazetteerEntry, kind: GazetteerMatchKind): void => {
    const exact = form.length > 1 && form === form.toUpperCase();
    const forms = form.startsWith("the ") ? [form, `The ${form.slice(4)}`] : [form];
    for (const variant of forms) {
      const bucket = index.get(leadingWord(variant)) ?? [];
      bucket.push({ form: variant, entry, kind, exact });
      index.set(leadingWord(variant), bucket);
    }
  };
  for (const entry of entries) {
    byName.set(entry.name.toLowerCase(), entry);
    for (const form of [entry.name, ...entry.aliases]) add(form, entry, "name");
    for (const form of entry.demonyms) {
      add(form, entry, "demonym");
      // The people stand for their country: "the Russians", "Ukrainians".
      if (/(an|i)$/.test(form)) add(`${form}s`, entry, "people");
    }
    for (const form of entry.capitals) add(form, entry, "capital");
  }
  for (const row of PLACE_DATA) {
    const [country, places] = row.split("|");
    const entry = byKey.get(gazetteerKey(country ?? ""));
    if (!entry) {
      throw new InvalidInputError(
        `ingest/gazetteer: place row for "${country}" names no known country; expected "Country|place;place" with a country row`,
      );
    }
    for (const form of split(places)) add(form, entry, "place");
  }
  for (const bucket of index.values()) bucket.sort((a, b) => b.form.length - a.form.length);
  return {
    entries,
    byKey: (key) => byKey.get(key),
    byName: (name) => byName.get(name.toLowerCase()) ?? byKey.get(gazetteerKey(name)),
    matchAt(text, start, tokenEnds) {
      WORD.lastIndex = start;
      const word = WORD.exec(text)?.[0];
      const bucket = index.get((word ?? text.charAt(start)).toLowerCase());
      if (!bucket) return null;
      for (const surface of bucket) {
        const end = start + surface.form.length;
        if (tokenEnds[end] !== 1) continue;
        const written = text.slice(start, end);
        if (written === surface.form || (!surface.exact && sameButCase(written, surface.form))) {
          return { entry: surface.entry, kind: surface.kind, surface: written, end };
        }
      }
      return null;
    },
  };
}

/** Accepts "NATO" for "Nato" or a capitalised form of a lower-case word, never a lower-cased proper name. */
function sameButCase(written: string, form: string): boolean {
  if (written.toLowerCase() !== form.toLowerCase()) return false;
  return (
    /^\p{Lu}/u.test(written) &&
    (written === written.toUpperCase() || written.charAt(0) === form.charAt(0).toUpperCase())
  );
}
