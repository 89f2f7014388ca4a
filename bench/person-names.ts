// Invented person names for the benchmark corpus: index → a distinct "Given Family" pair, so the actor graph can
// grow to tens of thousands of people without any real person's name.

const GIVEN_NAMES = [
  "Alder",
  "Brana",
  "Corvin",
  "Dalia",
  "Edric",
  "Fenna",
  "Galen",
  "Halla",
  "Ivor",
  "Jorun",
  "Kesia",
  "Lorcan",
  "Maren",
  "Nils",
  "Oriel",
  "Petra",
  "Quill",
  "Rosalind",
  "Soren",
  "Tamsin",
  "Ulric",
  "Vesna",
  "Wendel",
  "Ysolde",
];

const FAMILY_ONSETS = [
  "Ka",
  "Lo",
  "Mir",
  "Sen",
  "Ta",
  "Vo",
  "Ri",
  "Del",
  "An",
  "Bu",
  "Zek",
  "Or",
  "Ni",
  "Pas",
  "Gul",
  "Te",
];
const FAMILY_MIDDLES = ["ra", "vel", "mo", "sti", "da", "len", "ko", "ber"];
const FAMILY_ENDINGS = ["nov", "ski", "ardt", "ssen", "elli", "ova", "ström", "aux", "escu", "ian", "ez", "worth"];

/** How many distinct names personName gives before it repeats. */
export const PERSON_NAME_COUNT =
  GIVEN_NAMES.length * FAMILY_ONSETS.length * FAMILY_MIDDLES.length * FAMILY_ENDINGS.length;

const NAME_SCRAMBLE = 7_919;

export interface PersonName {
  given: string;
  family: string;
  full: string;
}

/**
 * The `index`-th invented name; distinct for indexes below PERSON_NAME_COUNT.
 * @example personName(0).full; // the same invented name on every run
 */
export function personName(index: number): PersonName {
  // A bijective scramble (7919 is prime to the count), so neighbouring indexes share neither given nor family name.
  let rest = ((index % PERSON_NAME_COUNT) * NAME_SCRAMBLE + 1) % PERSON_NAME_COUNT;
  const pick = <T>(list: readonly T[]): T => {
    const value = list[rest % list.length] as T;
    rest = Math.floor(rest / list.length);
    return value;
  };
  const given = pick(GIVEN_NAMES);
  const onset = pick(FAMILY_ONSETS);
  const ending = pick(FAMILY_ENDINGS);
  const middle = pick(FAMILY_MIDDLES);
  const family = `${onset}${middle}${ending}`;
  return { given, family, full: `${given} ${family}` };
}
