// Every command of the CLI, in the order `newsgraph --help` lists them.

import type { CliCommand } from "./cli-command.ts";
import { demoCommand } from "./commands/demo.ts";
import { exportCommand } from "./commands/export.ts";
import { extractCommand } from "./commands/extract.ts";
import { ingestCommand } from "./commands/ingest.ts";
import { queryCommand } from "./commands/query.ts";
import { schemaCommand } from "./commands/schema.ts";
import { serveCommand } from "./commands/serve.ts";
import { statsCommand } from "./commands/stats.ts";
import { syncCommand } from "./commands/sync.ts";
import { traceCommand } from "./commands/trace.ts";

export const CLI_COMMANDS: readonly CliCommand[] = [
  extractCommand,
  ingestCommand,
  statsCommand,
  traceCommand,
  serveCommand,
  queryCommand,
  exportCommand,
  schemaCommand,
  syncCommand,
  demoCommand,
];
