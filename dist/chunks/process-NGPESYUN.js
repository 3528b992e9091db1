import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  parseTimeout
} from "./chunk-5ZYM57CX.js";
import {
  PLAIN
} from "./chunk-BAIZEYCI.js";
import {
  VERSION
} from "./chunk-CFAGLQ5I.js";
import {
  closest
} from "./chunk-UJ4G5TDP.js";
import {
  escapeControl,
  guardOutput
} from "./chunk-5OGJ6SNL.js";
import {
  LockstepError
} from "./chunk-HVSG2UMJ.js";
import {
  __commonJS,
  __toESM
} from "./chunk-CVUXP45T.js";

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

// src/cli/command-spec.ts
function defineCommand(spec) {
  return spec;
}
function flag(spec) {
  return { ...spec, kind: "flag" };
}
function valueOption(spec) {
  return { ...spec, kind: "value" };
}

// src/cli/command-table.ts
var config = valueOption({
  placeholder: "FILE",
  description: "the config file to read instead of lockstep.config.json in the current directory"
});
var db = valueOption({
  placeholder: "NAME",
  description: "only the database of the config with this name"
});
var base = valueOption({
  placeholder: "REF",
  description: "the base branch, whose lock file says what is applied (default: the config's baseBranch, else the first of origin/HEAD, origin/main, origin/master, main, master that exists)"
});
var down = valueOption({
  placeholder: "MODE",
  choices: ["all", "new", "none"],
  default: "all",
  description: "which downs to verify: every one (all), only those of migrations the base does not have (new), or none, which applies only the ups"
});
var timeout = valueOption({
  placeholder: "SECONDS",
  description: "how long one statement may run before it is stopped with a `timeout` finding (default: the database's timeout in the config, else the config's, else 60)",
  parse: parseTimeout
});
var engine = valueOption({
  placeholder: "ENGINE",
  choices: ["auto", "native", "wasm"],
  default: "auto",
  description: "the SQLite the replay runs on: native (Node's own node:sqlite, Node 24), wasm (SQLite's WebAssembly build), or auto: the config's engine, else native where the runtime has it"
});
var cache = valueOption({
  placeholder: "DIR",
  description: "where verified prefixes of the history are kept, so a replay loads them instead of replaying them (default: node_modules/.cache/lockstep at the repository's top where node_modules exists, else $XDG_CACHE_HOME/lockstep or ~/.cache/lockstep)"
});
var noCache = flag({ description: "replays every migration, reading and writing no cache" });
var data = flag({
  description: "replays with a few generated rows in every table (and the config's seed files), so data loss and failures only rows cause show (default: the database's data in the config, else off)"
});
var registry = valueOption({
  placeholder: "FILE",
  description: "Sqitch: its registry database, where it records what it deployed to DB (default: the one Sqitch uses beside DB, sqitch.db for app.db)"
});
var format = valueOption({
  placeholder: "FORMAT",
  choices: ["text", "json", "markdown"],
  default: "text",
  description: "how the result is printed on stdout"
});
var COMMANDS = [
  defineCommand({
    name: "replay",
    summary: "replays every migration up, down and up again on SQLite and reports what breaks",
    positionals: [
      {
        name: "dir",
        required: false,
        description: "the migrations directory (default: the databases of lockstep.config.json, else every set a search of the repository finds, see Finding the migrations in the README)"
      }
    ],
    options: {
      config,
      db,
      down,
      timeout,
      engine,
      cache,
      "no-cache": noCache,
      data,
      format,
      known: flag({
        description: "also lists the findings lockstep.known.json records, marked known (they still fail nothing); without it they are counted in one line"
      }),
      on: valueOption({
        placeholder: "DB",
        description: "replays only the migrations the SQLite file DB has not applied (its tool's tracking table says which), up, down and up again, on an in-memory copy of it with its rows; the file is never written"
      }),
      registry
    },
    examples: [
      "lockstep replay",
      "lockstep replay db/migrations --down none",
      "lockstep replay --db main --format json",
      "lockstep replay --known",
      "lockstep replay --on prod.sqlite"
    ],
    async run(io, v) {
      if (v.on !== void 0) {
        if (v.dir !== void 0)
          throw new LockstepError("usage", "replay: --on takes the set from the config (--db), not a DIR");
        const { replayOnCommand } = await import("./replay-on-command-B3ZEMLYA.js");
        return replayOnCommand(io, { ...v, on: v.on, cache: v["no-cache"] ? false : v.cache });
      }
      if (v.registry !== void 0)
        throw new LockstepError(
          "usage",
          "replay: --registry goes with --on DB, the target whose registry it is"
        );
      const { replayCommand } = await import("./replay-command-7JYC2YMH.js");
      return replayCommand(io, { ...v, cache: v["no-cache"] ? false : v.cache });
    }
  }),
  defineCommand({
    name: "diff",
    summary: "prints the schema difference between two migration directories, SQLite files or REF:DIR",
    positionals: [
      {
        name: "from",
        required: true,
        description: "a migrations directory, a SQLite database file or, in a git repository, REF:DIR"
      },
      { name: "to", required: true, description: "the same kinds as FROM" }
    ],
    options: {
      engine,
      format: valueOption({
        placeholder: "FORMAT",
        choices: ["text", "json", "markdown", "sql"],
        default: "text",
        description: "how the result is printed on stdout; sql (two database files): the statements that turn FROM's schema into TO's"
      }),
      data: flag({
        description: "two database files: also compares the rows of every table by primary key (rowid where there is none) and exits 1 when they differ; with --format sql, the DELETE, UPDATE and INSERT statements that follow the schema's"
      })
    },
    examples: [
      "lockstep diff main:db/migrations db/migrations",
      "lockstep diff prod.sqlite db/migrations --format json",
      "lockstep diff old.db new.db --format sql > upgrade.sql",
      "lockstep diff old.db new.db --data --format sql > sync.sql"
    ],
    async run(io, v) {
      const { diffCommand } = await import("./diff-command-IGEXVAYG.js");
      return diffCommand(io, v);
    }
  }),
  defineCommand({
    name: "status",
    summary: "reads a SQLite database's tracking table and lists its migrations as applied, pending, missing, changed or failed",
    positionals: [
      { name: "database", required: true, description: "the SQLite database file (read, never written)" }
    ],
    options: {
      config,
      db,
      engine,
      registry,
      format: valueOption({
        placeholder: "FORMAT",
        choices: ["text", "json"],
        default: "text",
        description: "how the result is printed on stdout"
      })
    },
    examples: ["lockstep status prod.sqlite", "lockstep status app.db --db main --format json"],
    async run(io, v) {
      const { statusCommand } = await import("./status-command-CZG37VRN.js");
      return statusCommand(io, { ...v, file: v.database });
    }
  }),
  defineCommand({
    name: "drift",
    summary: "compares a SQLite database's schema with the schema its applied migrations give when lockstep replays them",
    positionals: [
      { name: "database", required: true, description: "the SQLite database file (read, never written)" }
    ],
    options: { config, db, engine, registry, format },
    examples: ["lockstep drift prod.sqlite", "lockstep drift app.db --format json"],
    async run(io, v) {
      const { driftCommand } = await import("./drift-command-ERRRC342.js");
      return driftCommand(io, { ...v, file: v.database });
    }
  }),
  defineCommand({
    name: "lock",
    summary: "writes lockstep.sum, the hashes of the migrations, beside each migrations directory",
    positionals: [
      {
        name: "dir",
        required: false,
        description: "the migrations directory (default: the databases of lockstep.config.json, else the one found)"
      }
    ],
    options: {
      check: flag({ description: "writes nothing; exits 1 when lockstep.sum does not match the migrations" }),
      amend: valueOption({
        placeholder: "VERSION",
        with: "reason",
        description: "records a deliberate edit of the applied migration VERSION, so the guard lets it through"
      }),
      reason: valueOption({
        placeholder: "TEXT",
        with: "amend",
        description: "why the applied migration was edited; lockstep.sum records it"
      }),
      config,
      db
    },
    examples: [
      "lockstep lock",
      "lockstep lock --check",
      'lockstep lock --amend 0002 --reason "comment only"'
    ],
    async run(io, v) {
      const reason = v.reason?.trim();
      if (reason === "")
        throw new LockstepError(
          "usage",
          'lock: --reason needs the text of why the migration was edited, not ""'
        );
      if (v.amend !== void 0 && v.check)
        throw new LockstepError("usage", "lock: --amend and --check do not go together");
      const { lockCommand } = await import("./lock-command-6XD5P2DJ.js");
      const amend = v.amend !== void 0 && reason !== void 0 ? { version: v.amend, reason } : void 0;
      return lockCommand(io, { dir: v.dir, check: v.check, amend, config: v.config, db: v.db });
    }
  }),
  defineCommand({
    name: "guard",
    summary: "the pre-commit check: refuses a commit that edits, renames or deletes an applied migration",
    positionals: [],
    options: {
      staged: flag({
        required: true,
        description: "checks what is staged (the index, not the working tree), as the pre-commit hook does"
      }),
      base,
      config,
      db
    },
    examples: ["lockstep guard --staged", "lockstep guard --staged --base origin/develop"],
    async run(io, v) {
      const { guardCommand } = await import("./guard-command-SYQJTWSW.js");
      return guardCommand(io, v);
    }
  }),
  defineCommand({
    name: "init",
    summary: "sets lockstep up at the top of the repository: config, lock files, git hooks (husky, the pre-commit framework, lefthook or plain git hooks) and a CI workflow",
    positionals: [
      {
        name: "dir",
        required: false,
        description: "the migration directory, where lockstep does not find it itself (default: the repository is searched, see Finding the migrations in the README); with a config already there, it is added to it"
      }
    ],
    options: {
      db: valueOption({
        placeholder: "NAME",
        description: "the name of that directory's database in the config (default: main, or the directory's path)"
      }),
      vendor: flag({
        description: "writes this lockstep into the repository's .lockstep/, which the hooks and the workflow then run with node alone (default: only without a package.json, or where .lockstep/ is already)"
      })
    },
    examples: [
      "lockstep init",
      "lockstep init backend/internal/data/migrations/sqlite3 --db app",
      "lockstep init --vendor"
    ],
    async run(io, v) {
      const { initCommand } = await import("./init-command-PS7IEMOS.js");
      return initCommand(io, v);
    }
  }),
  defineCommand({
    name: "new",
    summary: "creates the next migration, in the set's own scheme and layout",
    positionals: [{ name: "name", required: true, description: "what the migration does, e.g. add_orders" }],
    options: {
      db,
      config,
      from: valueOption({
        placeholder: "FILE",
        description: "with --to: a SQLite database file with the schema now; the migration's up is the SQL that turns it into --to's schema, its down the reverse"
      }),
      to: valueOption({
        placeholder: "FILE",
        description: "with --from: a SQLite database file with the schema the migration makes"
      })
    },
    examples: [
      "lockstep new add_orders",
      "lockstep new add_orders --db analytics",
      "lockstep new add_orders --from old.db --to new.db"
    ],
    async run(io, v) {
      const { newCommand } = await import("./new-command-H7RYTXDV.js");
      return newCommand(io, v);
    }
  }),
  defineCommand({
    name: "renumber",
    summary: "moves new migrations that clash with applied ones after them",
    positionals: [],
    options: {
      base,
      "dry-run": flag({ description: "only prints the moves (old -> new); renames nothing" }),
      db,
      config
    },
    examples: ["lockstep renumber --dry-run", "lockstep renumber --base origin/main"],
    async run(io, v) {
      const { renumberCommand } = await import("./renumber-command-A5YKJNO4.js");
      return renumberCommand(io, { base: v.base, dryRun: v["dry-run"], db: v.db, config: v.config });
    }
  }),
  defineCommand({
    name: "known",
    summary: "lists lockstep.known.json, the findings a history already has, which replay and check report apart and fail nothing for",
    positionals: [],
    options: {
      update: flag({
        description: "replays every database with every down verified and writes lockstep.known.json (beside the config) with exactly their findings: a fixed one is removed, a new one added"
      }),
      config,
      db,
      timeout,
      engine,
      cache,
      "no-cache": noCache
    },
    examples: ["lockstep known", "lockstep known --update", "lockstep known --update --db main"],
    async run(io, v) {
      const { knownCommand } = await import("./known-command-FHNEW7U5.js");
      return knownCommand(io, { ...v, cache: v["no-cache"] ? false : v.cache });
    }
  }),
  defineCommand({
    name: "check",
    summary: "what CI runs: HEAD's migrations against the base, with the schema diff base \u2192 HEAD",
    positionals: [],
    options: {
      base,
      config,
      db,
      down,
      timeout,
      engine,
      cache,
      "no-cache": noCache,
      data,
      format,
      "json-out": valueOption({ placeholder: "FILE", description: "also writes the JSON report to FILE" }),
      "markdown-out": valueOption({
        placeholder: "FILE",
        description: "also writes the pull request comment (Markdown) to FILE"
      })
    },
    examples: ["lockstep check", "lockstep check --down new", "lockstep check --base main --format markdown"],
    async run(io, v) {
      const { checkCommand } = await import("./check-command-3WIMFWVA.js");
      return checkCommand(io, {
        ...v,
        cache: v["no-cache"] ? false : v.cache,
        jsonOut: v["json-out"],
        markdownOut: v["markdown-out"]
      });
    }
  })
];

// src/cli/usage.ts
function alternatives(choices) {
  return choices.length < 2 ? choices.join("") : `${choices.slice(0, -1).join(", ")} or ${choices.at(-1)}`;
}
function optionSyntax(name, option) {
  if (option.kind === "flag") return `--${name}`;
  return `--${name} ${option.choices ? option.choices.join("|") : option.placeholder}`;
}
function positionalSyntax(positional) {
  return positional.name.toUpperCase();
}
function optionDescription(option) {
  if (option.kind === "flag") return option.description;
  return option.default !== void 0 ? `${option.description} (default: ${option.default})` : option.description;
}
function optionList(spec) {
  return Object.keys(spec.options).map((name) => `--${name}`).join(", ");
}
function usageParts(spec) {
  const parts = spec.positionals.map((p) => p.required ? positionalSyntax(p) : `[${positionalSyntax(p)}]`);
  const options = spec.options;
  const done = /* @__PURE__ */ new Set();
  for (const [name, option] of Object.entries(options)) {
    if (done.has(name)) continue;
    done.add(name);
    let syntax = optionSyntax(name, option);
    const partner = option.kind === "value" && option.with !== void 0 ? options[option.with] : void 0;
    if (option.kind === "value" && option.with !== void 0 && partner && !done.has(option.with)) {
      syntax += ` ${optionSyntax(option.with, partner)}`;
      done.add(option.with);
    }
    parts.push(option.kind === "flag" && option.required ? syntax : `[${syntax}]`);
  }
  return parts;
}
function usageLines(spec, width) {
  const head = `lockstep ${spec.name}`;
  const lines = [head];
  for (const part of usageParts(spec)) {
    const line = lines[lines.length - 1];
    if (line !== head && line.length + 1 + part.length > width)
      lines.push(`${" ".repeat(head.length)} ${part}`);
    else lines[lines.length - 1] = `${line} ${part}`;
  }
  return lines;
}
function wrap(text, width, indent) {
  const lines = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  lines.push(indent + line);
  return lines;
}

// src/cli/help.ts
var WIDTH = 100;
var EXIT_CODES = "Exit codes: 0 no error-level finding, 1 at least one, 2 the command could not do its job.";
function table(rows) {
  const column = Math.min(26, Math.max(...rows.map(([left]) => left.length)) + 4);
  const pad = " ".repeat(column);
  return rows.flatMap(([left, right]) => {
    const text = wrap(right, WIDTH, pad);
    const first = `  ${left}`;
    if (first.length + 2 > column) return [first, ...text];
    return [first + text[0].slice(first.length), ...text.slice(1)];
  });
}
function commandHelp(spec) {
  const lines = [`lockstep ${spec.name} \u2014 ${spec.summary}`, "", "Usage:"];
  lines.push(...usageLines(spec, WIDTH - 2).map((line) => `  ${line}`));
  if (spec.positionals.length > 0) {
    lines.push("", "Arguments:");
    lines.push(...table(spec.positionals.map((p) => [positionalSyntax(p), p.description])));
  }
  lines.push("", "Options:");
  lines.push(
    ...table([
      ...Object.entries(spec.options).map(([name, option]) => [
        optionSyntax(name, option),
        optionDescription(option)
      ]),
      ["-h, --help", "prints this help"]
    ])
  );
  lines.push("", "Examples:", ...spec.examples.map((example) => `  ${example}`), "", EXIT_CODES);
  return `${lines.join("\n")}
`;
}
function topHelp(commands) {
  const rows = commands.map((spec) => [
    [
      spec.name,
      ...spec.positionals.map((p) => p.required ? positionalSyntax(p) : `[${positionalSyntax(p)}]`)
    ].join(" "),
    spec.summary
  ]);
  rows.push(["help [COMMAND]", "prints this help, or a command's usage, options and examples"]);
  return `${[
    `lockstep ${VERSION} \u2014 keeps SQL migrations honest`,
    "",
    "Usage: lockstep COMMAND [ARGUMENTS] [OPTIONS]",
    "",
    "Commands:",
    ...table(rows),
    "",
    "Options: -h, --help prints this help; -v, --version prints the version.",
    "`lockstep COMMAND --help` or `lockstep help COMMAND` shows the command's usage, every option and examples.",
    "",
    EXIT_CODES,
    "Docs: the README's CLI reference, rule ids and JSON report."
  ].join("\n")}
`;
}

// src/cli/parse-command-line.ts
var NUMBERS = ["no", "one", "two", "three", "four"];
function parseCommandLine(spec, args) {
  const fail = (message) => new LockstepError("usage", `${spec.name}: ${message}`);
  const options = spec.options;
  const given = /* @__PURE__ */ new Map();
  const positionals = [];
  const end = args.indexOf("--");
  if (args.slice(0, end === -1 ? void 0 : end).some((a) => a === "-h" || a === "--help"))
    return { help: true };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--") {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const written = eq === -1 ? arg : arg.slice(0, eq);
    const name = written.startsWith("--") ? written.slice(2) : written.slice(1);
    const option = written.startsWith("--") ? options[name] : void 0;
    if (!option || !Object.hasOwn(options, name)) throw fail(unknownOption(spec, written));
    if (option.kind === "flag") {
      if (eq !== -1) throw fail(`--${name} takes no value, not "${arg.slice(eq + 1)}"`);
      given.set(name, true);
      continue;
    }
    let text = eq === -1 ? args[i + 1] : arg.slice(eq + 1);
    if (eq === -1) {
      if (text === void 0 || text.startsWith("-") && text !== "-") text = void 0;
      else i++;
    }
    if (text === void 0) {
      const what = option.choices ? alternatives(option.choices) : `${option.placeholder}, ${option.description}`;
      throw fail(`--${name} needs a value: ${what}`);
    }
    if (option.choices && !option.choices.includes(text))
      throw fail(`--${name} must be ${alternatives(option.choices)}, not "${text}"`);
    given.set(name, text);
  }
  const values = {};
  for (const [name, option] of Object.entries(options)) {
    const text = given.get(name);
    if (option.kind === "flag") {
      if (option.required && text === void 0)
        throw fail(`needs --${name}, which ${option.description}; run \`lockstep ${spec.name} --${name}\``);
      values[name] = text === true;
      continue;
    }
    if (option.with !== void 0 && text !== void 0 && !given.has(option.with)) {
      const other = options[option.with];
      const needed = other?.kind === "value" ? ` ${other.placeholder}: ${other.description}` : "";
      throw fail(`--${name} ${option.placeholder} needs --${option.with}${needed}`);
    }
    const value = typeof text === "string" ? text : option.default;
    values[name] = value !== void 0 && option.parse ? option.parse(value) : value;
  }
  const required = spec.positionals.filter((p) => p.required).length;
  if (positionals.length < required || positionals.length > spec.positionals.length) {
    const max = spec.positionals.length;
    const names = spec.positionals.map(
      (p) => p.required ? p.name.toUpperCase() : `[${p.name.toUpperCase()}]`
    );
    const count = (n) => NUMBERS[n] ?? String(n);
    const takes = max === 0 ? `takes no arguments${Object.keys(options).length > 0 ? ", only options" : ""}` : `takes ${required === max ? "exactly" : required === 0 ? "at most" : `${count(required)} to`} ${count(max)} argument${max === 1 ? "" : "s"}: ${names.join(" ")}`;
    const got = positionals.length === 0 ? "none" : positionals.map((p) => `"${p}"`).join(" ");
    throw new LockstepError(
      "usage",
      `${spec.name} ${takes}; got ${got}; see \`lockstep ${spec.name} --help\``
    );
  }
  spec.positionals.forEach((p, i) => {
    values[p.name] = positionals[i];
  });
  return { help: false, values };
}
function unknownOption(spec, option) {
  const names = Object.keys(spec.options);
  const guess = option.startsWith("--") ? closest(option.slice(2), [...names, "help"]) : void 0;
  const meant = guess ? `; did you mean --${guess}?` : ";";
  const takes = names.length > 0 ? `${spec.name} takes ${optionList(spec)}` : `${spec.name} takes no options`;
  return `unknown option ${option}${meant} ${takes}`;
}

// src/cli/main.ts
var TOP_OPTIONS = ["help", "version"];
function findCommand(name) {
  const spec = COMMANDS.find((c) => c.name === name);
  if (spec) return spec;
  const names = COMMANDS.map((c) => c.name);
  const guess = closest(name, [...names, "help"]);
  const next = guess ? `did you mean \`${guess}\`?` : `the commands are ${names.join(", ")}`;
  throw new LockstepError("usage", `unknown command "${name}"; ${next} (see \`lockstep --help\`)`);
}
function unknownTopOption(arg) {
  const written = arg.includes("=") ? arg.slice(0, arg.indexOf("=")) : arg;
  const name = written.replace(/^--?/, "");
  const owners = COMMANDS.filter((c) => Object.hasOwn(c.options, name)).map((c) => c.name);
  const guess = closest(name, TOP_OPTIONS);
  const next = owners.length > 0 ? `--${name} is an option of ${owners.join(", ")}: put it after the command, e.g. \`lockstep ${owners[0]} --${name} \u2026\`` : `${guess ? `did you mean --${guess}? ` : ""}lockstep takes only --help and --version before a command; see \`lockstep --help\``;
  return new LockstepError("usage", `unknown option ${written}; ${next}`);
}
async function dispatch(argv, io) {
  const [first, ...rest] = argv;
  if (first === void 0 || first === "--help" || first === "-h") {
    io.out(topHelp(COMMANDS));
    return 0;
  }
  if (first === "--version" || first === "-v") {
    io.out(`${VERSION}
`);
    return 0;
  }
  if (first === "help") {
    const [name, ...extra] = rest;
    if (extra.length > 0)
      throw new LockstepError("usage", "help takes at most one argument: COMMAND; see `lockstep --help`");
    const top = name === void 0 || name === "help" || name === "--help" || name === "-h";
    if (!top && name.startsWith("-")) throw unknownTopOption(name);
    io.out(top ? topHelp(COMMANDS) : commandHelp(findCommand(name)));
    return 0;
  }
  if (first.startsWith("-")) throw unknownTopOption(first);
  const spec = findCommand(first);
  const parsed = parseCommandLine(spec, rest);
  if (parsed.help) {
    io.out(commandHelp(spec));
    return 0;
  }
  return spec.run(io, parsed.values);
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

// src/cli/process.ts
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
