// `newsgraph export --format gexf|graphml|csv|json|cypher [-o PATH] [--store DIR | --neo4j URI]`: writes the whole
// store (either backend) for Gephi, yEd, neo4j-admin import, other tools or cypher-shell.

import { createWriteStream, mkdirSync, renameSync, rmSync } from "node:fs";
import { finished } from "node:stream/promises";
import { join, resolve } from "node:path";
import { UsageError } from "../../../graph-schema/index.ts";
import { EXPORT_FORMATS, exportGraph, type ExportTarget } from "../../export/export-graph.ts";
import { streamSink, type TextSink } from "../../export/text-sink.ts";
import type { GraphStore } from "../../store/graph-store.ts";
import type { CliCommand, CliContext, ParsedCommandArgs } from "../cli-command.ts";
import { openReaderFromArgs, READER_OPTIONS } from "../open-reader.ts";
import { choiceOption, stringOption } from "../parse-command-args.ts";
import { checkOutputFolder, removeStaleTemporaries, temporaryPathFor } from "../temporary-file.ts";

/** A file sink that writes to `PATH.PID.tmp` and renames on close, so an interrupted export leaves no half file. */
function fileSink(path: string): TextSink & { close(): Promise<void>; abort(): void } {
  removeStaleTemporaries(path);
  const temporary = temporaryPathFor(path);
  const stream = createWriteStream(temporary);
  const sink = streamSink(stream);
  return {
    write: sink.write,
    async close() {
      stream.end();
      await finished(stream);
      renameSync(temporary, path);
    },
    abort() {
      stream.destroy();
      rmSync(temporary, { force: true });
    },
  };
}

function exportTarget(
  output: string | undefined,
  context: CliContext,
  folder: boolean,
): { target: ExportTarget; done(): Promise<void>; abort(): void } {
  const open: Array<ReturnType<typeof fileSink>> = [];
  const openFile = async (name: string) => {
    const sink = fileSink(join(resolve(context.cwd, output ?? "."), name));
    open.push(sink);
    return sink;
  };
  if (folder) {
    mkdirSync(resolve(context.cwd, output!), { recursive: true });
    return {
      target: { sink: () => Promise.reject(new Error("csv exports to a folder")), openFile },
      done: async () => {},
      abort: () => open.forEach((s) => s.abort()),
    };
  }
  if (output === undefined || output === "-") {
    return {
      target: { sink: async () => streamSink(context.stdout), openFile },
      done: async () => {},
      abort: () => {},
    };
  }
  checkOutputFolder(resolve(context.cwd, output), output);
  const single = fileSink(resolve(context.cwd, output));
  return { target: { sink: async () => single, openFile }, done: () => single.close(), abort: () => single.abort() };
}

export type OpenExportSource = (args: ParsedCommandArgs, context: CliContext) => Promise<GraphStore>;

export function createExportCommand(openSource: OpenExportSource = openReaderFromArgs): CliCommand {
  return {
    name: "export",
    usage: "export --format gexf|graphml|csv|json|cypher [-o PATH] [--store DIR | --neo4j URI]",
    options: [
      { name: "format", type: "string", valueName: EXPORT_FORMATS.join("|"), description: "output format (required)" },
      {
        name: "output",
        short: "o",
        type: "string",
        valueName: "PATH",
        description: "output file (csv: folder, required); default stdout",
      },
      ...READER_OPTIONS,
    ],
    async run(args, context) {
      if (stringOption(args, "format") === undefined) {
        throw new UsageError(`export: --format is required (${EXPORT_FORMATS.join(", ")})`, {
          hint: "see newsgraph export --help",
        });
      }
      const format = choiceOption(args, "format", EXPORT_FORMATS, "json");
      const output = stringOption(args, "output");
      if (format === "csv" && (output === undefined || output === "-")) {
        throw new UsageError("export: --format csv writes a folder of files; give it with -o DIR");
      }
      if (args.positionals.length > 0)
        throw new UsageError(`export: unexpected argument ${JSON.stringify(args.positionals[0])}`);
      const source = await openSource(args, context);
      const { target, done, abort } = exportTarget(output, context, format === "csv");
      // Stopped by a signal, the export ends at once and takes its unfinished files with it.
      const unregister = context.interruption.onForcedExit(abort);
      try {
        await exportGraph(format, source, target);
        await done();
      } catch (error) {
        abort();
        throw error;
      } finally {
        unregister();
        await source.close();
      }
      if (output !== undefined && output !== "-")
        context.stderr.write(`exported ${source.location} as ${format} to ${output}\n`);
      return 0;
    },
  };
}

export const exportCommand: CliCommand = createExportCommand();
