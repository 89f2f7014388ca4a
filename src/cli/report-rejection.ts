// One line per rejected input on stderr: the file (and line), and why.

import type { Writable } from "node:stream";
import type { InputRejection } from "../../ingest/read/source-article.ts";
import { escapeForTerminal } from "./escape-for-terminal.ts";

/**
 * `skipped FILE: reason` on one line, naming the file once even when the reason starts with it; control and
 * direction-override characters of the file name (and anywhere in the line) are shown escaped.
 */
export function formatRejection(rejection: InputRejection): string {
  let reason = rejection.reason;
  const base = rejection.file.replace(/:\d+$/, "");
  for (const prefix of [`${rejection.file}: `, `${base}: `]) {
    if (reason.startsWith(prefix)) {
      reason = reason.slice(prefix.length);
      break;
    }
  }
  reason = reason.replace(/\s+/g, " ").trim();
  return `newsgraph: skipped ${escapeForTerminal(rejection.file)}: ${escapeForTerminal(reason)}`;
}

export function reportRejection(stderr: Writable, rejection: InputRejection, clearLine: boolean): void {
  stderr.write(`${clearLine ? "\r\x1b[2K" : ""}${formatRejection(rejection)}\n`);
}
