// The person a "he", "she", "him" or "her" takes up within a few sentences: the nearest subject of the pronoun's
// gender (by honorific or by name), else the nearest person; a bare unknown name opening the sentence before may be
// that person. Used by linkActors.

import type { Gazetteer } from "../../gazetteer/gazetteer.ts";
import type { Mention } from "./mention-parts.ts";
import type { LocalActor } from "../article-extraction.ts";
import { nameGender } from "./name-gender.ts";

/** How many sentences back (exactly) a pronoun looks for a bare unknown name, which it then makes a person. */
const GUESSED_PERSON_REACH_SENTENCES = 1;
/** How many sentences back a pronoun may reach for its antecedent. */
const PRONOUN_REACH_SENTENCES = 3;

/** An article actor as linkActors builds it: `guessed` when its type is a guess (a bare unknown name). */
type LinkedActor = LocalActor & { guessed: boolean };

/** The last word of a name, lower case ("Liz Truss" → "truss"). */
export const lastWord = (name: string): string => name.slice(name.lastIndexOf(" ") + 1).toLowerCase();

/** Two or more capitals and no lower-case letter: an acronym ("SEC", "PKK", "IAEA", "M&S"). */
const ACRONYM = /^(?=(?:.*\p{Lu}){2})[^\p{Ll}]+$/u;

/**
 * A bare name a pronoun may take up as a person: never an acronym or a name the gazetteer knows as a body, since
 * one "he" after it would make "SEC" a person for the whole article.
 */
export function mayBePerson(name: string, gazetteer: Gazetteer): boolean {
  if (ACRONYM.test(name)) return false;
  const type = gazetteer.byName(name)?.type;
  return type !== "ORGANIZATION" && type !== "MEDIA";
}

const FEMALE_PRONOUNS = new Set(["she", "her"]);

/** Surnames the article writes with a gendered honorific ("Ms Truss", "Mr Biden"), lower case → "f" or "m". */
export function honorificGenders(mentions: readonly Mention[]): Map<string, "f" | "m"> {
  const out = new Map<string, "f" | "m">();
  for (const mention of mentions) if (mention.gender) out.set(lastWord(mention.name), mention.gender);
  return out;
}

/**
 * Most recent person mentioned within a few sentences before the pronoun (subjects and objects alike), of the
 * pronoun's gender when the article gives one by honorific ("she" is not "Mr Putin") or the name tells one ("she" is
 * not "Vladimir Putin"). A person the article marks
 * with the pronoun's gender comes before one it leaves unmarked ("Ms Truss … President Putin's invasion … She said"
 * is Truss).
 */
export function previousPerson(
  mention: Mention,
  position: number,
  mentions: Mention[],
  actors: readonly LinkedActor[],
  gazetteer: Gazetteer,
  genders: ReadonlyMap<string, "f" | "m">,
): number | undefined {
  const wanted = FEMALE_PRONOUNS.has(mention.name) ? "f" : "m";
  // Prefer the most recent person in subject position ("Marles met Shmyhal … he said" → Marles), else any person.
  let subject: number | undefined;
  let fallback: number | undefined;
  let markedSubject: number | undefined;
  let markedFallback: number | undefined;
  for (let k = position - 1; k >= 0; k--) {
    const candidate = mentions[k] as Mention;
    if (mention.sentence - candidate.sentence > PRONOUN_REACH_SENTENCES) break;
    const actor = actors[candidate.actor];
    // A bare unknown name opening the previous sentence may be the person meant ("Putin has raised the stakes… he
    // bombed"); one further inside ("against nationalists and Nazis - who he says") or in the same sentence ("When the
    // Kakhovka dam was blown up, he blamed…") is not.
    const guessedPerson =
      actor !== undefined &&
      actor.guessed &&
      candidate.kind === "name" &&
      !candidate.governed &&
      mentions[k - 1]?.sentence !== candidate.sentence &&
      mention.sentence - candidate.sentence === GUESSED_PERSON_REACH_SENTENCES &&
      mayBePerson(actor.name, gazetteer);
    const person = actor !== undefined && (actor.type === "PERSON" || guessedPerson);
    if (!person) continue;
    const gender = genders.get(lastWord(actor.name));
    if (gender !== undefined && gender !== wanted) continue;
    // A name that says the other gender ("Vladimir Putin" for "she") is not the one meant; it marks nothing, so that
    // the nearest person stays first among those it leaves possible.
    if (gender === undefined && nameGender(actor.name) === (wanted === "f" ? "m" : "f")) continue;
    if (gender === wanted) {
      if (!candidate.governed) markedSubject ??= candidate.actor;
      markedFallback ??= candidate.actor;
    }
    if (!candidate.governed) subject ??= candidate.actor;
    fallback ??= candidate.actor;
  }
  return markedSubject ?? markedFallback ?? subject ?? fallback;
}
