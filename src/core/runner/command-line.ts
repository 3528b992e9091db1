/**
 * A runner's command line as words, the way a POSIX shell splits one with no expansion at all: blanks split,
 * '…' keeps everything, "…" keeps everything but `\"` and `\\`, a backslash outside quotes keeps the next
 * character. Nothing else is special — no `$VAR`, globs, pipes or `&&` — because the words go to the program
 * itself, never to a shell: a path from the repository substituted into a word stays one argument.
 */
export function splitWords(line: string): { words: string[] } | { problem: string } {
  const words: string[] = [];
  let word: string | undefined;
  let quote: "'" | '"' | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quote === "'") {
      if (c === "'") quote = undefined;
      else word = (word ?? "") + c;
    } else if (quote === '"') {
      if (c === '"') quote = undefined;
      else if (c === "\\" && (line[i + 1] === '"' || line[i + 1] === "\\")) word = (word ?? "") + line[++i];
      else word = (word ?? "") + c;
    } else if (c === " " || c === "\t" || c === "\n") {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (c === "'" || c === '"') {
      quote = c;
      word ??= "";
    } else if (c === "\\" && i + 1 < line.length) {
      word = (word ?? "") + line[++i];
    } else {
      word = (word ?? "") + c;
    }
  }
  if (quote) return { problem: `a ${quote} is not closed` };
  if (word !== undefined) words.push(word);
  if (words.length === 0) return { problem: "it names no program" };
  return { words };
}

const PLACEHOLDER = /\{([a-z][a-z-]*)\}/g;

/** The placeholders a text uses (`{db}`, `{version}`), each once. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string))];
}

/** `{name}` replaced by its value; a placeholder with no value is left for the caller to have refused. */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole);
}

/** The command's words with every placeholder filled, or what is wrong with the line. */
export function commandWords(
  line: string,
  values: Readonly<Record<string, string>>,
): { argv: string[] } | { problem: string } {
  const split = splitWords(line);
  if ("problem" in split) return split;
  const unknown = placeholdersOf(line).filter((name) => values[name] === undefined);
  if (unknown.length > 0)
    return { problem: `it uses ${unknown.map((u) => `{${u}}`).join(", ")}, which has no value here` };
  return { argv: split.words.map((w) => fillPlaceholders(w, values)) };
}
