// Errors with a stable code. Messages name the origin, what was expected, what was found and the fix;
// the CLI prints `message` as one line for user errors and the stack only with --debug.

export const ERROR_CODES = [
  "USAGE",
  "INVALID_INPUT",
  "SCHEMA_VIOLATION",
  "STORE_UNAVAILABLE",
  "STORE_LOCKED",
  "STORE_CORRUPT",
  "NOT_FOUND",
  "LIMIT_EXCEEDED",
  "INTERNAL",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface NewsgraphErrorOptions {
  cause?: unknown;
  /** How to fix it, one short sentence; appended to the message. */
  hint?: string;
}

export class NewsgraphError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;

  constructor(code: ErrorCode, message: string, options: NewsgraphErrorOptions = {}) {
    super(options.hint ? `${message}; ${options.hint}` : message, { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.hint = options.hint;
  }

  /** True when the user can fix it (bad arguments or input), so no stack trace is shown. */
  get isUserError(): boolean {
    return this.code !== "INTERNAL";
  }
}

/** Bad command-line usage: unknown option, missing argument. Exit code 2. */
export class UsageError extends NewsgraphError {
  constructor(message: string, options: NewsgraphErrorOptions = {}) {
    super("USAGE", message, options);
  }
}

/** An input that cannot be read as an article (empty, binary, malformed). */
export class InvalidInputError extends NewsgraphError {
  constructor(message: string, options: NewsgraphErrorOptions = {}) {
    super("INVALID_INPUT", message, options);
  }
}

/** Data that breaks the extraction contract or the graph model. */
export class SchemaViolationError extends NewsgraphError {
  constructor(message: string, options: NewsgraphErrorOptions = {}) {
    super("SCHEMA_VIOLATION", message, options);
  }
}

/** A store (embedded or Neo4j) that cannot be reached or opened. */
export class StoreUnavailableError extends NewsgraphError {
  readonly retriable: boolean;
  constructor(message: string, options: NewsgraphErrorOptions & { retriable?: boolean } = {}) {
    super("STORE_UNAVAILABLE", message, options);
    this.retriable = options.retriable ?? false;
  }
}

/** Another process holds the store's write lock. */
export class StoreLockedError extends NewsgraphError {
  constructor(message: string, options: NewsgraphErrorOptions = {}) {
    super("STORE_LOCKED", message, options);
  }
}

/** A request or input over a configured limit (file size, result size). */
export class LimitExceededError extends NewsgraphError {
  constructor(message: string, options: NewsgraphErrorOptions = {}) {
    super("LIMIT_EXCEEDED", message, options);
  }
}

export class NotFoundError extends NewsgraphError {
  constructor(message: string, options: NewsgraphErrorOptions = {}) {
    super("NOT_FOUND", message, options);
  }
}
