// Response links ("who responded to whom"): explicit cues and plausible exchanges between statements, the
// history interface stores implement, and the chains built from the links.

export * from "./answered-types.ts";
export * from "./build-response-chains.ts";
export * from "./create-response-linker.ts";
export * from "./dated-statement.ts";
export * from "./find-response-cue.ts";
export * from "./response-exchange-table.ts";
export * from "./response-history.ts";
export * from "./response-linker-options.ts";
