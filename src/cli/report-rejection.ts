// One line per rejected input on stderr: the file (and line), and why.

import type { Writable } from "node:stream";
import type { InputRejection } from "../../ingest/read/source-article.ts";

export function formatRejection(rejection: InputRejection): string {
  return `newsgraph: skipped ${rejection.file}: ${rejection.reason}`;
}

export function reportRejection(stderr: Writable, rejection: InputRejection, clearLine: boolean): void {
  stderr.write(`${clearLine ? "\r\x1b[2K" : ""}${formatRejection(rejection)}\n`);
}
