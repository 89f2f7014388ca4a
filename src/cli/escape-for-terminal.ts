// Text from the outside (file names, input text quoted in a reason) shown on the terminal as one line: control
// characters (newline, carriage return, ESC of terminal escape sequences, DEL, C1) and the bidirectional
// overrides that reorder what is shown are written as escapes (\n, \r, \x1b, \u202e), so a file named
// "a\nnewsgraph: ingested everything" cannot forge a line, clear the screen or hide its own name.

// eslint-disable-next-line no-control-regex -- finding control characters is what this pattern is for
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * `text` with every control and direction-override character escaped; backslashes stay as they are.
 * @example escapeForTerminal("report\n\u001b[2Jfinal.txt") // "report\\n\\x1b[2Jfinal.txt"
 */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE, (char) => {
    const named = NAMED[char];
    if (named) return named;
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
