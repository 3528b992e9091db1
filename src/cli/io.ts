import { LockstepError } from "../core/errors.js";
import type { Style } from "../core/render/style.js";
import type { DownMode } from "../engine/replay-set.js";

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

export function parseDown(value: string | undefined): DownMode {
  const down = value ?? "all";
  if (down !== "all" && down !== "new" && down !== "none") {
    throw new LockstepError("usage", `--down must be all, new or none, not "${down}"`);
  }
  return down;
}
