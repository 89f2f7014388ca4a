#!/usr/bin/env node
// Entry point of the `newsgraph` CLI: runs the JavaScript compiled into dist/ by `npm run build` (no TypeScript
// loader at run time). A checkout that was never built says so in one line.
import { existsSync } from "node:fs";

const entry = new URL("../dist/src/cli/run-cli.js", import.meta.url);
if (!existsSync(entry)) {
  console.error("newsgraph: the CLI is not built (no dist/); run `npm run build` in the newsgraph folder");
  process.exit(1);
}
const { runCli } = await import(entry.href);
const code = await runCli(process.argv.slice(2));
process.exitCode = code;
// Stopped by SIGINT/SIGTERM: end now, even if an input left open (a quiet stdin) would keep the process alive.
if (code === 130 || code === 143) process.exit(code);
