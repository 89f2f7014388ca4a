// The people of the actor dictionaries inside one article (lexicon/people-lexicon.ts): a bare name the dictionaries
// list for one person ("Putin", "Lavrov", "Erdogan") is that person, named in full ("Vladimir Putin"), unless the
// article names someone else by it; a person the article gives no affiliation gets the one the dictionaries give for
// the article's publication day (a minister who changed posts belongs where they served that day).

import type { PeopleLexicon, ListedPerson } from "../lexicon/people-lexicon.ts";
import { personFormKey } from "../lexicon/people-lexicon.ts";
import type { LocalActor } from "../article-extraction.ts";
import type { Mention } from "./mention-parts.ts";

/** The people lexicon and the article's publication day (YYYYMMDD, null when unknown). */
export interface ArticlePeople {
  lexicon: PeopleLexicon;
  day: number | null;
}

/** An article's publication date ("2022-02-24T08:30:00Z") as the lexicon's day number, or null. */
export function lexiconDay(published: string | null): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? "");
  return match ? Number(`${match[1]}${match[2]}${match[3]}`) : null;
}

/**
 * The listed person a bare name mention denotes, when the dictionaries list it for one person and the article never
 * writes it in lower case ("a putin" would be a common word there).
 */
export function listedPersonOf(
  people: Pick<ArticlePeople, "lexicon"> | undefined,
  mention: Mention,
  commonWords: ReadonlySet<string>,
): ListedPerson | undefined {
  if (!people || commonWords.has(mention.name.toLowerCase())) return undefined;
  return people.lexicon.find(mention.name);
}

/**
 * The listed person's name with the surname as the article spells it ("Erdoğan" → "Recep Tayyip Erdoğan"); the
 * dictionaries' name when the mention is another form ("Lula" → "Luiz Inacio Lula da Silva").
 */
export function listedName(person: ListedPerson, written: string): string {
  const cut = person.name.lastIndexOf(" ");
  const surname = person.name.slice(cut + 1);
  const same = !written.includes(" ") && personFormKey(surname) === personFormKey(written);
  return same ? `${person.name.slice(0, cut + 1)}${written}` : person.name;
}

/**
 * The affiliation the dictionaries give, for the publication day, to each person without one from the article (in
 * their name's mentions or roles), by actor index; found by the name or another full name the article wrote (not by a
 * bare surname: "Putin" taken up by an "Anna Putin" of the article is not Vladimir Putin).
 */
export function listedAffiliations(
  actors: readonly LocalActor[],
  people: ArticlePeople | undefined,
): Map<number, string> {
  const out = new Map<number, string>();
  if (!people) return out;
  actors.forEach((actor, index) => {
    if (actor.type !== "PERSON" || actor.affiliation !== null || actor.roles.some((r) => r.affiliation !== null))
      return;
    const names = [actor.name, ...actor.aliases.filter((alias) => alias.includes(" "))];
    const listed = names.map((name) => people.lexicon.find(name)).find((person) => person !== undefined);
    const affiliation = listed ? people.lexicon.affiliationOn(listed, people.day) : null;
    if (affiliation !== null) out.set(index, affiliation);
  });
  return out;
}

/** Gives each person the affiliation `listed` holds for them (listedAffiliations: the dictionaries' for the day). */
export function addListedAffiliations(actors: readonly LocalActor[], listed: ReadonlyMap<number, string>): void {
  for (const [index, affiliation] of listed) {
    const actor = actors[index] as LocalActor;
    actor.affiliation = affiliation;
    actor.affiliationListed = true;
  }
}
