// The integer atoms of a sentence's words that tagger and parser features combine: hashes of the normalised form,
// of its suffixes and prefix, and a word-shape class. Training (treebank words) and run time (wink tokens) go
// through the same normalisation, so typographic quotes, dashes and digits do not split the vocabulary.

import { hashString } from "./hash-feature.ts";

/** Per-word atoms, one array entry per word. */
export interface WordAtoms {
  length: number;
  /** The normalised forms, with their case. */
  forms: string[];
  /** The normalised lower-case forms (the tagger lexicon's keys). */
  keys: string[];
  /** Hash of the normalised lower-case form. */
  lower: Int32Array;
  /** Hash of the normalised form with its case. */
  cased: Int32Array;
  suffix3: Int32Array;
  suffix2: Int32Array;
  suffix4: Int32Array;
  prefix1: Int32Array;
  prefix3: Int32Array;
  /** Hash of the part after the last hyphen ("pro-Russian" → "russian"), or of the whole word. */
  lastPart: Int32Array;
  /** Word-shape class (see shapeOf). */
  shape: Int32Array;
  /** Ambiguity class from the tagger's lexicon (0 for words it does not hold). */
  ambiguity: Int32Array;
}

const TYPOGRAPHIC: Readonly<Record<string, string>> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201a": "'",
  "\u201b": "'",
  "\u2032": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u201e": '"',
  "\u201f": '"',
  "\u00ab": '"',
  "\u00bb": '"',
  "``": '"',
  "''": '"',
  "\u2013": "-",
  "\u2014": "--",
  "\u2012": "-",
  "\u2212": "-",
  "\u2026": "...",
  "\u00a0": " ",
};
const TYPOGRAPHIC_PATTERN =
  /[\u2018\u2019\u201a\u201b\u2032\u201c-\u201f\u00ab\u00bb\u2013\u2014\u2012\u2212\u2026\u00a0]|``|''/g;
const DIGIT = /[0-9]/g;

/** The form as features see it: ASCII quotes and dashes, every digit as 0. */
export function normaliseForm(form: string): string {
  let out = form;
  if (/[^\x20-\x7e]|``|''/.test(out)) out = out.replace(TYPOGRAPHIC_PATTERN, (m) => TYPOGRAPHIC[m] ?? m);
  if (/[0-9]/.test(out)) out = out.replace(DIGIT, "0");
  return out;
}

const SHAPE_LOWER = 1;
const SHAPE_CAPITALISED = 2;
const SHAPE_UPPER = 3;
const SHAPE_DIGITS = 4;
const SHAPE_PUNCT = 5;
const SHAPE_MIXED_DIGITS = 6;
const SHAPE_MIXED_CASE = 7;
const SHAPE_HYPHENATED = 8;
const SHAPE_OTHER = 9;

/** A small word-shape class: lower, Capitalised, UPPER, digits, punctuation, hyphenated, mixed. */
export function shapeOf(form: string): number {
  let upper = 0;
  let lower = 0;
  let digit = 0;
  let hyphen = 0;
  let other = 0;
  for (let i = 0; i < form.length; i++) {
    const code = form.charCodeAt(i);
    if (code >= 65 && code <= 90) upper++;
    else if (code >= 97 && code <= 122) lower++;
    else if (code >= 48 && code <= 57) digit++;
    else if (code === 45) hyphen++;
    else if (code > 127 && form[i]!.toLowerCase() !== form[i]!.toUpperCase()) {
      if (form[i] === form[i]!.toUpperCase()) upper++;
      else lower++;
    } else other++;
  }
  const letters = upper + lower;
  if (letters === 0 && digit === 0) return other + hyphen > 0 ? SHAPE_PUNCT : SHAPE_OTHER;
  if (digit > 0) return letters === 0 && hyphen === 0 ? SHAPE_DIGITS : SHAPE_MIXED_DIGITS;
  if (hyphen > 0 && letters > 1) return SHAPE_HYPHENATED;
  if (upper === 0) return SHAPE_LOWER;
  if (lower === 0) return upper === 1 && form.length === 1 ? SHAPE_CAPITALISED : SHAPE_UPPER;
  const firstUpper = form.charCodeAt(0) >= 65 && form.charCodeAt(0) <= 90;
  return firstUpper && upper === 1 ? SHAPE_CAPITALISED : firstUpper ? SHAPE_MIXED_CASE : SHAPE_MIXED_CASE + 1;
}

/** Computes the atoms of a sentence's word forms; `lexicon` maps lower-case normalised forms to ambiguity classes. */
export function wordAtoms(forms: readonly string[], lexicon?: ReadonlyMap<string, number>): WordAtoms {
  const n = forms.length;
  const atoms: WordAtoms = {
    length: n,
    forms: new Array<string>(n),
    keys: new Array<string>(n),
    lower: new Int32Array(n),
    cased: new Int32Array(n),
    suffix3: new Int32Array(n),
    suffix2: new Int32Array(n),
    suffix4: new Int32Array(n),
    prefix1: new Int32Array(n),
    prefix3: new Int32Array(n),
    lastPart: new Int32Array(n),
    shape: new Int32Array(n),
    ambiguity: new Int32Array(n),
  };
  for (let i = 0; i < n; i++) {
    const form = normaliseForm(forms[i] ?? "");
    const lower = form.toLowerCase();
    atoms.forms[i] = form;
    atoms.keys[i] = lower;
    atoms.lower[i] = hashString(lower);
    atoms.cased[i] = hashString(form);
    atoms.suffix3[i] = hashString(lower.length > 3 ? lower.slice(-3) : lower);
    atoms.suffix2[i] = hashString(lower.length > 2 ? lower.slice(-2) : lower);
    atoms.suffix4[i] = hashString(lower.length > 4 ? lower.slice(-4) : lower);
    atoms.prefix1[i] = hashString(form.slice(0, 1));
    atoms.prefix3[i] = hashString(lower.length > 3 ? lower.slice(0, 3) : lower);
    const hyphen = lower.lastIndexOf("-");
    atoms.lastPart[i] = hyphen > 0 && hyphen < lower.length - 1 ? hashString(lower.slice(hyphen + 1)) : atoms.lower[i]!;
    atoms.shape[i] = shapeOf(form);
    atoms.ambiguity[i] = lexicon?.get(lower) ?? 0;
  }
  return atoms;
}
