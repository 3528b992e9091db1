#!/usr/bin/env node
import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  VERSION
} from "./chunks/chunk-55AXE2IZ.js";
import {
  PLAIN
} from "./chunks/chunk-BAIZEYCI.js";
import {
  escapeControl,
  guardOutput
} from "./chunks/chunk-I7OISHKV.js";
import {
  LockstepError
} from "./chunks/chunk-HVSG2UMJ.js";
import {
  __commonJS,
  __toESM
} from "./chunks/chunk-CVUXP45T.js";

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors();
    module.exports.createColors = createColors;
  }
});

// src/cli/main.ts
import { parseArgs } from "node:util";

// src/cli/io.ts
function parseFormat(value) {
  const format = value ?? "text";
  if (format !== "text" && format !== "json" && format !== "markdown") {
    throw new LockstepError("usage", `--format must be text, json or markdown, not "${format}"`);
  }
  return format;
}
function parseTimeout(value) {
  if (value === void 0) return void 0;
  const seconds = Number(value);
  if (!/^\s*\d*\.?\d+\s*$/.test(value) || !(seconds > 0) || seconds > 86400) {
    throw new LockstepError(
      "usage",
      `--timeout takes the seconds one statement may run (a number above 0, up to 86400), not "${value}"`
    );
  }
  return seconds;
}
function parseDown(value) {
  const down = value ?? "all";
  if (down !== "all" && down !== "new" && down !== "none") {
    throw new LockstepError("usage", `--down must be all, new or none, not "${down}"`);
  }
  return down;
}

// src/cli/main.ts
var USAGE = `lockstep ${VERSION} \u2014 keeps SQL migrations honest

Usage:
  lockstep replay [DIR] [--config FILE] [--db NAME] [--down all|new|none] [--timeout SECONDS] [--format text|json|markdown]
  lockstep diff FROM TO [--format text|json|markdown]     FROM/TO: a migrations directory, a SQLite file or REF:DIR
  lockstep lock [DIR] [--check] [--amend VERSION --reason TEXT] [--config FILE] [--db NAME]
  lockstep guard --staged [--base REF] [--config FILE] [--db NAME]   the pre-commit check
  lockstep init                                         config, lock files, husky hooks and a CI workflow
  lockstep new NAME [--db NAME]                          the next migration, in the set's own scheme and layout
  lockstep renumber [--base REF] [--dry-run]             move new migrations that clash with applied ones after them
  lockstep check [--base REF] [--down all|new|none] [--timeout SECONDS] [--format text|json|markdown] [--json-out FILE] [--markdown-out FILE]

Exit codes: 0 no error-level finding, 1 at least one, 2 the command could not do its job.
Docs: the README's CLI reference, rule ids and JSON report.
`;
function parse(args, options) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (cause) {
    throw new LockstepError("usage", `${cause.message.split("\n")[0]}; see \`lockstep --help\``, {
      cause
    });
  }
}
async function dispatch(argv, io) {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") {
    io.out(USAGE);
    return 0;
  }
  if (command === "--version" || command === "-v") {
    io.out(`${VERSION}
`);
    return 0;
  }
  if (command === "replay") {
    const { values, positionals } = parse(rest, {
      config: { type: "string" },
      db: { type: "string" },
      down: { type: "string" },
      timeout: { type: "string" },
      format: { type: "string" }
    });
    if (positionals.length > 1) throw new LockstepError("usage", "replay takes at most one directory");
    const { replayCommand } = await import("./chunks/commands-AJ3ZXG77.js");
    return replayCommand(io, {
      dir: positionals[0],
      config: values.config,
      db: values.db,
      down: parseDown(values.down),
      timeout: parseTimeout(values.timeout),
      format: parseFormat(values.format)
    });
  }
  if (command === "diff") {
    const { values, positionals } = parse(rest, { format: { type: "string" } });
    const [from, to] = positionals;
    if (!from || !to || positionals.length !== 2)
      throw new LockstepError("usage", "diff takes exactly two arguments: FROM TO");
    const { diffCommand } = await import("./chunks/commands-AJ3ZXG77.js");
    return diffCommand(io, { from, to, format: parseFormat(values.format) });
  }
  if (command === "lock") {
    const { values, positionals } = parse(rest, {
      check: { type: "boolean" },
      amend: { type: "string" },
      reason: { type: "string" },
      config: { type: "string" },
      db: { type: "string" }
    });
    if (positionals.length > 1) throw new LockstepError("usage", "lock takes at most one directory");
    const reason = values.reason?.trim();
    if (values.amend === void 0 !== (reason === void 0) || reason === "")
      throw new LockstepError(
        "usage",
        'lock --amend VERSION needs --reason "why this applied migration was edited"'
      );
    if (values.amend !== void 0 && values.check)
      throw new LockstepError("usage", "--amend and --check do not go together");
    const { lockCommand } = await import("./chunks/lock-command-Q67GRCCB.js");
    return lockCommand(io, {
      amend: values.amend !== void 0 ? { version: values.amend, reason } : void 0,
      dir: positionals[0],
      check: values.check === true,
      config: values.config,
      db: values.db
    });
  }
  if (command === "init") {
    const { positionals } = parse(rest, {});
    if (positionals.length > 0)
      throw new LockstepError("usage", "init takes no arguments; run it at the top of the repository");
    const { runInit } = await import("./chunks/init-2MFT7RBQ.js");
    const { done, next } = await runInit(io.cwd);
    if (done.length === 0) {
      io.out("lockstep is already set up here: nothing to do\n");
      return 0;
    }
    for (const line of done) io.out(`${escapeControl(line)}
`);
    for (const line of next) io.out(`next: ${escapeControl(line)}
`);
    return 0;
  }
  if (command === "check") {
    const { values, positionals } = parse(rest, {
      base: { type: "string" },
      config: { type: "string" },
      db: { type: "string" },
      down: { type: "string" },
      timeout: { type: "string" },
      format: { type: "string" },
      "json-out": { type: "string" },
      "markdown-out": { type: "string" }
    });
    if (positionals.length > 0) throw new LockstepError("usage", "check takes no arguments, only options");
    const { checkCommand } = await import("./chunks/check-command-I6WDMPX7.js");
    return checkCommand(io, {
      base: values.base,
      config: values.config,
      db: values.db,
      down: parseDown(values.down),
      timeout: parseTimeout(values.timeout),
      format: parseFormat(values.format),
      jsonOut: values["json-out"],
      markdownOut: values["markdown-out"]
    });
  }
  if (command === "guard") {
    const { values, positionals } = parse(rest, {
      staged: { type: "boolean" },
      base: { type: "string" },
      config: { type: "string" },
      db: { type: "string" }
    });
    if (positionals.length > 0) throw new LockstepError("usage", "guard takes no arguments, only options");
    if (!values.staged)
      throw new LockstepError(
        "usage",
        "guard checks the staged change: run `lockstep guard --staged` (the pre-commit hook does)"
      );
    const { guardCommand } = await import("./chunks/guard-command-NIXF5NX4.js");
    return guardCommand(io, {
      base: values.base,
      config: values.config,
      db: values.db
    });
  }
  if (command === "new") {
    const { values, positionals } = parse(rest, { db: { type: "string" }, config: { type: "string" } });
    const [name] = positionals;
    if (!name || positionals.length !== 1)
      throw new LockstepError("usage", "new takes exactly one argument: the migration's NAME");
    const { newCommand } = await import("./chunks/authoring-command-3JFDZYYU.js");
    return newCommand(io, {
      name,
      db: values.db,
      config: values.config
    });
  }
  if (command === "renumber") {
    const { values, positionals } = parse(rest, {
      base: { type: "string" },
      "dry-run": { type: "boolean" },
      db: { type: "string" },
      config: { type: "string" }
    });
    if (positionals.length > 0) throw new LockstepError("usage", "renumber takes no arguments, only options");
    const { renumberCommand } = await import("./chunks/authoring-command-3JFDZYYU.js");
    return renumberCommand(io, {
      base: values.base,
      dryRun: values["dry-run"] === true,
      db: values.db,
      config: values.config
    });
  }
  throw new LockstepError("usage", `unknown command "${command}"; see \`lockstep --help\``);
}
async function main(argv, io) {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    const debug = io.env.LOCKSTEP_DEBUG === "1";
    if (error instanceof LockstepError) {
      io.err(`lockstep: ${escapeControl(error.message)}
`);
    } else {
      io.err(
        `lockstep: internal error: ${escapeControl(error?.message ?? String(error))} (rerun with LOCKSTEP_DEBUG=1 and report it)
`
      );
    }
    if (debug) io.err(`${error?.stack ?? ""}
`);
    return 2;
  }
}

// src/cli/style.ts
var import_picocolors = __toESM(require_picocolors(), 1);
function styleFor(stream, env) {
  const noColor = env.NO_COLOR !== void 0 && env.NO_COLOR !== "";
  if (noColor || !stream.isTTY || env.TERM === "dumb") return PLAIN;
  const c = import_picocolors.default.createColors(true);
  return { red: c.red, yellow: c.yellow, green: c.green, dim: c.dim, bold: c.bold };
}

// src/cli.ts
var stderrTty = process.stderr.isTTY === true;
var style = styleFor(process.stdout, process.env);
var colours = style !== PLAIN;
var code = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  out: (text) => process.stdout.write(guardOutput(text, colours)),
  err: (text) => process.stderr.write(guardOutput(text, colours)),
  progress: stderrTty ? (text) => process.stderr.write(`\r\x1B[2K${guardOutput(text)}`) : void 0,
  style
});
process.exitCode = code;
