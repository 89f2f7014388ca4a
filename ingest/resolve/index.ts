// Actor resolution across articles: the registry, the alias file, and the name matching they are built on.

export * from "./acronym-of.ts";
export * from "./actor-registry-options.ts";
export * from "./actor-slug.ts";
export * from "./alias-overrides.ts";
export * from "./apply-alias-overrides.ts";
export * from "./create-actor-registry.ts";
export * from "../names/edit-distance.ts";
export * from "./names-match-fuzzily.ts";
export * from "./normalize-name.ts";
export * from "./relation-id.ts";
export * from "../names/transliteration-key.ts";
