// Every command of the CLI, in the order `newsgraph --help` lists them: its name, its one-line summary, and how to
// load it. A command's module (and what it imports: the stores, the NLP, the Neo4j driver) is loaded only when
// that command runs, so `newsgraph --help` starts in a fraction of the time.

import type { CliCommand } from "./cli-command.ts";

export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<CliCommand>;
}

export const CLI_COMMANDS: readonly CommandEntry[] = [
  {
    name: "extract",
    summary: "extract actors and statements from articles, print them as JSON (no store)",
    load: async () => (await import("./commands/extract.ts")).extractCommand,
  },
  {
    name: "ingest",
    summary: "extract articles and add them to a store, resolving actors against what it holds",
    load: async () => (await import("./commands/ingest.ts")).ingestCommand,
  },
  {
    name: "stats",
    summary: "show what a store holds: articles, actors, relations, responses",
    load: async () => (await import("./commands/stats.ts")).statsCommand,
  },
  {
    name: "actors",
    summary: "list and search the actors of a store: names, aliases, types, statement and article counts",
    load: async () => (await import("./commands/actors.ts")).actorsCommand,
  },
  {
    name: "trace",
    summary: "who responded to whom: the exchanges an actor took part in, in time order",
    load: async () => (await import("./commands/trace.ts")).traceCommand,
  },
  {
    name: "serve",
    summary: "serve the viewer and its JSON API over a store",
    load: async () => (await import("./commands/serve.ts")).serveCommand,
  },
  {
    name: "query",
    summary: "run Cypher (or a named analyst query) against Neo4j and print the rows",
    load: async () => (await import("./commands/query.ts")).queryCommand,
  },
  {
    name: "export",
    summary: "export the graph as GEXF, GraphML, neo4j-admin CSV, JSON or a Cypher script",
    load: async () => (await import("./commands/export.ts")).exportCommand,
  },
  {
    name: "schema",
    summary: "apply (or show) the Neo4j constraints and indexes",
    load: async () => (await import("./commands/schema.ts")).schemaCommand,
  },
  {
    name: "sync",
    summary: "copy the embedded store into Neo4j (idempotent)",
    load: async () => (await import("./commands/sync.ts")).syncCommand,
  },
  {
    name: "demo",
    summary: "ingest the bundled demo corpus into a fresh store and serve it (what npm start runs)",
    load: async () => (await import("./commands/demo.ts")).demoCommand,
  },
];
