// Reads `--name value` pairs of a development script against its defaults; unknown names stop the script with usage.

/** The options with their values; exits with status 2 on an unknown option or a missing value. */
export function parseScriptArgs<T extends Record<string, string>>(
  argv: readonly string[],
  defaults: T,
): T & { _: string[] } {
  const values: Record<string, string> = { ...defaults };
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith("--")) {
      rest.push(arg);
      continue;
    }
    const name = arg.slice(2);
    const value = argv[i + 1];
    if (!(name in defaults) || value === undefined) {
      const known = Object.entries(defaults).map(([key, fallback]) => `--${key} (default ${fallback})`);
      console.error(
        `${value === undefined && name in defaults ? `--${name} needs a value` : `unknown option ${arg}`}; options: ${known.join(", ")}`,
      );
      process.exit(2);
    }
    values[name] = value;
    i++;
  }
  return { ...(values as T), _: rest };
}
