// Failures of the machine rather than of newsgraph (a full disk, a read-only or damaged store, a permission, a
// missing folder) as one line that says what is wrong and what to do, instead of "internal error: …". Both kinds
// of code are read: Node's file-system codes (ENOSPC, EACCES…, with the path they name) and SQLite's
// (SQLITE_FULL, SQLITE_READONLY…, from the embedded store).

import { NewsgraphError, StoreUnavailableError } from "../../graph-schema/index.ts";

interface SystemError {
  code?: unknown;
  path?: unknown;
  dest?: unknown;
  message?: unknown;
}

const where = (error: SystemError): string => {
  const path = typeof error.dest === "string" ? error.dest : typeof error.path === "string" ? error.path : null;
  return path === null ? "" : ` (${path})`;
};

/** The first line of an SQLite or system message, for the line's detail. */
const detail = (error: SystemError): string => String(error.message ?? "").split("\n")[0] ?? "";

/**
 * The one-line error for a failure of the disk, the file system or the store's database, or null when `error`
 * is none of those (a bug: the caller reports it as internal).
 * @example operatorError(Object.assign(new Error("database or disk is full"), { code: "SQLITE_FULL" }))
 */
export function operatorError(error: unknown): NewsgraphError | null {
  if (error instanceof NewsgraphError || typeof error !== "object" || error === null) return null;
  const e = error as SystemError;
  const code = typeof e.code === "string" ? e.code : "";
  const at = where(e);
  if (code === "ENOSPC" || code === "SQLITE_FULL" || code === "EDQUOT") {
    return new StoreUnavailableError(`the disk is full${at}: nothing more could be written`, {
      cause: error,
      hint: "free some space, or write to another disk (--store DIR, -o PATH); every batch written before is kept",
    });
  }
  if (code === "EROFS" || code.startsWith("SQLITE_READONLY")) {
    return new StoreUnavailableError(`cannot write${at}: it is read-only (${detail(e)})`, {
      cause: error,
      hint: "copy the store to a folder you can write to (cp -r) and use that, or fix its permissions",
    });
  }
  if (code === "EACCES" || code === "EPERM" || code === "SQLITE_PERM" || code === "SQLITE_AUTH") {
    return new StoreUnavailableError(`permission denied${at}`, {
      cause: error,
      hint: "check the permissions of the folder and its files (ls -l), or use another folder",
    });
  }
  if (code === "ENOENT") {
    return new StoreUnavailableError(`no such file or folder${at}`, {
      cause: error,
      hint: "check the path; a folder to write into must exist (mkdir -p it first)",
    });
  }
  if (code === "ENOTDIR") {
    return new StoreUnavailableError(`a part of the path is a file, not a folder${at}`, {
      cause: error,
      hint: "check the path",
    });
  }
  if (code === "EISDIR") {
    return new StoreUnavailableError(`expected a file, found a folder${at}`, {
      cause: error,
      hint: "give a file name",
    });
  }
  if (code === "SQLITE_CORRUPT" || code.startsWith("SQLITE_CORRUPT_") || code === "SQLITE_NOTADB") {
    return new NewsgraphError("STORE_CORRUPT", `the store's database is damaged (${detail(e)})`, {
      cause: error,
      hint: "restore it from a backup, or ingest the articles again into a new --store",
    });
  }
  if (code.startsWith("SQLITE_IOERR") || code === "EIO") {
    return new StoreUnavailableError(`the disk failed to read or write${at} (${code})`, {
      cause: error,
      hint: "check the disk (dmesg, fsck) and try again",
    });
  }
  if (code === "SQLITE_CANTOPEN") {
    return new StoreUnavailableError(`cannot open the store's database file (${detail(e)})`, {
      cause: error,
      hint: "check that its folder exists and can be read",
    });
  }
  if (code === "SQLITE_BUSY" || code.startsWith("SQLITE_BUSY_") || code === "SQLITE_LOCKED") {
    return new StoreUnavailableError(`the store is busy: another process holds its database`, {
      cause: error,
      hint: "wait for it to finish and run the command again",
    });
  }
  return null;
}
