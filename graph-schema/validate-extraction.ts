// Runtime check of the extraction contract (extraction-contract.ts): types, enums, the PLOVER mapping, references
// between records, offsets and confidences. Used by tests and fuzzing, and by anyone reading foreign JSON.

import { ACTOR_TYPES } from "./actor-types.ts";
import { SchemaViolationError } from "./errors.ts";
import { ISO_DATE } from "./iso-date.ts";
import { PUBLISHED_FROM, type ExtractionResult } from "./extraction-contract.ts";
import { PLOVER_EVENT_TYPES } from "./plover.ts";
import { RELATION_TYPES, RELATION_VOCABULARY, isRelationType } from "./relation-vocabulary.ts";

/** Problems listed before the rest are summarised in one line. */
export const MAX_EXTRACTION_PROBLEMS = 100;

export interface ValidateExtractionOptions {
  /** Cleaned text per article id: when given, every offset must fall inside its article's text. */
  texts?: ReadonlyMap<string, string>;
}

type Json = Record<string, unknown>;

const ISO_DATE_OR_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;
const LANGUAGE_CODE = /^[a-z]{2,3}$/;
const OFFSET_KEYS = ["sentence", "subject", "verb", "object"] as const;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const describe = (value: unknown): string =>
  value === null
    ? "null"
    : Array.isArray(value)
      ? "an array"
      : typeof value === "string"
        ? JSON.stringify(value.slice(0, 40))
        : typeof value;

/** Collects problems as `path: expected …, found …` lines. */
class Problems {
  readonly lines: string[] = [];
  private extra = 0;

  add(path: string, expected: string, found: unknown): void {
    if (this.lines.length < MAX_EXTRACTION_PROBLEMS)
      this.lines.push(`${path}: expected ${expected}, found ${describe(found)}`);
    else this.extra++;
  }

  note(line: string): void {
    if (this.lines.length < MAX_EXTRACTION_PROBLEMS) this.lines.push(line);
    else this.extra++;
  }

  done(): string[] {
    return this.extra > 0 ? [...this.lines, `… and ${this.extra} more problems`] : this.lines;
  }

  string(
    record: Json,
    key: string,
    path: string,
    options: { nonEmpty?: boolean; pattern?: RegExp; nullable?: boolean } = {},
  ): void {
    const value = record[key];
    if (value === null && options.nullable) return;
    const what = `${options.nonEmpty ? "a non-empty string" : "a string"}${options.pattern ? ` matching ${options.pattern}` : ""}${options.nullable ? " or null" : ""}`;
    if (
      typeof value !== "string" ||
      (options.nonEmpty && value.length === 0) ||
      (options.pattern && !options.pattern.test(value))
    ) {
      this.add(`${path}.${key}`, what, value);
    }
  }

  boolean(record: Json, key: string, path: string): void {
    if (typeof record[key] !== "boolean") this.add(`${path}.${key}`, "a boolean", record[key]);
  }

  unitInterval(record: Json, key: string, path: string): void {
    const value = record[key];
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > 1)
      this.add(`${path}.${key}`, "a number in 0..1", value);
  }

  oneOf(record: Json, key: string, path: string, allowed: readonly string[], name: string): void {
    const value = record[key];
    if (typeof value !== "string" || !allowed.includes(value)) this.add(`${path}.${key}`, `one of ${name}`, value);
  }

  stringArray(record: Json, key: string, path: string): string[] {
    const value = record[key];
    if (!Array.isArray(value)) {
      this.add(`${path}.${key}`, "an array of strings", value);
      return [];
    }
    value.forEach((item, i) => {
      if (typeof item !== "string") this.add(`${path}.${key}[${i}]`, "a string", item);
    });
    return value.filter((item): item is string => typeof item === "string");
  }

  reference(value: unknown, path: string, ids: ReadonlySet<string>, what: string, nullable: boolean): void {
    if (value === null && nullable) return;
    if (typeof value !== "string" || !ids.has(value))
      this.add(path, `the id of ${what}${nullable ? " or null" : ""}`, value);
  }
}

/** The records of one array field, each with its path, skipping (and reporting) entries that are not objects. */
function records(problems: Problems, root: Json, key: keyof ExtractionResult): Array<[Json, string]> {
  const value = root[key];
  if (!Array.isArray(value)) {
    problems.add(key, "an array", value);
    return [];
  }
  const out: Array<[Json, string]> = [];
  value.forEach((item, i) => {
    if (isObject(item)) out.push([item, `${key}[${i}]`]);
    else problems.add(`${key}[${i}]`, "an object", item);
  });
  return out;
}

function uniqueIds(problems: Problems, list: Array<[Json, string]>, key: string): Set<string> {
  const ids = new Set<string>();
  for (const [record, path] of list) {
    const id = record[key];
    if (typeof id !== "string" || id.length === 0) continue;
    if (ids.has(id)) problems.note(`${path}.${key}: duplicate id ${JSON.stringify(id)}`);
    ids.add(id);
  }
  return ids;
}

function checkArticles(problems: Problems, list: Array<[Json, string]>): void {
  for (const [article, path] of list) {
    problems.string(article, "id", path, { nonEmpty: true });
    problems.string(article, "file", path, { nonEmpty: true });
    problems.string(article, "title", path);
    problems.string(article, "published", path, { pattern: ISO_DATE_OR_TIME, nullable: true });
    problems.string(article, "source", path, { nullable: true });
    problems.string(article, "url", path, { nullable: true });
    problems.string(article, "contentHash", path, { pattern: SHA256_HEX });
    problems.string(article, "language", path, { pattern: LANGUAGE_CODE });
    // Optional (records from before these fields have neither).
    if (article.publishedFrom !== undefined) problems.oneOf(article, "publishedFrom", path, PUBLISHED_FROM, "PUBLISHED_FROM");
    if (article.titleDerived !== undefined) problems.boolean(article, "titleDerived", path);
  }
}

function checkActors(
  problems: Problems,
  list: Array<[Json, string]>,
  actorIds: Set<string>,
  articleIds: Set<string>,
): void {
  for (const [actor, path] of list) {
    problems.string(actor, "id", path, { nonEmpty: true });
    problems.string(actor, "name", path, { nonEmpty: true });
    problems.oneOf(actor, "type", path, ACTOR_TYPES, "ACTOR_TYPES");
    problems.stringArray(actor, "aliases", path);
    problems
      .stringArray(actor, "articles", path)
      .forEach((id, i) => problems.reference(id, `${path}.articles[${i}]`, articleIds, "an article", false));
    problems.reference(actor["affiliation"], `${path}.affiliation`, actorIds, "an actor", true);
    if (actor["affiliation"] !== null && actor["affiliation"] === actor["id"])
      problems.note(`${path}.affiliation: an actor cannot belong to itself`);
    const roles = actor["roles"];
    if (!Array.isArray(roles)) {
      problems.add(`${path}.roles`, "an array", roles);
      continue;
    }
    roles.forEach((role, i) => {
      const rolePath = `${path}.roles[${i}]`;
      if (!isObject(role)) return problems.add(rolePath, "an object", role);
      problems.string(role, "title", rolePath, { nonEmpty: true });
      problems.reference(role["affiliation"], `${rolePath}.affiliation`, actorIds, "an actor", true);
      problems.reference(role["article"], `${rolePath}.article`, articleIds, "an article", false);
      problems.string(role, "date", rolePath, { pattern: ISO_DATE, nullable: true });
    });
  }
}

function checkOffsets(
  problems: Problems,
  relation: Json,
  path: string,
  texts: ReadonlyMap<string, string> | undefined,
): void {
  const offsets = relation["offsets"];
  if (!isObject(offsets)) return problems.add(`${path}.offsets`, "an object", offsets);
  const text = typeof relation["article"] === "string" ? texts?.get(relation["article"]) : undefined;
  for (const key of OFFSET_KEYS) {
    const range = offsets[key];
    const rangePath = `${path}.offsets.${key}`;
    if (
      !Array.isArray(range) ||
      range.length !== 2 ||
      !range.every((n) => Number.isSafeInteger(n) && (n as number) >= 0)
    ) {
      problems.add(rangePath, "a [start, end] pair of non-negative integers", range);
      continue;
    }
    const [start, end] = range as [number, number];
    if (start > end) problems.note(`${rangePath}: start ${start} is after end ${end}`);
    if (text !== undefined && end > text.length)
      problems.note(`${rangePath}: end ${end} is past the article text (${text.length} characters)`);
  }
}

function checkRelations(
  problems: Problems,
  list: Array<[Json, string]>,
  ids: { actors: Set<string>; articles: Set<string> },
  texts: ReadonlyMap<string, string> | undefined,
): void {
  for (const [relation, path] of list) {
    problems.string(relation, "id", path, { nonEmpty: true });
    problems.reference(relation["subject"], `${path}.subject`, ids.actors, "an actor", false);
    problems.reference(relation["object"], `${path}.object`, ids.actors, "an actor", false);
    if (typeof relation["subject"] === "string" && relation["subject"] === relation["object"]) {
      problems.note(`${path}: subject and object are the same actor ${JSON.stringify(relation["subject"])}`);
    }
    problems.oneOf(relation, "type", path, RELATION_TYPES, "RELATION_TYPES");
    problems.oneOf(relation, "plover", path, PLOVER_EVENT_TYPES, "PLOVER_EVENT_TYPES");
    const type = relation["type"];
    if (isRelationType(type) && relation["plover"] !== RELATION_VOCABULARY[type].plover) {
      problems.add(
        `${path}.plover`,
        `${RELATION_VOCABULARY[type].plover} (the PLOVER type of ${type})`,
        relation["plover"],
      );
    }
    problems.reference(relation["article"], `${path}.article`, ids.articles, "an article", false);
    problems.string(relation, "sentence", path, { nonEmpty: true });
    problems.boolean(relation, "negated", path);
    problems.boolean(relation, "hypothetical", path);
    problems.unitInterval(relation, "confidence", path);
    problems.reference(relation["attributedTo"], `${path}.attributedTo`, ids.actors, "an actor", true);
    problems.string(relation, "cue", path, { nonEmpty: true });
    problems.string(relation, "eventDate", path, { pattern: ISO_DATE, nullable: true });
    checkOffsets(problems, relation, path, texts);
  }
}

function checkResponses(problems: Problems, list: Array<[Json, string]>, relationIds: Set<string>): void {
  for (const [response, path] of list) {
    problems.reference(response["from"], `${path}.from`, relationIds, "a relation", false);
    problems.reference(response["to"], `${path}.to`, relationIds, "a relation", false);
    if (typeof response["from"] === "string" && response["from"] === response["to"])
      problems.note(`${path}: a statement cannot answer itself`);
    problems.string(response, "cue", path, { nonEmpty: true });
    const lag = response["lagDays"];
    if (lag !== null && (typeof lag !== "number" || !Number.isFinite(lag) || lag < 0))
      problems.add(`${path}.lagDays`, "a non-negative number or null", lag);
    problems.unitInterval(response, "confidence", path);
  }
}

/**
 * Checks `value` against the extraction contract and returns one readable line per problem (empty when valid).
 * @example
 * const problems = validateExtraction(JSON.parse(readFileSync("out.json", "utf8")));
 * if (problems.length > 0) console.error(problems.join("\n"));
 */
export function validateExtraction(value: unknown, options: ValidateExtractionOptions = {}): string[] {
  const problems = new Problems();
  if (!isObject(value)) {
    problems.add("extraction", "an object with articles, actors, relations and responses", value);
    return problems.done();
  }
  const articles = records(problems, value, "articles");
  const actors = records(problems, value, "actors");
  const relations = records(problems, value, "relations");
  const responses = records(problems, value, "responses");
  const articleIds = uniqueIds(problems, articles, "id");
  const actorIds = uniqueIds(problems, actors, "id");
  const relationIds = uniqueIds(problems, relations, "id");
  checkArticles(problems, articles);
  checkActors(problems, actors, actorIds, articleIds);
  checkRelations(problems, relations, { actors: actorIds, articles: articleIds }, options.texts);
  checkResponses(problems, responses, relationIds);
  return problems.done();
}

/**
 * Throws SchemaViolationError listing the first problems when `value` breaks the extraction contract.
 * @example
 * assertValidExtraction(result, "newsgraph extract");
 */
export function assertValidExtraction(
  value: unknown,
  origin = "extraction",
  options: ValidateExtractionOptions = {},
): asserts value is ExtractionResult {
  const problems = validateExtraction(value, options);
  if (problems.length === 0) return;
  const shown = problems.slice(0, 3).join("; ");
  throw new SchemaViolationError(
    `${origin}: the extraction breaks the contract in ${problems.length} place${problems.length === 1 ? "" : "s"}: ${shown}${problems.length > 3 ? "; …" : ""}`,
    { hint: "see graph-schema/extraction-contract.ts for the expected shape" },
  );
}
