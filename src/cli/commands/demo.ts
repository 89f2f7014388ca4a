// `newsgraph demo` (what `npm start` runs): builds the viewer if needed, ingests the demo corpus into a fresh
// store and serves it.

import { rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { packageFile } from "../../../ingest/package-files.ts";
import { ingestIntoStore } from "../../ingest/ingest-into-store.ts";
import { openSqliteStore } from "../../store/sqlite-store.ts";
import { SQLITE_FILE_NAME } from "../../store/sqlite/sqlite-schema.ts";
import { createInProcessExtractor } from "../../../ingest/pipeline/batch-extractor.ts";
import type { CliCommand } from "../cli-command.ts";
import { ensureViewerBuilt } from "../build-viewer.ts";
import { integerOption, stringOption } from "../parse-command-args.ts";
import { reportRejection } from "../report-rejection.ts";
import { DEFAULT_HOST, DEFAULT_PORT, serveReader } from "../serve-reader.ts";
import { SERVE_OPTIONS } from "./serve.ts";
import { formatIngestSummary } from "./ingest.ts";

export const DEMO_ARTICLES_DIR = packageFile("demo", "articles");
export const DEFAULT_DEMO_STORE_DIR = ".newsgraph-demo";

export const demoCommand: CliCommand = {
  name: "demo",
  usage: "demo [--store DIR] [--port N] [--host H]",
  options: [
    { name: "store", type: "string", valueName: "DIR", description: `demo store folder, emptied first (default ./${DEFAULT_DEMO_STORE_DIR})` },
    ...SERVE_OPTIONS,
    { name: "no-serve", type: "boolean", description: "build and ingest only, then exit" },
  ],
  async run(args, context) {
    const port = integerOption(args, "port", DEFAULT_PORT, 0, 65_535);
    const host = stringOption(args, "host") ?? DEFAULT_HOST;
    const dir = resolve(context.cwd, stringOption(args, "store") ?? DEFAULT_DEMO_STORE_DIR);
    await ensureViewerBuilt((line) => context.stderr.write(`newsgraph: ${line}\n`));
    for (const suffix of ["", "-wal", "-shm"]) rmSync(join(dir, SQLITE_FILE_NAME + suffix), { force: true });
    const store = openSqliteStore(dir, { create: true });
    const extractor = createInProcessExtractor();
    try {
      const summary = await ingestIntoStore([DEMO_ARTICLES_DIR], {
        store,
        extractor,
        batchSize: 200,
        readClean: {},
        registry: {},
        responses: {},
        onRejection: (rejection) => reportRejection(context.stderr, rejection, false),
      });
      context.stdout.write(formatIngestSummary(summary, dir));
      if (args.values["no-serve"] === true) return 0;
      return await serveReader({ reader: store, port, host, label: "the demo corpus" }, context);
    } finally {
      await extractor.close();
      await store.close();
    }
  },
};
