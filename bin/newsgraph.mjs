#!/usr/bin/env node
// Entry point of the `newsgraph` CLI: runs the TypeScript sources through tsx's loader.
import { register } from "tsx/esm/api";

register();
const { runCli } = await import("../src/cli/run-cli.ts");
process.exitCode = await runCli(process.argv.slice(2));
