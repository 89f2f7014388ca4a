// The `newsgraph` program: picks the command, parses its options, runs it, and turns errors into one clear line
// (exit 2 for usage, 1 otherwise); --debug adds the stack and causes.

import { readFileSync } from "node:fs";
import { NewsgraphError, UsageError } from "../../graph-schema/errors.ts";
import { packageFile } from "../../ingest/package-files.ts";
import type { CliContext } from "./cli-command.ts";
import { CLI_COMMANDS, type CommandEntry } from "./cli-commands.ts";
import { formatCommandHelp, formatProgramHelp } from "./format-help.ts";
import { processInterruption } from "./interruption.ts";
import { operatorError } from "../store/operator-error.ts";
import { parseCommandArgs } from "./parse-command-args.ts";

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(packageFile("package.json"), "utf8")) as { version?: string };
    return pkg.version ?? "unknown";
  } catch {
    return "unknown";
  }
}

/**
 * A reader that stops early (`newsgraph extract … | head`) closes the pipe: the output has gone where it was
 * wanted, so the process ends quietly instead of with an EPIPE stack trace.
 */
function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

export function defaultCliContext(argv: readonly string[]): CliContext {
  endQuietlyOnClosedPipe(process.stdout);
  endQuietlyOnClosedPipe(process.stderr);
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    isTTY: Boolean(process.stderr.isTTY),
    debug: argv.includes("--debug"),
    interruption: processInterruption(),
  };
}

function describeError(error: unknown, debug: boolean): string {
  if (debug) {
    const parts: string[] = [];
    for (let current: unknown = error; current; current = (current as { cause?: unknown }).cause) {
      parts.push(current instanceof Error ? (current.stack ?? current.message) : String(current));
    }
    return parts.join("\nCaused by: ");
  }
  if (error instanceof NewsgraphError) return error.message;
  const operator = operatorError(error);
  if (operator) return operator.message;
  return `internal error: ${error instanceof Error ? error.message : String(error)} (run again with --debug for details)`;
}

/**
 * Runs the CLI with `argv` (without node and script) and returns the exit code.
 * @example
 * process.exitCode = await runCli(["stats", "--format", "json"]);
 */
export async function runCli(argv: string[], context: CliContext = defaultCliContext(argv)): Promise<number> {
  const [name, ...rest] = argv;
  const commands: readonly CommandEntry[] = CLI_COMMANDS;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    context.stdout.write(formatProgramHelp(commands, packageVersion()));
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "-v") {
    context.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  const entry = commands.find((candidate) => candidate.name === name);
  try {
    if (!entry) {
      throw new UsageError(`unknown command "${name}"; expected one of ${commands.map((c) => c.name).join(", ")}`, {
        hint: "see newsgraph --help",
      });
    }
    const command = await entry.load();
    const args = parseCommandArgs(command, rest);
    if (args.values["help"] === true) {
      context.stdout.write(formatCommandHelp(command, entry.summary));
      return 0;
    }
    return await command.run(args, context);
  } catch (error) {
    context.stderr.write(`newsgraph: ${describeError(error, context.debug)}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
}
