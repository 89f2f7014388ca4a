// Finds and loads the syntax model shipped with newsgraph (models/en-news-syntax.bin at the package root), once per
// thread: extraction workers each call loadSyntaxModel() and share nothing. No network, no other runtime.

import { existsSync, readFileSync } from "node:fs";
import { NewsgraphError } from "../../graph-schema/index.ts";
import { packageFile } from "../package-files.ts";
import { readSyntaxModel } from "./model/syntax-model-file.ts";
import { SyntaxModel } from "./syntax-model.ts";

/** The shipped model's file name under the package's models/ folder. */
export const SYNTAX_MODEL_FILE = "en-news-syntax.bin";

/** The shipped model's path in the package. */
function packageModelPath(): string {
  const path = packageFile("models", SYNTAX_MODEL_FILE);
  if (existsSync(path)) return path;
  throw new NewsgraphError("INTERNAL", `ingest/syntax: the syntax model models/${SYNTAX_MODEL_FILE} is missing`, {
    hint: "reinstall newsgraph, or train one with `npm run train:parser`",
  });
}

/** Reads a syntax model from a file. */
export function readSyntaxModelFile(path: string): SyntaxModel {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (cause) {
    throw new NewsgraphError("INVALID_INPUT", `ingest/syntax: cannot read the syntax model ${path}`, { cause });
  }
  try {
    return new SyntaxModel(readSyntaxModel(bytes).parts);
  } catch (cause) {
    throw new NewsgraphError(
      "INVALID_INPUT",
      `ingest/syntax: ${path} is not a newsgraph syntax model (${String(cause)})`,
      {
        cause,
        hint: "use a file written by `npm run train:parser`",
      },
    );
  }
}

let shared: SyntaxModel | null = null;

/** The thread's shared syntax model (loaded on first use, about 0.15 s). */
export function loadSyntaxModel(): SyntaxModel {
  shared ??= readSyntaxModelFile(packageModelPath());
  return shared;
}
