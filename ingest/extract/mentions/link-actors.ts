// Within-article aliasing and coreference: links every mention to one article actor (surnames and "Mr Biden" to
// the full name, acronyms to their expansion, "the French president" to the person holding that role, "he" to
// the most recent person, "the official" to the institution that spoke).

import type { ActorType } from "../../../graph-schema/index.ts";
import type { Gazetteer } from "../../gazetteer/gazetteer.ts";
import type { LocalActor, LocalRole } from "../article-extraction.ts";
import { SpellingIndex } from "../../names/spelling-index.ts";
import { transliterationKey } from "../../names/transliteration-key.ts";
import type { Mention } from "./find-mentions.ts";
import { hasNounForm } from "./mention-lexicon.ts";
import { PersonIndex, SPELLING_MIN_LENGTH } from "./person-index.ts";
import { honorificGenders, lastWord, mayBePerson, previousPerson } from "./pronoun-antecedent.ts";
import { COUNTRY_REGIONS } from "./country-descriptions.ts";
import { listedName, listedPersonOf, type ArticlePeople } from "./listed-people.ts";

/** An article actor while it is being built; `strong` actors are safe to emit and to relate. */
export interface ArticleActor extends LocalActor {
  /** Safe to relate: not a place, not a dropped fragment. */
  strong: boolean;
  /** The type is a guess (a bare unknown name): listed only when it takes part in a statement. */
  guessed: boolean;
}

const wordsIn = (name: string): number => name.split(" ").length;
const ROLE_HEADS = new Set(["president", "leader", "head of state", "premier", "prime minister", "chancellor"]);
/** Type given to a bare unknown name that is neither a person nor after a locative preposition (a guess). */
const UNKNOWN_NAME_TYPE: ActorType = "ORGANIZATION";
/**
 * How many mentions back a description looks for the person holding its role: every mention of any news article
 * (a long one has a few hundred), but not the whole of a megabyte-long one, where looking back from every
 * description cost the square of its length.
 */
const DESCRIPTION_REACH_MENTIONS = 2_000;
/** How many sentences back an unmatched description may reach for a person without a role. */
const DESCRIPTION_REACH_SENTENCES = 4;

/**
 * Links mentions (sorted by position) to article actors, setting `mention.actor`; returns the actors.
 * `commonWords` are the words the article also writes in lower case: a bare capitalised one ("Sanctions are…") is no name.
 * `people`: the dictionaries' people, who name bare surnames ("Putin" → Vladimir Putin).
 */
export function linkActors(
  mentions: Mention[],
  gazetteer: Gazetteer,
  commonWords: ReadonlySet<string> = new Set(),
  people?: Pick<ArticlePeople, "lexicon">,
): ArticleActor[] {
  const actors: ArticleActor[] = [];
  const byKey = new Map<string, number>();
  const persons = new PersonIndex();

  const addActor = (name: string, type: ActorType, key: string | null, strong: boolean): number => {
    const index = actors.length;
    actors.push({
      localId: `l${index + 1}`,
      name,
      type,
      aliases: [],
      mentions: 0,
      roles: [],
      affiliation: null,
      gazetteerKey: key,
      strong,
      guessed: false,
    });
    if (type === "PERSON") persons.add(index, name);
    return index;
  };
  const entityActor = (key: string): number => {
    const known = byKey.get(key);
    if (known !== undefined) return known;
    const entry = gazetteer.byKey(key);
    const index = addActor(entry?.name ?? key, entry?.type ?? "ORGANIZATION", key, true);
    (actors[index] as ArticleActor).affiliation = entry?.affiliation ?? null;
    byKey.set(key, index);
    return index;
  };
  const attach = (mention: Mention, index: number): void => {
    mention.actor = index;
    const actor = actors[index] as ArticleActor;
    if (mention.kind !== "demonym") actor.mentions++;
    const alias =
      mention.kind === "pronoun"
        ? null
        : mention.kind === "person" || mention.kind === "name"
          ? mention.name
          : mention.surface;
    const aliased = mention.kind !== "description" && mention.kind !== "official" && mention.kind !== "demonym";
    if (alias && alias !== actor.name && !actor.aliases.includes(alias) && aliased) {
      actor.aliases.push(alias);
    }
    let changed = false;
    if (mention.role && actor.type === "PERSON")
      changed = addRole(actor, { title: mention.role, affiliation: mention.affiliation });
    if (mention.personCue) actor.strong = true;
    if (mention.affiliation && actor.type === "PERSON" && !actor.affiliation) {
      actor.affiliation = mention.affiliation;
      changed = true;
    }
    if (changed) fileRoles(persons, index, actor);
  };
  const findPerson = (name: string): number | undefined => {
    const exact = persons.findExact(name);
    // Transliteration variants of a surname ("Zelensky", "Zelenskyy", "Zilinski") when the name is long enough.
    const surname = lastWord(name);
    if (exact !== undefined || surname.length < SPELLING_MIN_LENGTH) return exact;
    if (!name.includes(" ")) return persons.findSurnameVariant(surname);
    // A full name: the same person when the surnames are one transliteration and the first names share their
    // initial ("Volodymyr Zelenskyy" and "Volodymyr Zelensky"; not "Andy Murray" and "Anne Murphy").
    return persons.findSurnameVariant(surname, (actor) => {
      const other = (actors[actor] as ArticleActor).name;
      return sameSpelling(lastWord(other), surname) && other.charAt(0).toLowerCase() === name.charAt(0).toLowerCase();
    });
  };
  /** Bare unknown names by transliteration key: "Zelenskyy" and "Zelenskiy" written alone are one actor. */
  const bareNames = new Map<string, number>();

  // Pass 1: gazetteer entities and full names, so that later surnames and descriptions can find them.
  for (const mention of mentions) {
    if ((mention.kind === "entity" || mention.kind === "demonym") && mention.entryKey)
      attach(mention, entityActor(mention.entryKey));
    else if (mention.kind === "entity" || mention.kind === "group") {
      const key = `${mention.type}:${mention.name.toLowerCase()}`;
      const known =
        byKey.get(key) ?? addActor(mention.name, mention.type ?? "ORGANIZATION", null, mention.type !== "LOCATION");
      byKey.set(key, known);
      attach(mention, known);
      if (mention.affiliation) (actors[known] as ArticleActor).affiliation ??= mention.affiliation;
    } else if (mention.kind === "person") {
      const known = findPerson(mention.name);
      if (known !== undefined) {
        const actor = actors[known] as ArticleActor;
        // A fuller name becomes the canonical one; another spelling of the same words does not.
        if (wordsIn(mention.name) > wordsIn(actor.name)) {
          actor.aliases.push(actor.name);
          actor.name = mention.name;
          persons.addName(known, mention.name);
        }
        attach(mention, known);
      } else attach(mention, addActor(mention.name, "PERSON", null, true));
    }
  }
  const genders = honorificGenders(mentions);
  // Pass 2: bare names, then descriptions, officials and pronouns in reading order.
  const midSentenceNames = new Set<string>();
  /** Names written capitalised somewhere other than at the start of a sentence. */
  const insideNames = new Set<string>();
  const spokenNames = new SpellingIndex<true>();
  for (const m of mentions) {
    if (m.kind !== "name") continue;
    if (!m.sentenceInitial) {
      midSentenceNames.add(m.name);
      const spelling = spellingKey(m.name.toLowerCase());
      if (spelling !== null) midSentenceNames.add(spelling);
    }
    if (!m.opensSentence) insideNames.add(m.name);
    if (m.personCue) spokenNames.add(m.name.toLowerCase(), true);
  }
  let lastOfficial = -1;
  mentions.forEach((mention, position) => {
    if (mention.actor >= 0) return;
    if (mention.kind === "name") {
      const person = findPerson(mention.name);
      // Written inside a sentence elsewhere, in this spelling or another ("Zelenskiy said…" and "Zelensky also…").
      const spelling = spellingKey(mention.name.toLowerCase());
      const echoed = midSentenceNames.has(mention.name) || (spelling !== null && midSentenceNames.has(spelling));
      // "Putin" alone, in an article naming no other Putin: Vladimir Putin, a person, even opening a sentence.
      const listed = person === undefined ? listedPersonOf(people, mention, commonWords) : undefined;
      if (person !== undefined) attach(mention, person);
      else if (listed !== undefined) {
        const key = `LISTED:${listed.name}`;
        const known = byKey.get(key) ?? addActor(listedName(listed, mention.name), "PERSON", null, true);
        byKey.set(key, known);
        attach(mention, known);
      } else if (mention.sentenceInitial && !mention.personCue && !echoed) return;
      // "Analysts said…" in an article that also writes "analysts": a common noun opening the sentence, even when it speaks.
      else if (
        mention.opensSentence &&
        !insideNames.has(mention.name) &&
        hasNounForm(commonWords, mention.name.toLowerCase())
      )
        return;
      else if (!mention.personCue && commonWords.has(mention.name.toLowerCase())) return;
      // "the Statute", "Advisor of the President": English words written with capitals, no person found by them.
      else if (!mention.personCue && mention.wordsOnly) return;
      else {
        const key = `NAME:${mention.name.toLowerCase()}`;
        const lower = mention.name.toLowerCase();
        const spoken = spokenNames.find(lower).some(({ word }) => word.charAt(0) === lower.charAt(0));
        const type: ActorType | null = mention.personCue || spoken ? "PERSON" : null;
        const known =
          byKey.get(key) ??
          (spelling !== null ? bareNames.get(spelling) : undefined) ??
          addActor(mention.name, type ?? UNKNOWN_NAME_TYPE, null, true);
        byKey.set(key, known);
        if (spelling !== null && !bareNames.has(spelling)) bareNames.set(spelling, known);
        if (type === null) (actors[known] as ArticleActor).guessed = true;
        attach(mention, known);
        if (type === "PERSON") persons.add(known, (actors[known] as ArticleActor).name);
      }
    } else if (mention.kind === "description" && mention.countryRegion !== null) {
      const country = describedCountry(mention, position, mentions, actors);
      if (country !== undefined) attach(mention, country);
    } else if (mention.kind === "description" && mention.entryKey) {
      const known = byKey.get(mention.entryKey);
      if (known !== undefined) attach(mention, known);
    } else if (mention.kind === "description") {
      // "NATO … its secretary general": the body "its" takes up is the affiliation.
      const owner = possessedByIts(mention) ? previousBody(mention, position, mentions, actors) : undefined;
      if (owner !== undefined) mention.affiliation ??= (actors[owner] as ArticleActor).name;
      const person = describedPerson(mention, position, mentions, actors, persons);
      if (person !== undefined) attach(mention, person);
      // "expelled the Russian ambassador": an envoy the article does not name, acted upon, stands for the state that
      // sent them. An envoy who acts may act towards their own side ("Germany's ambassador warned Scholz").
      else if (mention.affiliationKey !== null && mention.governed && ENVOY_TITLES.has(mention.role ?? ""))
        attach(mention, entityActor(mention.affiliationKey));
    } else if (mention.kind === "official") {
      // "The Kremlin spokesman" is the person the article made Kremlin spokesman, if it named one; else the Kremlin.
      // "Its spokesman" is the spokesman of the body "its" stands for.
      const owner = possessedByIts(mention) ? (previousBody(mention, position, mentions, actors) ?? -1) : undefined;
      if (owner !== undefined && owner >= 0) mention.affiliation ??= (actors[owner] as ArticleActor).name;
      const person =
        definiteOfficial(mention) && owner !== -1
          ? describedPerson(mention, position, mentions, actors, persons)
          : undefined;
      const body = !mention.entryKey
        ? (owner ?? lastOfficial)
        : mention.describedEntry
          ? (byKey.get(mention.entryKey) ?? -1)
          : entityActor(mention.entryKey);
      if (person !== undefined) attach(mention, person);
      else if (body >= 0) {
        lastOfficial = body;
        attach(mention, body);
      }
    } else if (mention.kind === "pronoun" && mention.name === "its") {
      const body = previousBody(mention, position, mentions, actors);
      if (body !== undefined) attach(mention, body);
    } else if (mention.kind === "pronoun") {
      const antecedent = previousPerson(mention, position, mentions, actors, gazetteer, genders);
      if (antecedent !== undefined) {
        // "Putin raised the stakes… he bombed": a bare name taken up by "he" is a person, not a guessed body.
        const actor = actors[antecedent] as ArticleActor;
        if (actor.guessed && actor.type !== "PERSON" && mayBePerson(actor.name, gazetteer)) {
          actor.type = "PERSON";
          actor.guessed = false;
          persons.add(antecedent, actor.name);
          fileRoles(persons, antecedent, actor);
        }
        attach(mention, antecedent);
      }
    }
  });
  return actors;
}

/** One spelling of a name word: the same transliteration key ("zelenskyy", "zelenskiy" and "zelensky"). */
const sameSpelling = (a: string, b: string): boolean => transliterationKey(a) === transliterationKey(b);

/** The transliteration key a single long name word is compared by, else null (short or several words). */
function spellingKey(lower: string): string | null {
  return lower.length >= SPELLING_MIN_LENGTH && /^\p{Ll}+$/u.test(lower) ? transliterationKey(lower) : null;
}

/** Adds a role to a person (or an affiliation to a role it has); true when that changed something. */
function addRole(actor: ArticleActor, role: LocalRole): boolean {
  if (role.title === "counterpart") return false;
  const same = actor.roles.find((r) => r.title === role.title);
  if (!same) actor.roles.push(role);
  else if (same.affiliation === null && role.affiliation !== null) same.affiliation = role.affiliation;
  else return false;
  return true;
}

/** A description or official opened by "its" ("its top official", "its secretary general"). */
const possessedByIts = (mention: Mention): boolean => /^its\s/i.test(mention.surface);

/**
 * An official who is one known person: "the spokesman", "the Kremlin spokesman"; not "a Kremlin spokesman", nor
 * "officials" or "sources".
 */
function definiteOfficial(mention: Mention): boolean {
  return !/^an?\s/i.test(mention.surface) && !(mention.role ?? "").endsWith("s");
}

/** Role key of the leaders' titles, which a generic description ("the leader", "the head of state") asks for. */
const HEAD_ROLE = "@head";
/** Role key of any person of an affiliation ("his Russian counterpart"). */
const ANY_ROLE = "@any";
/** Affiliation key of a description that names none. */
const ANY_AFFILIATION = "*";

/**
 * Files a person under every role key a description may ask for: each title and its endings ("foreign minister"
 * is also a "minister"), the leaders' key, with each affiliation it has and with none.
 */
function fileRoles(persons: PersonIndex, index: number, actor: ArticleActor): void {
  const affiliations = new Set<string>([ANY_AFFILIATION]);
  if (actor.affiliation) affiliations.add(actor.affiliation);
  for (const role of actor.roles) if (role.affiliation) affiliations.add(role.affiliation);
  const titles = new Set<string>([ANY_ROLE]);
  for (const { title } of actor.roles) {
    if (ROLE_HEADS.has(title)) titles.add(HEAD_ROLE);
    for (let at = 0; at >= 0; at = title.indexOf(" ", at + 1)) titles.add(at === 0 ? title : title.slice(at + 1));
  }
  for (const title of titles) for (const affiliation of affiliations) persons.addRole(index, `${title}|${affiliation}`);
}

/** The person a description denotes: same role and affiliation, nearest before it, else nearest after it. */
function describedPerson(
  mention: Mention,
  position: number,
  mentions: Mention[],
  actors: ArticleActor[],
  persons: PersonIndex,
): number | undefined {
  // Apposition: "James Heappey, the foreign minister, said" (one token, the comma, between name and description).
  const previous = mentions[position - 1];
  const apposed = previous && previous.sentence === mention.sentence && previous.tokenEnd === mention.tokenStart - 1;
  if (apposed && previous.actor >= 0 && actors[previous.actor]?.type === "PERSON") return previous.actor;
  const role = mention.role ?? "";
  const generic = role === "head of state" || role === "leader" || role === "counterpart" || role === "head";
  const fits = (index: number): boolean => {
    const actor = actors[index] as ArticleActor;
    const roleFits = generic
      ? actor.roles.some((r) => ROLE_HEADS.has(r.title)) || (role === "counterpart" && mention.affiliation !== null)
      : actor.roles.some((r) => r.title === role || r.title.endsWith(` ${role}`));
    const affiliationFits =
      mention.affiliation === null ||
      actor.affiliation === mention.affiliation ||
      actor.roles.some((r) => r.affiliation === mention.affiliation);
    return roleFits && affiliationFits;
  };
  for (let k = position - 1; k >= Math.max(0, position - DESCRIPTION_REACH_MENTIONS); k--) {
    const actor = (mentions[k] as Mention).actor;
    if (actor >= 0 && (actors[actor] as ArticleActor).type === "PERSON" && fits(actor)) return actor;
  }
  // Else the first person of the article holding the role.
  const affiliation = mention.affiliation ?? ANY_AFFILIATION;
  const keys = generic ? [`${HEAD_ROLE}|${affiliation}`] : [`${role}|${affiliation}`];
  if (role === "counterpart" && mention.affiliation !== null) keys.push(`${ANY_ROLE}|${affiliation}`);
  const later = persons.findByRoles(keys);
  if (later !== undefined || !ROLE_HEADS.has(role)) return later;
  // No one holds the leader's role yet: the one earlier person with no conflicting affiliation and no other role
  // ("Mr Macron … the French President"). Two such people leave it open: "Zelensky met Scholz. The Ukrainian
  // leader…" could be either, and neither the nearer ("Sullivan said… the Russian President") nor the last subject
  // is a safe guess; a wrong one gives a person another's statements and role.
  let found: number | undefined;
  for (
    let k = position - 1;
    k >= 0 && mention.sentence - (mentions[k] as Mention).sentence <= DESCRIPTION_REACH_SENTENCES;
    k--
  ) {
    const actor = (mentions[k] as Mention).actor;
    const candidate = actors[actor];
    if (!candidate || candidate.type !== "PERSON" || actor === found) continue;
    // "Zhao said the head of NATO had …": outside apposition, a description names someone else in its own sentence.
    const free =
      (mentions[k] as Mention).sentence !== mention.sentence &&
      candidate.roles.length === 0 &&
      (mention.affiliation === null || candidate.affiliation === null || candidate.affiliation === mention.affiliation);
    if (!free) continue;
    if (found !== undefined) return undefined;
    found = actor;
  }
  return found;
}

/**
 * The country, organisation or group "its" takes up: the latest one named earlier in the same sentence, else in the
 * sentence before ("Russia … its forces").
 */
function previousBody(
  mention: Mention,
  position: number,
  mentions: Mention[],
  actors: ArticleActor[],
): number | undefined {
  for (let k = position - 1; k >= 0; k--) {
    const candidate = mentions[k] as Mention;
    if (mention.sentence - candidate.sentence > 1) break;
    const actor = actors[candidate.actor];
    if (actor && actor.type !== "PERSON" && actor.type !== "LOCATION" && actor.strong) return candidate.actor;
  }
  return undefined;
}

/**
 * Titles of envoys: unnamed and acted upon, they stand for the state they represent (Phoenix codes them as its
 * government). Other
 * unnamed office holders do not ("the Ukrainian commander", "the UN secretary general"): measured, they named the
 * wrong actor as often as the right one.
 */
const ENVOY_TITLES: ReadonlySet<string> = new Set(["ambassador", "envoy"]);

/** How many sentences back a country description ("the country", "the Baltic state") looks for its country. */
const COUNTRY_DESCRIPTION_REACH_SENTENCES = 2;
/**
 * How far back a description with a region looks ("the former Soviet republic", "the Baltic state"): the region
 * rules out most countries, so a quotation between the country and its description does not lose it.
 */
const REGIONAL_DESCRIPTION_REACH_SENTENCES = 6;

/**
 * The country a description stands for: the nearest country named in the sentences before it (not its own: "Russia
 * said it would never invade the country" is not Russia) that fits its region ("the Baltic state" is not the Russia
 * named after Lithuania).
 */
function describedCountry(
  mention: Mention,
  position: number,
  mentions: Mention[],
  actors: ArticleActor[],
): number | undefined {
  const region = COUNTRY_REGIONS.get(mention.countryRegion ?? "");
  const reach = region === undefined ? COUNTRY_DESCRIPTION_REACH_SENTENCES : REGIONAL_DESCRIPTION_REACH_SENTENCES;
  for (let k = position - 1; k >= 0; k--) {
    const candidate = mentions[k] as Mention;
    if (mention.sentence - candidate.sentence > reach) break;
    if (candidate.sentence === mention.sentence || candidate.countryRegion !== null) continue;
    const actor = actors[candidate.actor];
    if (actor?.type !== "COUNTRY" || (region !== undefined && !region.has(actor.name))) continue;
    return candidate.actor;
  }
  return undefined;
}
