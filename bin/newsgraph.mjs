#!/usr/bin/env node
// Entry point of the `newsgraph` CLI: runs the TypeScript sources through tsx's loader.
import { register } from "tsx/esm/api";

register();
const { runCli } = await import("../src/cli/run-cli.ts");
const code = await runCli(process.argv.slice(2));
process.exitCode = code;
// Stopped by SIGINT/SIGTERM: end now, even if an input left open (a quiet stdin) would keep the process alive.
if (code === 130 || code === 143) process.exit(code);
