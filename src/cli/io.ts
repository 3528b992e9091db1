import { LockstepError } from "../core/errors.js";
import type { Style } from "../core/render/style.js";
import type { DownMode } from "../engine/replay/replay-set.js";

export type Format = "text" | "json" | "markdown";

export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  out(text: string): void;
  err(text: string): void;
  /** Rewrites one status line on a terminal; absent when stderr is not a terminal. */
  progress?(text: string): void;
  style: Style;
}

export function parseFormat(value: string | undefined): Format {
  const format = value ?? "text";
  if (format !== "text" && format !== "json" && format !== "markdown") {
    throw new LockstepError("usage", `--format must be text, json or markdown, not "${format}"`);
  }
  return format;
}

/** `--timeout SECONDS`: how long one statement may run before the replay stops it. */
export function parseTimeout(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (!/^\s*\d*\.?\d+\s*$/.test(value) || !(seconds > 0) || seconds > 86_400) {
    throw new LockstepError(
      "usage",
      `--timeout takes the seconds one statement may run (a number above 0, up to 86400), not "${value}"`,
    );
  }
  return seconds;
}

export function parseDown(value: string | undefined): DownMode {
  const down = value ?? "all";
  if (down !== "all" && down !== "new" && down !== "none") {
    throw new LockstepError("usage", `--down must be all, new or none, not "${down}"`);
  }
  return down;
}
