// What an actor id may be: a letter or digit, then letters, digits and . _ : - (at most 200 characters). Ids the
// extractor makes are slugs (`jens-stoltenberg`); ids an analyst writes in the alias file must fit too, or the
// API, which accepts only such ids, could never show that actor.

export const ACTOR_ID_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._:-]{0,199}$/u;

/** Whether `value` can be an actor id. */
export const isActorId = (value: unknown): value is string => typeof value === "string" && ACTOR_ID_PATTERN.test(value);
