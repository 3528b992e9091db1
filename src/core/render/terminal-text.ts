/**
 * Text from the repository (file names, identifiers, SQL, SQLite's messages) printed to a terminal or to the
 * GitHub Actions log. Two hazards:
 *
 * - A terminal acts on control characters: ESC starts colour, title (OSC 0) and hyperlink (OSC 8) sequences,
 *   CR rewrites the line, BEL rings, C1 controls (U+0080–U+009F) act as ESC sequences on some terminals, and
 *   U+0085 / U+2028 / U+2029 break lines in log viewers. Bidirectional overrides (U+202A–U+202E,
 *   U+2066–U+2069) reorder what is shown. All of these are shown as visible escapes (`\n`, `\x1b`, `\u2028`).
 * - The Actions runner reads a step's output line by line (LF, CR or CRLF end a line) and treats a line as a
 *   workflow command when, after leading whitespace is trimmed, it starts with `::` (`::error …::`,
 *   `::add-mask::`, `::stop-commands::`), or when it contains `##[` anywhere (the older command form, found by
 *   IndexOf, not only at the start). So no newline from the repository survives, a line whose first
 *   non-space characters are `::` gets its first colon written `\u003a`, and every `##[` becomes `##\u005b`
 *   (`\u` escapes, so a JSON report that passes through stays valid JSON meaning the same thing).
 */

// C0 (tab included), DEL, C1, the Unicode line and paragraph separators, and the bidi controls.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function visible(c: string): string {
  const named = NAMED[c];
  if (named) return named;
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16)}`;
}

// What guardOutput changes anywhere in a text: a control character but LF (ESC too, so colours take the long
// way), `##[`, and `::` at the start of a line after whitespace. Each is looked for on its own: a class alone
// is scanned several times faster than one pattern of alternatives with a lookahead.
const CONTROL_BUT_LF = new RegExp(`[${CONTROL.source}--\\n]`, "v");
const COMMAND_START = /^\s*::/m;

function hazardous(text: string): boolean {
  return (
    CONTROL_BUT_LF.test(text) || text.includes("##[") || (text.includes("::") && COMMAND_START.test(text))
  );
}

/** Every control character in `text` written as a visible escape: the result is one harmless line. */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, visible);
}

/** One line that cannot be read as a workflow command by the Actions runner. */
function neutraliseCommands(line: string): string {
  return line.replace(/^(\s*):(?=:)/, "$1\\u003a").replace(/##\[/g, "##\\u005b");
}

// An SGR colour sequence (`ESC[31m`, `ESC[0m`): what lockstep's own styling writes on a colour terminal.
// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC is what is matched
const SGR = /\u001b\[[0-9;]*m/y;

/**
 * The last guard before text reaches stdout, stderr or the Actions log, whatever a renderer did: lines stay
 * lines (LF), every other control character is escaped, and no line reads as a workflow command. With
 * `colours`, the SGR colour sequences lockstep's own styling adds are kept; nothing else passes.
 */
export function guardOutput(text: string, colours = false): string {
  // A report of thousands of lines mostly holds none of it: one look at the whole, then line by line only
  // where something may be there (a `::` after whitespace across lines is looked at again, line by line).
  if (!hazardous(text)) return text;
  return text
    .split("\n")
    .map((line) => neutraliseCommands(colours ? escapeKeepingColour(line) : escapeControl(line)))
    .join("\n");
}

function escapeKeepingColour(line: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] !== "\u001b") continue;
    SGR.lastIndex = i;
    const match = SGR.exec(line);
    if (!match) continue;
    out += escapeControl(line.slice(from, i)) + match[0];
    i += match[0].length - 1;
    from = i + 1;
  }
  return out + escapeControl(line.slice(from));
}
