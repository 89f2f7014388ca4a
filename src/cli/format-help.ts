// Help texts for the program and each command, generated from the command declarations.

import type { CliCommand } from "./cli-command.ts";
import type { CommandEntry } from "./cli-commands.ts";
import { GLOBAL_OPTIONS } from "./parse-command-args.ts";

export function formatProgramHelp(commands: readonly CommandEntry[], version: string): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    `newsgraph ${version}: who did what to whom, from news articles`,
    "",
    "Usage: newsgraph <command> [options]",
    "",
    "Commands:",
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    "",
    "Run `newsgraph <command> --help` for a command's options. Add --debug to any command for stack traces.",
    "",
  ].join("\n");
}

export function formatCommandHelp(command: CliCommand, summary: string): string {
  const specs = [...command.options, ...GLOBAL_OPTIONS];
  const left = specs.map((spec) => {
    const short = "short" in spec && spec.short ? `-${spec.short}, ` : "    ";
    const value = spec.type === "string" ? ` ${("valueName" in spec && spec.valueName) || "VALUE"}` : "";
    return `${short}--${spec.name}${value}`;
  });
  const width = Math.max(...left.map((text) => text.length));
  return [
    `Usage: newsgraph ${command.usage}`,
    "",
    summary,
    "",
    "Options:",
    ...specs.map((spec, index) => `  ${left[index]!.padEnd(width)}  ${spec.description}`),
    "",
  ].join("\n");
}
