import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  LockstepError
} from "./chunk-HVSG2UMJ.js";

// src/cli/io.ts
function replayChoices(args) {
  return {
    down: args.down,
    timeout: args.timeout,
    engine: args.engine === "auto" ? void 0 : args.engine,
    cache: args.cache,
    // A flag not given is false: undefined lets the config's `data` decide.
    data: args.data || void 0
  };
}
function parseTimeout(value) {
  const seconds = Number(value);
  if (!/^\s*\d*\.?\d+\s*$/.test(value) || !(seconds > 0) || seconds > 86400) {
    throw new LockstepError(
      "usage",
      `--timeout takes the seconds one statement may run (a number above 0, up to 86400), not "${value}"`
    );
  }
  return seconds;
}

export {
  replayChoices,
  parseTimeout
};
