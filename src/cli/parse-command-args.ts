// Parses one command's arguments from its declared options (node:util parseArgs), turning parse failures into
// UsageErrors that name the command and the fix.

import { parseArgs } from "node:util";
import { UsageError } from "../../graph-schema/errors.ts";
import type { CliCommand, ParsedCommandArgs } from "./cli-command.ts";

/** Options every command accepts. */
export const GLOBAL_OPTIONS = [
  { name: "help", type: "boolean", short: "h", description: "show this command's help" },
  { name: "debug", type: "boolean", description: "show stack traces and internal details of errors" },
] as const;

export function parseCommandArgs(command: CliCommand, argv: string[]): ParsedCommandArgs {
  const options: Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }> = {};
  for (const spec of [...GLOBAL_OPTIONS, ...command.options]) {
    options[spec.name] = { type: spec.type };
    if ("short" in spec && spec.short) options[spec.name]!.short = spec.short;
    if ("multiple" in spec && spec.multiple) options[spec.name]!.multiple = true;
  }
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: values as ParsedCommandArgs["values"], positionals };
  } catch (error) {
    const message = (error as Error).message
      .replace(/\. To specify a positional argument.*$/s, "")
      .replace(/\s*\n\s*/g, " ");
    throw new UsageError(`${command.name}: ${message}`, {
      cause: error,
      hint: `see newsgraph ${command.name} --help`,
    });
  }
}

/** Reads a string option, or undefined. */
export function stringOption(args: ParsedCommandArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === "string" ? value : undefined;
}

export function stringListOption(args: ParsedCommandArgs, name: string): string[] {
  const value = args.values[name];
  return Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
}

export function booleanOption(args: ParsedCommandArgs, name: string): boolean {
  return args.values[name] === true;
}

/** A whole-number option within bounds, or the default. */
export function integerOption(args: ParsedCommandArgs, name: string, fallback: number, min: number, max: number): number {
  const raw = stringOption(args, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}; found "${raw}"`);
  }
  return value;
}

/** One of the allowed values, or the default. */
export function choiceOption<T extends string>(args: ParsedCommandArgs, name: string, allowed: readonly T[], fallback: T): T {
  const raw = stringOption(args, name);
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(", ")}; found "${raw}"`);
  }
  return raw as T;
}
