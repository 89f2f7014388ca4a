// `newsgraph trace`: who responded to whom. Prints the exchanges (A → B → A …) an actor took part in, with
// dates, cues, sentences and articles, from the response links in the store.

import type { StatementView } from "../../../graph-schema/index.ts";
import { buildResponseChains, type ResponseChain } from "../../../ingest/respond/build-response-chains.ts";
import type { DatedStatement } from "../../../ingest/respond/dated-statement.ts";
import type { CliCommand } from "../cli-command.ts";
import { openReaderFromArgs, READER_OPTIONS } from "../open-reader.ts";
import { choiceOption, integerOption, stringOption } from "../parse-command-args.ts";
import { resolveActorArgument } from "../resolve-actor-argument.ts";
import { isIsoDate, UsageError } from "../../../graph-schema/index.ts";

function dateOption(value: string | undefined, name: string): string | undefined {
  if (value !== undefined && !isIsoDate(value)) throw new UsageError(`--${name} must be a date YYYY-MM-DD; found "${value}"`);
  return value;
}

/** The view as the chain builder's statement (ordering needs ids, actors, dates and positions). */
function asDatedStatement(view: StatementView): DatedStatement {
  return {
    id: view.id,
    subject: view.subject.id,
    object: view.object.id,
    type: view.type,
    plover: view.plover,
    article: view.article.id,
    sentence: view.sentence,
    negated: view.negated,
    hypothetical: view.hypothetical,
    confidence: view.confidence,
    attributedTo: view.attributedTo?.id ?? null,
    cue: view.cue,
    eventDate: view.eventDate,
    offsets: { sentence: [0, view.sentence.length], ...view.highlight },
    date: view.eventDate ?? view.article.published,
  };
}

export interface TracedChain {
  actors: string[];
  first: string | null;
  last: string | null;
  steps: { statement: StatementView; respondsTo: string | null; cue: string | null; lagDays: number | null; confidence: number | null }[];
}

export function formatChainsText(chains: TracedChain[], title: string): string {
  if (chains.length === 0) return `${title}: no response links found.\n`;
  const lines = [`${title}: ${chains.length} exchange${chains.length === 1 ? "" : "s"}`, ""];
  chains.forEach((chain, index) => {
    const names = [...new Set(chain.steps.flatMap((s) => [s.statement.subject.name, s.statement.object.name]))];
    lines.push(`Exchange ${index + 1}: ${names.join(" / ")} (${chain.first ?? "?"} → ${chain.last ?? "?"}, ${chain.steps.length} statements)`);
    for (const step of chain.steps) {
      const s = step.statement;
      const date = s.eventDate ?? s.article.published?.slice(0, 10) ?? "undated   ";
      const dated = s.eventDate === null && s.article.publishedFrom === "file-name" ? " (date from the file name)" : "";
      const marks = [s.negated ? "negated" : "", s.hypothetical ? "hypothetical" : ""].filter(Boolean).join(", ");
      const answer = step.respondsTo
        ? `  ↩ answers ${step.respondsTo} (“${step.cue}”, ${step.lagDays ?? "?"} days, confidence ${step.confidence?.toFixed(2)})`
        : "";
      lines.push(`  ${date}  ${s.subject.name} ${s.type} ${s.object.name}${marks ? ` [${marks}]` : ""}  [${s.id}]${answer}`);
      lines.push(`              “${s.sentence}”`);
      lines.push(`              ${s.article.title}${s.article.source ? ` (${s.article.source})` : ""}${s.article.url ? ` ${s.article.url}` : ""}${dated}`);
    }
    lines.push("");
  });
  return lines.join("\n");
}

export const traceCommand: CliCommand = {
  name: "trace",
  usage: "trace <actor> [--with <actor>] [--since DATE] [--until DATE] [--store DIR | --neo4j URI] [--format text|json]",
  options: [
    { name: "with", type: "string", valueName: "ACTOR", description: "only exchanges between the two actors" },
    { name: "since", type: "string", valueName: "DATE", description: "only responses made on or after DATE (YYYY-MM-DD)" },
    { name: "until", type: "string", valueName: "DATE", description: "only responses to statements made on or before DATE" },
    { name: "limit", type: "string", valueName: "N", description: "at most N response links (default 2000)" },
    { name: "format", type: "string", valueName: "text|json", description: "output format (default text)" },
    ...READER_OPTIONS,
  ],
  async run(args, context) {
    if (args.positionals.length !== 1) throw new UsageError("trace: give one actor (name or id)", { hint: "see newsgraph trace --help" });
    const format = choiceOption(args, "format", ["text", "json"] as const, "text");
    const since = dateOption(stringOption(args, "since"), "since");
    const until = dateOption(stringOption(args, "until"), "until");
    const limit = integerOption(args, "limit", 2_000, 1, 100_000);
    const reader = await openReaderFromArgs(args, context);
    try {
      const actor = await resolveActorArgument(reader, args.positionals[0]!, "trace");
      const otherName = stringOption(args, "with");
      const other = otherName ? await resolveActorArgument(reader, otherName, "--with") : null;
      const links = await reader.responseThreads({
        actor: actor.id,
        ...(other ? { with: other.id } : {}),
        ...(since ? { since } : {}),
        ...(until ? { until } : {}),
        limit,
      });
      const views = new Map<string, StatementView>();
      for (const link of links) {
        views.set(link.from.id, link.from);
        views.set(link.to.id, link.to);
      }
      const chains: ResponseChain[] = buildResponseChains(
        links.map((link) => ({ from: link.from.id, to: link.to.id, cue: link.cue, lagDays: link.lagDays, confidence: link.confidence })),
        [...views.values()].map(asDatedStatement),
      );
      const traced: TracedChain[] = chains.map((chain) => ({
        actors: chain.actors,
        first: chain.first,
        last: chain.last,
        steps: chain.steps.map((step) => ({
          statement: views.get(step.statement.id)!,
          respondsTo: step.respondsTo,
          cue: step.cue,
          lagDays: step.lagDays,
          confidence: step.confidence,
        })),
      }));
      const title = other ? `${actor.name} and ${other.name}` : actor.name;
      context.stdout.write(format === "json" ? `${JSON.stringify({ actor, with: other, chains: traced }, null, 2)}\n` : formatChainsText(traced, title));
      return 0;
    } finally {
      await reader.close();
    }
  },
};
