// Writes a command's output to stdout or, with -o FILE, atomically to a file (temporary file, then rename), so
// an interrupted run never leaves half a file behind.

import { renameSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { UsageError } from "../../graph-schema/index.ts";
import type { CliContext } from "./cli-command.ts";
import { checkOutputFolder, removeStaleTemporaries, temporaryPathFor } from "./temporary-file.ts";

export function writeOutput(context: CliContext, outputPath: string | undefined, text: string): void {
  if (outputPath === undefined || outputPath === "-") {
    context.stdout.write(text);
    return;
  }
  const path = resolve(context.cwd, outputPath);
  checkOutputFolder(path, outputPath);
  removeStaleTemporaries(path);
  const temporary = temporaryPathFor(path);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new UsageError(`cannot write ${outputPath}: ${(error as Error).message}`, { cause: error });
  }
}
