// Runs the CLI in-process with captured stdout/stderr, for tests.

import { PassThrough, Readable } from "node:stream";
import { createInterruption, type InterruptionControls } from "../../src/cli/interruption.ts";
import { runCli } from "../../src/cli/run-cli.ts";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCliCaptured(
  argv: string[],
  options: { cwd?: string; stdin?: string; env?: NodeJS.ProcessEnv; interruption?: InterruptionControls } = {},
): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
  const code = await runCli(argv, {
    stdin: Readable.from([options.stdin ?? ""]),
    stdout,
    stderr,
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    isTTY: false,
    debug: argv.includes("--debug"),
    interruption: options.interruption ?? createInterruption(() => {}),
  });
  return { code, stdout: out, stderr: err };
}
