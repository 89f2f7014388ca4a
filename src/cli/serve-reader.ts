// Serves a GraphReader over HTTP with the built viewer until the user interrupts; shared by `serve` and `demo`.

import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { existsSync } from "node:fs";
import { packageFile } from "../../ingest/package-files.ts";
import { NewsgraphError, UsageError } from "../../graph-schema/index.ts";
import { allowedHosts } from "../api/allowed-hosts.ts";
import { createApiServer } from "../api/create-api-server.ts";
import type { GraphReader } from "../store/graph-store.ts";
import type { CliContext } from "./cli-command.ts";

export const DEFAULT_PORT = 8484;
export const DEFAULT_HOST = "127.0.0.1";
export const VIEWER_DIST_DIR = packageFile("viewer", "dist");

export interface ServeReaderOptions {
  reader: GraphReader;
  port: number;
  host: string;
  /** Host names answered besides those of `host` (--allow-host). */
  allowHosts?: readonly string[];
  /** What is being served, for the start line: "./.newsgraph". */
  label: string;
}

export async function serveReader(options: ServeReaderOptions, context: CliContext): Promise<number> {
  const viewerDir = existsSync(`${VIEWER_DIST_DIR}/index.html`) ? VIEWER_DIST_DIR : null;
  const server = createApiServer({
    reader: options.reader,
    viewerDir,
    allowedHosts: allowedHosts(options.host, options.allowHosts ?? []),
    onRequest: context.debug ? (e) => context.stderr.write(`${e.method} ${e.path} ${e.status} ${e.ms.toFixed(1)}ms\n`) : undefined,
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") {
        reject(new UsageError(`port ${options.port} on ${options.host} is in use`, { hint: "pass --port N (0 picks a free port)" }));
      } else if (error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND") {
        reject(new UsageError(`cannot listen on host "${options.host}"`, { hint: "pass --host 127.0.0.1 or another local address" }));
      } else {
        reject(new NewsgraphError("INTERNAL", `cannot start the server: ${error.message}`, { cause: error }));
      }
    });
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  context.stdout.write(`newsgraph is serving ${options.label} at http://${host}:${port}/\n`);
  if (!viewerDir) context.stderr.write("newsgraph: the viewer bundle is missing (viewer/dist), only the API is served; in a checkout run `npm run build`\n");
  if (options.host !== DEFAULT_HOST && options.host !== "localhost" && options.host !== "::1") {
    context.stderr.write(
      `newsgraph: listening on ${options.host}: anyone who can reach this address can read the graph\n`,
    );
  }
  context.stdout.write("Press Ctrl-C to stop.\n");
  context.interruption.handleGracefully();
  const signal = await context.interruption.signal;
  context.stderr.write(`newsgraph: ${signal}: stopping the server\n`);
  await stopServer(server, SHUTDOWN_GRACE_MS);
  return 0;
}

/** How long requests being answered get to finish once serve is asked to stop; then every connection is closed. */
export const SHUTDOWN_GRACE_MS = 2_000;

/**
 * Stops accepting connections, closes the idle ones at once and the rest after `graceMs` (a slow or stalled
 * client cannot hold the process), and resolves when the server has closed.
 */
export async function stopServer(server: Server, graceMs: number): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const timer = setTimeout(() => server.closeAllConnections(), graceMs);
  await closed;
  clearTimeout(timer);
}
