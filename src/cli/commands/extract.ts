// `newsgraph extract`: stateless extraction of the given inputs into the extraction contract (JSON or JSONL).

import { UsageError } from "../../../graph-schema/index.ts";
import { extractDocuments } from "../../../ingest/pipeline/extract-documents.ts";
import type { CliCommand } from "../cli-command.ts";
import { booleanOption, choiceOption, stringOption } from "../parse-command-args.ts";
import { PIPELINE_OPTIONS, pipelineSetupFromArgs } from "../pipeline-options.ts";
import { reportRejection } from "../report-rejection.ts";
import { writeOutput } from "../write-output.ts";

export const extractCommand: CliCommand = {
  name: "extract",
  usage: "extract <path…|-> [--format json|jsonl] [--with-text] [-o FILE]",
  options: [
    { name: "format", type: "string", valueName: "json|jsonl", description: "json: one object; jsonl: one record per line with a kind" },
    { name: "output", type: "string", short: "o", valueName: "FILE", description: "write to FILE instead of stdout" },
    {
      name: "with-text",
      type: "boolean",
      description: "give each article its cleaned text, which the statements' character offsets point into",
    },
    ...PIPELINE_OPTIONS,
  ],
  async run(args, context) {
    if (args.positionals.length === 0) {
      throw new UsageError("extract: give at least one file, folder or - for stdin", { hint: "see newsgraph extract --help" });
    }
    const format = choiceOption(args, "format", ["json", "jsonl"] as const, "json");
    const setup = pipelineSetupFromArgs(args, context, null);
    try {
      const result = await extractDocuments(args.positionals, {
        extractor: setup.extractor,
        readClean: setup.readClean,
        registry: { overrides: setup.overrides },
        withText: booleanOption(args, "with-text"),
        onRejection: (rejection) => reportRejection(context.stderr, rejection, false),
      });
      const { rejected, ...contract } = result;
      const text =
        format === "json"
          ? `${JSON.stringify(contract, null, 2)}\n`
          : [
              ...contract.articles.map((record) => ({ kind: "article", ...record })),
              ...contract.actors.map((record) => ({ kind: "actor", ...record })),
              ...contract.relations.map((record) => ({ kind: "relation", ...record })),
              ...contract.responses.map((record) => ({ kind: "response", ...record })),
            ]
              .map((line) => JSON.stringify(line))
              .join("\n") + "\n";
      writeOutput(context, stringOption(args, "output"), text);
      context.stderr.write(
        `newsgraph: extracted ${contract.articles.length} articles, ${contract.actors.length} actors, ${contract.relations.length} statements` +
          (rejected ? `; skipped ${rejected} inputs\n` : "\n"),
      );
      return contract.articles.length === 0 && rejected > 0 ? 1 : 0;
    } finally {
      await setup.extractor.close();
    }
  },
};
