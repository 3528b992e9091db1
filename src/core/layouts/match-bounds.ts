/**
 * JavaScript regexes backtrack: a quantified group that itself holds a quantifier or an alternation, or a
 * backreference, can take exponential time on a file name built for it, and a pull request chooses both the
 * `pattern` and the names. Such patterns are refused before any name is matched.
 */

/** Unbounded quantifiers one pattern may have: k of them over one name cost up to length^k steps. */
const MAX_UNBOUNDED = 3;
/** Wildcards one exclude segment may have: picomatch compiles each `*` to a lazy `[^/]*?`. */
const MAX_STARS = 3;
/** `**` segments one exclude glob may have: each is a lazy run over the whole path. */
const MAX_GLOBSTARS = 3;

interface Group {
  /** A quantifier or alternation somewhere inside: repeating the group makes the ways to match multiply. */
  ambiguous: boolean;
}

/** Why `source` could run for a very long time on a hostile name, or undefined when it cannot. */
export function regexHazard(source: string): string | undefined {
  const stack: Group[] = [{ ambiguous: false }];
  let last: "none" | "atom" | Group = "none";
  let digits = false;
  let unbounded = 0;
  for (let i = 0; i < source.length; ) {
    const c = source[i] as string;
    const top = stack[stack.length - 1] as Group;
    if (c === "\\") {
      const next = source[i + 1] ?? "";
      if (/[1-9]/.test(next) || (next === "k" && source[i + 2] === "<"))
        return "has a backreference (\\1, \\k<name>), which can take exponential time; match the text again explicitly";
      i += /[pPu]/.test(next) && source[i + 2] === "{" ? source.indexOf("}", i) + 1 || source.length : 2;
      last = "atom";
      digits = next === "d";
      continue;
    }
    if (c === "[") {
      const end = classEnd(source, i);
      digits = source.slice(i, end) === "[0-9]";
      i = end;
      last = "atom";
      continue;
    }
    if (c === "(") {
      stack.push({ ambiguous: false });
      i += groupPrefix(source, i);
      last = "none";
      continue;
    }
    if (c === ")") {
      const group = stack.pop() as Group;
      const parent = stack[stack.length - 1];
      if (!parent) return undefined; // Unbalanced: new RegExp() reports it.
      if (group.ambiguous) parent.ambiguous = true;
      last = group;
      i++;
      continue;
    }
    if (c === "|") {
      top.ambiguous = true;
      last = "none";
      i++;
      continue;
    }
    const quantifier = quantifierAt(source, i);
    if (quantifier) {
      if (typeof last === "object" && quantifier.max > 1 && last.ambiguous)
        return `repeats a group that holds a quantifier or an alternation (near "${source.slice(0, i + quantifier.length).slice(-30)}"), which can take exponential time on a long name; use a character class instead, such as [\\d.]+ or [a-z_]+`;
      // A run of digits that a literal non-digit ends (`\d+\.`, `\d+_`) can end in one place only.
      const ended = last === "atom" && digits && endsDigits(source, i + quantifier.length);
      if (quantifier.max === Number.POSITIVE_INFINITY && !ended) unbounded++;
      if (unbounded > MAX_UNBOUNDED)
        return `has more than ${MAX_UNBOUNDED} unbounded quantifiers (*, +, {n,}), whose matching time multiplies on a long name; anchor the parts with literal text or character classes of fixed length`;
      top.ambiguous = true;
      i += quantifier.length;
      last = "none";
      continue;
    }
    last = "atom";
    digits = false;
    i++;
  }
  return undefined;
}

/** Whether the text at `i` starts with a literal character that is not a digit. */
function endsDigits(source: string, i: number): boolean {
  const c = source[i];
  if (c === undefined || /[\d.()[\]|*+?{}^$]/.test(c)) return false;
  if (c !== "\\") return true;
  const next = source[i + 1] ?? "";
  return next !== "" && !/[\dwWdDsSbBpPux0-9ckn]/.test(next);
}

function classEnd(source: string, start: number): number {
  let i = start + 1;
  if (source[i] === "^") i++;
  if (source[i] === "]") i++;
  while (i < source.length && source[i] !== "]") i += source[i] === "\\" ? 2 : 1;
  return i + 1;
}

/** The length of `(`, `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!` or `(?<name>`. */
function groupPrefix(source: string, i: number): number {
  if (source[i + 1] !== "?") return 1;
  if (source[i + 2] === "<" && source[i + 3] !== "=" && source[i + 3] !== "!") {
    const end = source.indexOf(">", i);
    return end === -1 ? 1 : end - i + 1;
  }
  return source[i + 2] === "<" ? 4 : 3;
}

function quantifierAt(source: string, i: number): { max: number; length: number } | undefined {
  const c = source[i];
  let max: number;
  let length = 1;
  if (c === "*" || c === "+") max = Number.POSITIVE_INFINITY;
  else if (c === "?") max = 1;
  else if (c === "{") {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i, i + 24));
    if (!m) return undefined;
    max = m[2] === undefined ? Number(m[1]) : m[3] ? Number(m[3]) : Number.POSITIVE_INFINITY;
    length = m[0].length;
  } else return undefined;
  if (source[i + length] === "?") length++;
  return { max, length };
}

/** Why an `exclude` glob could run for a very long time on a hostile path, or undefined when it cannot. */
export function globHazard(glob: string): string | undefined {
  const segments = glob.split("/");
  if (segments.filter((s) => s === "**").length > MAX_GLOBSTARS)
    return `has more than ${MAX_GLOBSTARS} ** segments, whose matching time multiplies on a deep path`;
  for (const segment of segments) {
    if (segment === "**") continue;
    const stars = segment.replace(/\\./g, "").split("*").length - 1;
    if (stars > MAX_STARS)
      return `has ${stars} wildcards in the segment "${segment.slice(0, 40)}" (at most ${MAX_STARS}), whose matching time multiplies on a long name; match fewer parts of the name`;
    // An extglob such as +(…) or *(…) repeats what it holds, as a quantified group does.
    if (/[*+@!?]\([^)]*[*+?@!]/.test(segment.replace(/\\./g, "")))
      return `nests a wildcard inside a repeating extglob in "${segment.slice(0, 40)}", which can take exponential time; list the names instead`;
  }
  return undefined;
}
