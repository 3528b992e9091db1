import { chmodSync, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { dirname, relative } from "node:path";
import { writeFileAtomic } from "../../adapters/atomic-write.js";
import { LockstepError } from "../../core/errors.js";
import { EARLIER_LINES } from "../../core/hook-lines.js";

export type LineChange = "created" | "added lockstep to" | "updated the lockstep line of";

/**
 * Creates the hook with the line (after `header`, a shebang where git runs the file itself), or appends
 * the line to an existing hook that lacks it; a line an earlier version wrote is replaced.
 */
export function ensureLine(root: string, path: string, line: string, header = ""): LineChange | undefined {
  if (existsSync(path)) {
    const text = readFileSync(path, "utf8");
    const lines = text.split("\n");
    if (lines.some((l) => l.trim() === line)) return undefined;
    const earlier = lines.findIndex((l) => EARLIER_LINES.get(l.trim()) === line);
    if (earlier !== -1) {
      lines[earlier] = line;
      writeIn(root, path, lines.join("\n"));
      return "updated the lockstep line of";
    }
    // Rewritten whole with the hook's own mode (it stays executable), then made executable if it was not.
    writeIn(root, path, `${text}${text.endsWith("\n") || text === "" ? "" : "\n"}${line}\n`);
    chmodSync(path, statSync(path).mode | 0o111);
    return "added lockstep to";
  }
  writeIn(root, path, `${header}${line}\n`, 0o755);
  return "created";
}

/** Writes a file of the repository whole (temp file and rename); a failure is one line naming it. */
export function writeIn(root: string, path: string, text: string, mode?: number): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileAtomic(path, text, { mode });
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? "error";
    throw new LockstepError("io", `cannot write ${relative(root, path)} (${code}); it was left as it was`, {
      cause,
    });
  }
}
