// Files written whole or not at all: the text goes to `PATH.PID.tmp`, renamed onto PATH when complete. A run
// stopped by a signal removes its temporary files (Interruption.onForcedExit); one killed outright (kill -9)
// leaves `PATH.PID.tmp`, which the next run writing PATH removes once that process is gone.

import { readdirSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { UsageError } from "../../graph-schema/index.ts";

/** Throws a one-line UsageError unless the folder `path` is to be written into exists. */
export function checkOutputFolder(path: string, shown: string = path): void {
  const folder = dirname(path);
  const info = statSync(folder, { throwIfNoEntry: false });
  if (!info)
    throw new UsageError(`cannot write ${shown}: the folder ${folder} does not exist`, {
      hint: `create it first (mkdir -p ${folder})`,
    });
  if (!info.isDirectory()) throw new UsageError(`cannot write ${shown}: ${folder} is a file, not a folder`);
}

/** Where `path` is written before it is renamed into place. */
export const temporaryPathFor = (path: string): string => `${path}.${process.pid}.tmp`;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes the temporary files of `path` left by processes that no longer run. */
export function removeStaleTemporaries(path: string): void {
  const name = basename(path);
  let entries: string[];
  try {
    entries = readdirSync(dirname(path));
  } catch {
    return; // no folder yet: nothing left behind
  }
  for (const entry of entries) {
    if (!entry.startsWith(`${name}.`) || !entry.endsWith(".tmp")) continue;
    const pid = Number(entry.slice(name.length + 1, -".tmp".length));
    if (Number.isSafeInteger(pid) && pid > 0 && pid !== process.pid && !isRunning(pid)) {
      rmSync(join(dirname(path), entry), { force: true });
    }
  }
}
