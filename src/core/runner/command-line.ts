/**
 * A runner preset's command line as the words a process is started with: no shell ever reads it, so a
 * value with spaces, quotes or `$` stays one word exactly as it is.
 */

export type ExpandedCommand = { words: string[] } | { unknown: string } | { unclosed: string };

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

/**
 * Splits `template` into words (blanks separate them; `'…'` and `"…"` keep blanks inside one word; a
 * backslash outside single quotes takes the next character as it is), then replaces each `{name}` in
 * each word by `values[name]`. Splitting comes first so a value never adds words, and a value is never
 * read again for placeholders. A brace that does not open a `{name}` stays as written.
 */
export function expandRunnerCommand(
  template: string,
  values: Readonly<Record<string, string>>,
): ExpandedCommand {
  const split = splitWords(template);
  if ("unclosed" in split) return split;
  const words: string[] = [];
  for (const word of split.words) {
    let unknown: string | undefined;
    const expanded = word.replace(PLACEHOLDER, (whole, name: string) => {
      const value = Object.hasOwn(values, name) ? values[name] : undefined;
      if (value === undefined) unknown ??= name;
      return value ?? whole;
    });
    if (unknown !== undefined) return { unknown };
    words.push(expanded);
  }
  return { words };
}

/** The words of a command line; `unclosed` names the quote left open. */
export function splitWords(line: string): { words: string[] } | { unclosed: string } {
  const words: string[] = [];
  let word: string | undefined;
  let quote: "'" | '"' | undefined;
  for (let i = 0; i < line.length; i++) {
    const char = line[i] as string;
    if (quote) {
      if (char === quote) quote = undefined;
      else if (char === "\\" && quote === '"' && i + 1 < line.length) word = `${word ?? ""}${line[++i]}`;
      else word = `${word ?? ""}${char}`;
    } else if (/\s/.test(char)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (char === "'" || char === '"') {
      quote = char;
      word ??= "";
    } else if (char === "\\" && i + 1 < line.length) {
      word = `${word ?? ""}${line[++i]}`;
    } else {
      word = `${word ?? ""}${char}`;
    }
  }
  if (quote) return { unclosed: quote };
  if (word !== undefined) words.push(word);
  return { words };
}

/** The placeholders a text uses (`{db}`, `{version}`), each once. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string))];
}

/** `{name}` replaced by its value (an environment variable's); one with no value stays as written. */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(values, name) ? (values[name] ?? whole) : whole,
  );
}

/** A command's words with every placeholder filled, or what is wrong with the line, in words for a message. */
export function commandWords(
  line: string,
  values: Readonly<Record<string, string>>,
): { argv: string[] } | { problem: string } {
  const expanded = expandRunnerCommand(line, values);
  if ("unclosed" in expanded) return { problem: `a ${expanded.unclosed} is not closed` };
  if ("unknown" in expanded) return { problem: `it uses {${expanded.unknown}}, which has no value here` };
  if (expanded.words.length === 0) return { problem: "it names no program" };
  return { argv: expanded.words };
}
