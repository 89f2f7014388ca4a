// Incremental ingest into any GraphStore: read and clean, skip articles the store already holds (content hash),
// extract the new ones, resolve their actors against the store's, link responses to stored statements, and
// write one batch at a time so an interrupted run keeps every finished batch.

import type { ArticleRecord, PublishedFrom } from "../../graph-schema/index.ts";
import type { BatchExtractor, ExtractOutcome } from "../../ingest/pipeline/batch-extractor.ts";
import type { CleanedArticle } from "../../ingest/pipeline/cleaned-article.ts";
import { readCleanArticles, type ReadCleanOptions } from "../../ingest/pipeline/read-clean-articles.ts";
import type { InputRejection } from "../../ingest/read/source-article.ts";
import type { ActorRegistryOptions } from "../../ingest/resolve/actor-registry-options.ts";
import { createActorRegistry, type ActorRegistry } from "../../ingest/resolve/create-actor-registry.ts";
import { createResponseLinker } from "../../ingest/respond/create-response-linker.ts";
import { datedStatement } from "../../ingest/respond/dated-statement.ts";
import { createInMemoryResponseHistory } from "../../ingest/respond/response-history.ts";
import type { ResponseLinkerOptions } from "../../ingest/respond/response-linker-options.ts";
import type { GraphStore, StoredArticle } from "../store/graph-store.ts";
import { planRelinking } from "./plan-relinking.ts";

export interface IngestProgress {
  /** Articles expected, from a look at the inputs before reading (null when stdin is read). */
  total: number | null;
  read: number;
  added: number;
  unchanged: number;
  rejected: number;
  statements: number;
}

export interface IngestOptions {
  store: GraphStore;
  extractor: BatchExtractor;
  /** Articles per write transaction. */
  batchSize: number;
  readClean: Partial<ReadCleanOptions>;
  registry: Partial<ActorRegistryOptions>;
  responses: Partial<ResponseLinkerOptions>;
  onProgress?: (progress: IngestProgress) => void;
  /** Each rejected input as it happens; the summary keeps only their number. */
  onRejection?: (rejection: InputRejection) => void;
  /**
   * Stops the run at a safe point when aborted (SIGINT/SIGTERM): no more input is read, the batches already handed
   * to the extractor are written, the articles read but not yet handed over are left for the next run.
   */
  signal?: AbortSignal;
}

export const DEFAULT_INGEST_BATCH_SIZE = 500;

/** How the run's articles were dated, and why some were not. */
export interface DatingSummary {
  /** Articles dated by each source of a date. */
  from: Record<PublishedFrom, number>;
  undated: number;
  /** Articles whose given date could not be read (counted in `undated` unless a date line or file name dated them). */
  unreadable: number;
  /** An example of an unreadable date, for the message. */
  unreadableExample: string | null;
  /** Metadata sidecars read, and how many files they describe. */
  sidecars: string[];
  described: number;
}

export interface IngestSummary {
  /** Inputs read (articles and rejections). */
  read: number;
  dating: DatingSummary;
  /** Paragraphs dropped because they recur across the run's articles of one source, and in how many articles. */
  repeatedParagraphs: { paragraphs: number; articles: number };
  added: number;
  unchanged: number;
  /** Inputs rejected (each was reported through onRejection). */
  rejected: number;
  /** True when `signal` stopped the run before the input ended. */
  interrupted: boolean;
  newStatements: number;
  newResponses: number;
  newActors: number;
  /** Totals in the store after the run. */
  actors: number;
  statements: number;
  articles: number;
  seconds: number;
}

/** A registry over the store's actors, and what the store holds as each one's affiliation. */
interface OpenedRegistry {
  registry: ActorRegistry;
  /** Response history reads statements by a body's members through these, so a changed one is written first. */
  storedAffiliations: Map<string, string | null>;
}

function countDating(dating: DatingSummary, record: ArticleRecord, unreadableDate: string | null): void {
  if (record.publishedFrom) dating.from[record.publishedFrom]++;
  else dating.undated++;
  if (unreadableDate !== null) {
    dating.unreadable++;
    dating.unreadableExample ??= unreadableDate;
  }
}

/** A one-shot signal: `fired` resolves once `fire()` is called. */
function createSignal(): { fired: Promise<void>; fire: () => void } {
  let fire = (): void => {};
  const fired = new Promise<void>((resolve) => (fire = resolve));
  return { fired, fire };
}

/** Opens the registry over the store's actors and folds into the store what the alias file merges. */
async function openRegistry(store: GraphStore, options: Partial<ActorRegistryOptions>): Promise<OpenedRegistry> {
  const known = await store.knownActors();
  const storedAffiliations = new Map(known.map((actor) => [actor.id, actor.affiliation]));
  const registry = createActorRegistry(known, options);
  // The alias file may merge actors the store already holds: fold them before anything new refers to them.
  const remapped = registry.remappedIds();
  if (remapped.size > 0) {
    const changed = registry.changedActors();
    await store.write({ articles: [], actors: changed, relations: [], responses: [] });
    await store.remapActors(remapped);
    for (const actor of changed) storedAffiliations.set(actor.id, actor.affiliation);
  }
  return { registry, storedAffiliations };
}

const ABORTED = Symbol("aborted");

/**
 * The events of `events`, then ABORTED as soon as `signal` is aborted, even while the next event is awaited (a
 * quiet stdin); the event being read then is left unread.
 */
async function* untilAborted<T>(
  events: AsyncIterable<T>,
  signal: AbortSignal | undefined,
): AsyncGenerator<T | typeof ABORTED> {
  const iterator = events[Symbol.asyncIterator]();
  try {
    for (;;) {
      if (signal?.aborted) return yield ABORTED;
      const next = iterator.next();
      // One listener per wait, removed once the event comes: racing a promise that lives for the whole run would
      // keep a reaction per event (a million rejected lines: hundreds of MB).
      const result = await new Promise<IteratorResult<T> | typeof ABORTED>((resolve, reject) => {
        const onAbort = (): void => resolve(ABORTED);
        signal?.addEventListener("abort", onAbort, { once: true });
        next.then(
          (value) => {
            signal?.removeEventListener("abort", onAbort);
            resolve(value);
          },
          (error: unknown) => {
            signal?.removeEventListener("abort", onAbort);
            reject(error);
          },
        );
      });
      if (result === ABORTED) return yield ABORTED;
      if (result.done) return;
      yield result.value;
    }
  } finally {
    // Lets the reader close its files (after the read in flight, if any).
    iterator.return?.(undefined)?.catch(() => undefined);
  }
}

/**
 * Ingests `inputs` into `options.store`; safe to re-run (unchanged articles are skipped, writes are upserts).
 * @example
 * const summary = await ingestIntoStore(["news/"], { store, extractor: createInProcessExtractor(), batchSize: 200,
 *   readClean: {}, registry: {}, responses: {} });
 */
export async function ingestIntoStore(inputs: string[], options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const { store } = options;
  const before = await store.totals();
  // Opened when the first batch is handed to the extractor, so reading the store's actors overlaps extracting it
  // (seconds at 100k articles); a run that adds nothing opens it only to fold what the alias file merges.
  let opened: Promise<OpenedRegistry> | null = null;
  const registryReady = (): Promise<OpenedRegistry> => {
    if (opened === null) {
      opened = openRegistry(store, options.registry);
      opened.catch(() => undefined); // it may fail while the extraction is awaited: it surfaces where awaited
    }
    return opened;
  };
  const linker = createResponseLinker(options.responses);
  const progress: IngestProgress = { total: null, read: 0, added: 0, unchanged: 0, rejected: 0, statements: 0 };
  const dating: DatingSummary = {
    from: { input: 0, sidecar: 0, text: 0, "file-name": 0 },
    undated: 0,
    unreadable: 0,
    unreadableExample: null,
    sidecars: [],
    described: 0,
  };
  const repeated = { paragraphs: 0, articles: 0 };
  const read = options.readClean.read ?? {};
  const readClean: Partial<ReadCleanOptions> = {
    ...options.readClean,
    read: {
      ...read,
      onPlan: (plan) => {
        progress.total = plan.articles;
        dating.sidecars = plan.sidecars;
        dating.described = plan.described;
        read.onPlan?.(plan);
        options.onProgress?.(progress);
      },
    },
  };
  let newResponses = 0;
  let interrupted = false;
  let pending: CleanedArticle[] = [];

  let tail: Promise<void> = Promise.resolve();
  // Resolving and writing a batch keeps this thread busy for long stretches (seconds on a large store), and the
  // reading loop, which hands the next batch to the workers, runs on this thread too: a batch is written only
  // once the next one is extracting (or the input has ended), so the workers never wait for this thread.
  let nextHandedOver = createSignal();
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    const known = await store.knownContentHashes(batch.map((article) => article.record.contentHash));
    const fresh = batch.filter((article) => !known.has(article.record.contentHash));
    progress.unchanged += batch.length - fresh.length;
    if (fresh.length === 0) {
      nextHandedOver.fire(); // nothing for the workers: the batch before is written now, not after the next one
      options.onProgress?.(progress);
      return;
    }
    // Extraction of this batch (on the worker threads) overlaps resolving and writing the previous one; at most
    // one batch waits behind the one being written, so memory stays bounded.
    const extraction = options.extractor.extractBatch(fresh);
    extraction.catch(() => undefined); // its failure surfaces where it is awaited, below
    nextHandedOver.fire();
    const handedOver = (nextHandedOver = createSignal());
    const previous = tail;
    tail = (async () => {
      await previous;
      const ready = registryReady();
      const outcomes = await extraction;
      await handedOver.fired;
      await resolveAndWrite(fresh, outcomes, await ready);
    })();
    tail.catch(() => undefined); // a failed batch surfaces where `tail` is awaited: the next flush or the end
    await previous;
  };

  const resolveAndWrite = async (
    fresh: CleanedArticle[],
    outcomes: ExtractOutcome[],
    { registry, storedAffiliations }: OpenedRegistry,
  ): Promise<void> => {
    const extracted = new Set<string>();
    const resolved = outcomes.flatMap((outcome) => {
      if (outcome.kind === "failed") {
        const rejection: InputRejection = { file: outcome.file, code: outcome.code ?? "MALFORMED", reason: outcome.reason };
        progress.rejected++;
        options.onRejection?.(rejection);
        return [];
      }
      extracted.add(outcome.extraction.article.id);
      return [registry.resolve(outcome.extraction)];
    });
    const relations = resolved.flatMap((article) => article.relations);
    const articles = new Map<string, ArticleRecord>(resolved.map((article) => [article.article.id, article.article]));
    const affiliations = registry.affiliations();
    const affiliationOf = (id: string): string | null => affiliations.get(id) ?? null;
    // The store answers history requests by its actors' affiliations (a body's members): bring the changed ones
    // up to date first. Upserts only; every actor of the batch is written below, with its articles, in one
    // transaction. New actors have no stored statements, so they can wait for it.
    const actors = registry.changedActors();
    const moved = actors.filter(
      (actor) => storedAffiliations.has(actor.id) && storedAffiliations.get(actor.id) !== actor.affiliation,
    );
    if (moved.length > 0) await store.write({ articles: [], actors: moved, relations: [], responses: [] });
    for (const actor of actors) storedAffiliations.set(actor.id, actor.affiliation);
    // Stored statements that may answer a new one (dated after it), and those the moved actors' new affiliations
    // may link differently, are linked again with the new ones, so the links do not depend on batching or input
    // order: the same as linking everything at once (`extract`).
    const newStatements = relations.map((relation) => datedStatement(relation, articles));
    const movedIds = moved.map((actor) => actor.id);
    const { revisit, currentAnswers, fromHistory } = await planRelinking(
      store,
      linker,
      newStatements,
      movedIds,
      affiliationOf,
    );
    const requests = linker.historyRequests(relations, articles, affiliationOf, fromHistory);
    const history = createInMemoryResponseHistory(await store.statementsBetween(requests), [], affiliationOf);
    const responses = linker.link(relations, articles, history, revisit, currentAnswers);
    const stored: StoredArticle[] = fresh
      .filter(({ record }) => extracted.has(record.id))
      .map(({ record, text }) => ({ ...record, text }));
    const written = await store.write({
      articles: stored,
      actors,
      relations,
      responses,
      relinked: revisit.map((statement) => statement.id),
    });
    progress.added += written.articles;
    progress.statements += written.relations;
    newResponses += written.responses;
    options.onProgress?.(progress);
  };

  // Cleaning runs on the extraction workers too: this thread keeps the work that must see every article in order.
  try {
    for await (const event of untilAborted(
      readCleanArticles(inputs, readClean, options.extractor),
      options.signal,
    )) {
      if (event === ABORTED) {
        interrupted = true;
        break;
      }
      progress.read++;
      if (event.kind === "rejected") {
        progress.rejected++;
        options.onRejection?.(event.rejection);
        continue;
      }
      countDating(dating, event.article.record, event.notes?.unreadableDate ?? null);
      if ((event.notes?.repeatedParagraphs ?? 0) > 0) {
        repeated.paragraphs += event.notes!.repeatedParagraphs;
        repeated.articles++;
      }
      pending.push(event.article);
      if (pending.length < options.batchSize) continue;
      await flush();
      // Extraction in-process and the embedded store answer at once: without a turn of the event loop between
      // batches, a run of resolved promises would hold back signals (and timers) until the input chunk ends.
      await new Promise((resolve) => setImmediate(resolve));
    }
    // Interrupted, the articles not yet handed to the extractor wait for the next run (re-ingesting skips the rest).
    if (!interrupted) await flush();
  } catch (error) {
    // The batches already extracted are written before the failure surfaces (the caller closes the store then).
    nextHandedOver.fire();
    await tail.catch(() => undefined);
    throw error;
  }
  nextHandedOver.fire(); // no batch follows: the last one is written now
  await tail;
  if (opened === null && (options.registry.overrides?.merge.length ?? 0) > 0) await registryReady();
  const after = await store.totals();
  return {
    read: progress.read,
    dating,
    repeatedParagraphs: repeated,
    added: progress.added,
    unchanged: progress.unchanged,
    rejected: progress.rejected,
    interrupted,
    newStatements: progress.statements,
    newResponses,
    newActors: after.actors - before.actors,
    actors: after.actors,
    statements: after.relations,
    articles: after.articles,
    seconds: (performance.now() - started) / 1000,
  };
}
