// A small evaluator of Cypher WHERE predicates with Cypher's three-valued logic (null propagates through IN, =,
// <, NOT; AND/OR follow Kleene), for checking the filters the Neo4j store sends against rows in unit tests,
// where no server runs. Grammar: OR, AND, NOT, parentheses, IS [NOT] NULL, IN, = <> < <= > >=, variables with
// properties (`st.type`, `q.types`), string, number, true/false/null literals and list literals.

type Value = unknown;
type Scope = Record<string, Value>;

const TOKEN =
  /\s*(?:(<=|>=|<>|[=<>(),[\]])|('(?:[^'\\]|\\.)*')|(\d+(?:\.\d+)?)|([A-Za-z_$][\w$]*(?:\.[A-Za-z_]\w*)*))/y;

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
    const match = TOKEN.exec(text);
    if (!match) throw new Error(`cannot read Cypher at "${text.slice(TOKEN.lastIndex, TOKEN.lastIndex + 20)}"`);
    tokens.push(match[1] ?? match[2] ?? match[3] ?? match[4]!);
  }
  return tokens;
}

const isNull = (value: Value): boolean => value === null || value === undefined;

function lookup(path: string, scope: Scope): Value {
  const [head, ...rest] = path.startsWith("$") ? [path] : path.split(".");
  let value: Value = scope[head!];
  for (const key of rest) value = isNull(value) ? null : (value as Record<string, Value>)[key];
  return value ?? null;
}

function compare(op: string, a: Value, b: Value): boolean | null {
  if (isNull(a) || isNull(b)) return null;
  if (op === "=") return a === b;
  if (op === "<>") return a !== b;
  const [x, y] = [a as string | number, b as string | number];
  return op === "<" ? x < y : op === "<=" ? x <= y : op === ">" ? x > y : x >= y;
}

function inList(item: Value, list: Value): boolean | null {
  if (isNull(list)) return null;
  const values = list as Value[];
  if (values.some((value) => !isNull(item) && value === item)) return true;
  return isNull(item) || values.some(isNull) ? null : false;
}

/** Evaluates `predicate` over `scope` (variables by name, parameters as `$name`): true, false or null. */
export function evaluateCypherPredicate(predicate: string, scope: Scope): boolean | null {
  const tokens = tokenize(predicate);
  let at = 0;
  const peek = (): string | undefined => tokens[at];
  const keyword = (word: string): boolean => peek()?.toUpperCase() === word && (at++, true);
  const expect = (token: string): void => {
    if (tokens[at++] !== token) throw new Error(`expected ${token} at token ${at - 1} of ${predicate}`);
  };

  const orExpr = (): Value => {
    let left = andExpr();
    while (keyword("OR")) {
      const right = andExpr();
      left = left === true || right === true ? true : isNull(left) || isNull(right) ? null : false;
    }
    return left;
  };
  const andExpr = (): Value => {
    let left = notExpr();
    while (keyword("AND")) {
      const right = notExpr();
      left = left === false || right === false ? false : isNull(left) || isNull(right) ? null : true;
    }
    return left;
  };
  const notExpr = (): Value => {
    if (keyword("NOT")) {
      const value = notExpr();
      return isNull(value) ? null : !value;
    }
    return comparison();
  };
  const comparison = (): Value => {
    const left = atom();
    if (keyword("IS")) {
      const negated = keyword("NOT");
      if (!keyword("NULL")) throw new Error(`expected NULL after IS in ${predicate}`);
      return negated ? !isNull(left) : isNull(left);
    }
    if (keyword("IN")) return inList(left, atom());
    const op = peek();
    if (op && ["=", "<>", "<", "<=", ">", ">="].includes(op)) {
      at++;
      return compare(op, left, atom());
    }
    return left;
  };
  const atom = (): Value => {
    const token = tokens[at++];
    if (token === undefined) throw new Error(`unexpected end of ${predicate}`);
    if (token === "(") {
      const value = orExpr();
      expect(")");
      return value;
    }
    if (token === "[") {
      const items: Value[] = [];
      while (peek() !== "]") {
        items.push(orExpr());
        if (peek() === ",") at++;
      }
      at++;
      return items;
    }
    if (token.startsWith("'")) return token.slice(1, -1).replace(/\\(.)/g, "$1");
    if (/^\d/.test(token)) return Number(token);
    const upper = token.toUpperCase();
    if (upper === "NULL") return null;
    if (upper === "TRUE") return true;
    if (upper === "FALSE") return false;
    return lookup(token, scope);
  };

  const value = orExpr();
  if (at !== tokens.length) throw new Error(`unread Cypher from token ${at} of ${predicate}`);
  return isNull(value) ? null : (value as boolean);
}

/** The WHERE predicate that follows `after` in `cypher`, up to the next clause keyword at a line start. */
export function wherePredicateAfter(cypher: string, after: string): string {
  const from = cypher.indexOf(after);
  if (from < 0) throw new Error(`no "${after}" in ${cypher}`);
  const rest = cypher.slice(from + after.length);
  const where = rest.search(/\bWHERE\b/);
  const body = rest.slice(where + "WHERE".length);
  const end = body.search(/\n(?:MATCH|WITH|RETURN|UNWIND|OPTIONAL|ORDER|CALL)\b/);
  return end < 0 ? body : body.slice(0, end);
}
