// Where exporters write text: a stream (stdout, a file) with backpressure, or a string buffer for tests.

import { once } from "node:events";
import type { Writable } from "node:stream";

export interface TextSink {
  write(text: string): Promise<void>;
}

/** A sink over a Node stream that waits for `drain` when the stream's buffer is full. */
export function streamSink(stream: Writable): TextSink {
  return {
    async write(text: string): Promise<void> {
      if (!stream.write(text)) await once(stream, "drain");
    },
  };
}

/** A sink that keeps everything written, for tests and small exports. */
export function stringSink(): TextSink & { text(): string } {
  const parts: string[] = [];
  return {
    write: (text) => {
      parts.push(text);
      return Promise.resolve();
    },
    text: () => parts.join(""),
  };
}
