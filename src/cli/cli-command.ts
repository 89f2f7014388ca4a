// The shape of one CLI command. Each command lives in src/cli/commands/<name>.ts and exports `<name>Command`;
// cli-commands.ts lists them (name, summary, loader) and run-cli.ts dispatches to it. Options are parsed with node:util parseArgs from the declared spec.

import type { Readable, Writable } from "node:stream";
import type { Interruption } from "./interruption.ts";

export interface OptionSpec {
  name: string;
  type: "string" | "boolean";
  short?: string;
  multiple?: boolean;
  /** Placeholder shown in help: `--store DIR`. */
  valueName?: string;
  description: string;
}

/** Everything a command may touch of the outside world; tests pass their own. */
export interface CliContext {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** True when stderr is a terminal (progress bars) . */
  isTTY: boolean;
  debug: boolean;
  /** SIGINT/SIGTERM: commands that stop at a safe point call handleGracefully() and watch it (interruption.ts). */
  interruption: Interruption;
}

export interface ParsedCommandArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export interface CliCommand {
  /** As in CLI_COMMANDS (cli-commands.ts), which also holds the command's one-line summary. */
  name: string;
  /** Usage line without the program name: `extract <path…|-> [--format json|jsonl] [-o FILE]`. */
  usage: string;
  options: OptionSpec[];
  /** Returns the process exit code: 0 success, 1 failure, 2 usage error. */
  run(args: ParsedCommandArgs, context: CliContext): Promise<number>;
}
