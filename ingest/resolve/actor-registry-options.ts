// Options of the actor registry, the sigma way: an interface, its defaults, and a resolver that validates.

import { UsageError } from "../../graph-schema/index.ts";
import { EMPTY_ALIAS_OVERRIDES, type AliasOverrides } from "./alias-overrides.ts";

export interface ActorRegistryOptions {
  /** The analyst's alias file, re-applied on every ingest (see loadAliasOverrides). */
  overrides: AliasOverrides;
  /** Match spelling variants (Zelensky/Zelenskyy); exact keys, acronyms and surnames still apply when off. */
  fuzzy: boolean;
  /** Words shorter than this must agree exactly after transliteration (Jong-un ≠ Jong-il). */
  minFuzzyWordLength: number;
  /** Edits allowed between two longer words after transliteration. */
  maxEditsPerWord: number;
}

export const DEFAULT_ACTOR_REGISTRY_OPTIONS: Readonly<ActorRegistryOptions> = {
  overrides: EMPTY_ALIAS_OVERRIDES,
  fuzzy: true,
  minFuzzyWordLength: 5,
  maxEditsPerWord: 1,
};

/** Defaults filled in and values checked; throws UsageError naming the bad option. */
export function resolveActorRegistryOptions(partial: Partial<ActorRegistryOptions> = {}): ActorRegistryOptions {
  const options = { ...DEFAULT_ACTOR_REGISTRY_OPTIONS, ...partial };
  if (!Number.isInteger(options.minFuzzyWordLength) || options.minFuzzyWordLength < 3) {
    throw new UsageError(
      `actor registry: minFuzzyWordLength must be an integer ≥ 3, found ${options.minFuzzyWordLength}`,
      {
        hint: "use 5 (the default) or more",
      },
    );
  }
  if (!Number.isInteger(options.maxEditsPerWord) || options.maxEditsPerWord < 0 || options.maxEditsPerWord > 3) {
    throw new UsageError(
      `actor registry: maxEditsPerWord must be an integer from 0 to 3, found ${options.maxEditsPerWord}`,
      {
        hint: "use 1 (the default)",
      },
    );
  }
  return options;
}
