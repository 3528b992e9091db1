import type { EngineChoice } from "../adapters/sqlite/engine.js";
import { LockstepError } from "../core/errors.js";
import type { Style } from "../core/render/style.js";
import type { DownMode } from "../engine/replay/replay-set.js";

export type Format = "text" | "json" | "markdown";

/** The options every replaying command takes, as parsed. */
export interface ReplayArgs {
  down: DownMode;
  timeout?: number;
  engine: EngineChoice;
  cache: string | false | undefined;
  data?: boolean;
}

/** Those options as the engine takes them: `auto` is the engine's own default, not a choice. */
export function replayChoices(args: ReplayArgs) {
  return {
    down: args.down,
    timeout: args.timeout,
    engine: args.engine === "auto" ? undefined : args.engine,
    cache: args.cache,
    // A flag not given is false: undefined lets the config's `data` decide.
    data: args.data || undefined,
  };
}

export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  out(text: string): void;
  err(text: string): void;
  /** Rewrites one status line on a terminal; absent when stderr is not a terminal. */
  progress?(text: string): void;
  style: Style;
}

/** `--timeout SECONDS`: how long one statement may run before the replay stops it. */
export function parseTimeout(value: string): number {
  const seconds = Number(value);
  if (!/^\s*\d*\.?\d+\s*$/.test(value) || !(seconds > 0) || seconds > 86_400) {
    throw new LockstepError(
      "usage",
      `--timeout takes the seconds one statement may run (a number above 0, up to 86400), not "${value}"`,
    );
  }
  return seconds;
}
