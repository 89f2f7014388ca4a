// `newsgraph demo` (what `npm start` runs): builds the viewer if needed, ingests the demo corpus into a fresh
// store and serves it.

import { mkdirSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import { packageFile } from "../../../ingest/package-files.ts";
import { ingestIntoStore } from "../../ingest/ingest-into-store.ts";
import { openSqliteStore, type SqliteStore } from "../../store/sqlite-store.ts";
import { acquireStoreLock } from "../../store/store-lock.ts";
import { clearDemoStore, DEMO_MARK } from "../demo-store.ts";
import { checkWritableStore } from "../store-options.ts";
import { createInProcessExtractor } from "../../../ingest/pipeline/batch-extractor.ts";
import type { CliCommand } from "../cli-command.ts";
import { ensureViewerBuilt } from "../build-viewer.ts";
import { integerOption, stringListOption, stringOption } from "../parse-command-args.ts";
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
    { name: "store", type: "string", valueName: "DIR", description: `demo store folder: new, empty, or a store demo made, which is rebuilt (default ./${DEFAULT_DEMO_STORE_DIR})` },
    ...SERVE_OPTIONS,
    { name: "no-serve", type: "boolean", description: "ingest only (the viewer is not built), then exit" },
  ],
  async run(args, context) {
    const port = integerOption(args, "port", DEFAULT_PORT, 0, 65_535);
    const host = stringOption(args, "host") ?? DEFAULT_HOST;
    const dir = resolve(context.cwd, stringOption(args, "store") ?? DEFAULT_DEMO_STORE_DIR);
    const serve = args.values["no-serve"] !== true;
    mkdirSync(dir, { recursive: true });
    checkWritableStore(dir);
    // Like ingest: no other writer while the store is rebuilt, and nothing demo did not make is replaced.
    const lock = await acquireStoreLock(dir, "newsgraph demo");
    let store: SqliteStore;
    try {
      clearDemoStore(dir, new Set(readdirSync(DEMO_ARTICLES_DIR)));
      if (serve) await ensureViewerBuilt((line) => context.stderr.write(`newsgraph: ${line}\n`));
      store = openSqliteStore(dir, { create: true });
    } catch (error) {
      lock.release();
      throw error;
    }
    store.db.prepare(`INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)`).run(DEMO_MARK.key, DEMO_MARK.value);
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
      lock.release();
      if (!serve) return 0;
      const allowHosts = stringListOption(args, "allow-host");
      return await serveReader({ reader: store, port, host, allowHosts, label: "the demo corpus" }, context);
    } finally {
      lock.release();
      await extractor.close();
      await store.close();
    }
  },
};
