// The newsgraph model: actor types, relation vocabulary with PLOVER mapping, the extraction contract, graph views
// and errors. Imports nothing else of the project.

export * from "./actor-types.ts";
export * from "./actor-id.ts";
export * from "./plover.ts";
export * from "./relation-vocabulary.ts";
export * from "./extraction-contract.ts";
export * from "./graph-views.ts";
export * from "./actor-listing.ts";
export * from "./graph-query.ts";
export * from "./errors.ts";
export * from "./neo4j-model.ts";
export * from "./iso-date.ts";
