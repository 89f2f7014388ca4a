// Runs `node bin/newsgraph.mjs …` as a child process, for tests that need real exit codes, signals and two
// processes at once.

import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

export const NEWSGRAPH_BIN = fileURLToPath(new URL("../../../bin/newsgraph.mjs", import.meta.url));

export interface ChildRun {
  /** Exit code, or null when a signal ended the process. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface SpawnedCli {
  child: ChildProcess;
  done: Promise<ChildRun>;
  /** What the process has printed on stdout so far. */
  stdoutSoFar(): string;
}

export interface SpawnCliOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** "pipe" keeps the child's stdin open for the test to write (and end); default "ignore". */
  stdin?: "pipe" | "ignore";
}

/** Starts the CLI with `args`; `done` settles when the process ends, however it ends. */
export function spawnCli(args: string[], options: SpawnCliOptions = {}): SpawnedCli {
  const child = spawn(process.execPath, [NEWSGRAPH_BIN, ...args], {
    cwd: options.cwd ?? process.cwd(),
    env: { ...process.env, ...options.env },
    stdio: [options.stdin ?? "ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<ChildRun>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done, stdoutSoFar: () => stdout };
}

/** Runs the CLI to its end. */
export function runCliProcess(args: string[], options: SpawnCliOptions = {}): Promise<ChildRun> {
  return spawnCli(args, options).done;
}
