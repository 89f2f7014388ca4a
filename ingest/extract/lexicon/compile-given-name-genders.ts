// Reads two lists of English first names, one of women's and one of men's (one name per line), into the names each
// list alone holds and the names both hold: a name on both lists ("Andrea", "Jean", "Kim") says nothing about a
// person's gender, only that it is a given name.

/** Lower-case given names that are only women's, only men's, or either, each list sorted. */
export interface GivenNameGenders {
  female: string[];
  male: string[];
  either: string[];
}

const namesOf = (text: string): Set<string> =>
  new Set(
    text
      .split("\n")
      .map((line) => line.trim().toLowerCase())
      .filter((line) => /^\p{Ll}[\p{Ll}'-]+$/u.test(line)),
  );

/**
 * The names only one of the lists holds, and those both hold.
 * @example compileGivenNameGenders("Ursula\nKim\n", "Vladimir\nKim\n") // { female: ["ursula"], male: ["vladimir"], either: ["kim"] }
 */
export function compileGivenNameGenders(femaleText: string, maleText: string): GivenNameGenders {
  const female = namesOf(femaleText);
  const male = namesOf(maleText);
  return {
    female: [...female].filter((name) => !male.has(name)).sort(),
    male: [...male].filter((name) => !female.has(name)).sort(),
    either: [...female].filter((name) => male.has(name)).sort(),
  };
}
