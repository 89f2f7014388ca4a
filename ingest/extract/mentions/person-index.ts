// The persons of one article, indexed by the parts of their names that linking compares (full name, surname, first
// name and initial, spelling of the surname) and by the roles and affiliations that descriptions ask for, so that
// linking a mention costs the same whether the article names ten people or ten thousand. Where several persons
// fit, the one added first wins, as a scan of the persons in order would find.

import { SpellingIndex } from "../../names/spelling-index.ts";

const lastWord = (name: string): string => name.slice(name.lastIndexOf(" ") + 1).toLowerCase();
const firstWord = (name: string): string => {
  const space = name.indexOf(" ");
  return (space < 0 ? name : name.slice(0, space)).toLowerCase();
};

/** Surnames at least this long may match a spelling variant. */
export const SPELLING_MIN_LENGTH = 6;

export class PersonIndex {
  /** Actor index → the order in which it became a person. */
  private readonly position = new Map<number, number>();
  private readonly byFullName = new Map<string, number>();
  private readonly bySurname = new Map<string, number>();
  private readonly bySingleName = new Map<string, number>();
  private readonly bySurnameInitial = new Map<string, number>();
  private readonly byFirstName = new Map<string, number>();
  private readonly surnames = new SpellingIndex<number>();
  private readonly byRole = new Map<string, number>();

  /** Number of persons. */
  get size(): number {
    return this.position.size;
  }

  has(actor: number): boolean {
    return this.position.has(actor);
  }

  /** Adds `actor` as a person named `name` (a no-op for its position when it is one already). */
  add(actor: number, name: string): void {
    if (!this.position.has(actor)) this.position.set(actor, this.position.size);
    this.addName(actor, name);
  }

  /** Files another name of a person (its new canonical name): it is found by either. */
  addName(actor: number, name: string): void {
    const surname = lastWord(name);
    const single = !name.includes(" ");
    this.file(this.byFullName, name.toLowerCase(), actor);
    this.file(this.bySurname, surname, actor);
    if (single) this.file(this.bySingleName, surname, actor);
    else {
      this.file(this.bySurnameInitial, `${surname}|${firstWord(name).charAt(0)}`, actor);
      this.file(this.byFirstName, firstWord(name), actor);
    }
    this.surnames.add(surname, actor);
  }

  /**
   * The person `name` denotes: the same name in any case; for a single word, a person of that surname or of that
   * first name written in full; for a full name, a person of the same surname written alone or with a first name of
   * the same initial ("Aleksandr"/"Alexander" agree on A).
   */
  findExact(name: string): number | undefined {
    const surname = lastWord(name);
    const given = firstWord(name);
    const found = [this.byFullName.get(name.toLowerCase())];
    if (!name.includes(" ")) found.push(this.bySurname.get(surname), this.byFirstName.get(given));
    else found.push(this.bySingleName.get(surname), this.bySurnameInitial.get(`${surname}|${given.charAt(0)}`));
    return this.earliest(found);
  }

  /**
   * The earliest person whose surname is a spelling variant of `surname` (lower case: the same first letter, at
   * most two edits apart) and who fits `accept`.
   */
  findSurnameVariant(surname: string, accept: (actor: number) => boolean = () => true): number | undefined {
    const found: Array<number | undefined> = [];
    for (const { word, value } of this.surnames.find(surname)) {
      if (word.charAt(0) === surname.charAt(0) && accept(value)) found.push(value);
    }
    return this.earliest(found);
  }

  /** Files `actor` under a role key (a title, a title with an affiliation…), for `findByRole`. */
  addRole(actor: number, key: string): void {
    this.file(this.byRole, key, actor);
  }

  /** The earliest person filed under any of the role keys `keys`. */
  findByRoles(keys: readonly string[]): number | undefined {
    return this.earliest(keys.map((key) => this.byRole.get(key)));
  }

  private earliest(found: ReadonlyArray<number | undefined>): number | undefined {
    let best: number | undefined;
    for (const actor of found) {
      if (actor === undefined) continue;
      if (best === undefined || (this.position.get(actor) ?? 0) < (this.position.get(best) ?? 0)) best = actor;
    }
    return best;
  }

  private file(map: Map<string, number>, key: string, actor: number): void {
    const known = map.get(key);
    if (known === undefined || (this.position.get(actor) ?? 0) < (this.position.get(known) ?? 0)) map.set(key, actor);
  }
}
