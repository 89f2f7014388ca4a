// `newsgraph serve`: the viewer and its JSON API over the embedded store or Neo4j.

import type { CliCommand } from "../cli-command.ts";
import { ensureViewerBuilt } from "../build-viewer.ts";
import { openReaderFromArgs, READER_OPTIONS } from "../open-reader.ts";
import { integerOption, stringListOption, stringOption } from "../parse-command-args.ts";
import { DEFAULT_HOST, DEFAULT_PORT, serveReader } from "../serve-reader.ts";

export const SERVE_OPTIONS = [
  { name: "port", type: "string", short: "p", valueName: "N", description: `port (default ${DEFAULT_PORT}; 0 picks a free one)` },
  { name: "host", type: "string", valueName: "H", description: `address to listen on (default ${DEFAULT_HOST}, this machine only)` },
  { name: "allow-host", type: "string", multiple: true, valueName: "NAME", description: "also answer requests for this host name (repeatable); others get 421" },
] as const;

export const serveCommand: CliCommand = {
  name: "serve",
  usage: "serve [--store DIR | --neo4j URI] [--port N] [--host H]",
  options: [...READER_OPTIONS, ...SERVE_OPTIONS],
  async run(args, context) {
    const port = integerOption(args, "port", DEFAULT_PORT, 0, 65_535);
    const host = stringOption(args, "host") ?? DEFAULT_HOST;
    const reader = await openReaderFromArgs(args, context);
    try {
      await ensureViewerBuilt((line) => context.stderr.write(`newsgraph: ${line}\n`));
      return await serveReader(
        { reader, port, host, allowHosts: stringListOption(args, "allow-host"), label: reader.location },
        context,
      );
    } finally {
      await reader.close();
    }
  },
};
