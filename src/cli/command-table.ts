import { LockstepError } from "../core/errors.js";
import { type CommandSpec, defineCommand, flag, valueOption } from "./command-spec.js";
import { parseTimeout } from "./io.js";

// The one declaration of the CLI: parsing, usage lines, `--help`, error messages and the README's CLI
// reference all derive from it. Each handler imports its command's module only when that command runs.

const config = valueOption({
  placeholder: "FILE",
  description: "the config file to read instead of lockstep.config.json in the current directory",
});
const db = valueOption({
  placeholder: "NAME",
  description: "only the database of the config with this name",
});
const base = valueOption({
  placeholder: "REF",
  description:
    "the base branch, whose lock file says what is applied (default: the config's baseBranch, else the first of origin/HEAD, origin/main, origin/master, main, master that exists)",
});
const down = valueOption({
  placeholder: "MODE",
  choices: ["all", "new", "none"],
  default: "all",
  description:
    "which downs to verify: every one (all), only those of migrations the base does not have (new), or none, which applies only the ups",
});
const timeout = valueOption({
  placeholder: "SECONDS",
  description:
    "how long one statement may run before it is stopped with a `timeout` finding (default: the database's timeout in the config, else the config's, else 60)",
  parse: parseTimeout,
});
const engine = valueOption({
  placeholder: "ENGINE",
  choices: ["auto", "native", "wasm"],
  default: "auto",
  description:
    "the SQLite the replay runs on: native (Node's own node:sqlite, Node 24), wasm (SQLite's WebAssembly build), or auto: the config's engine, else native where the runtime has it",
});
const cache = valueOption({
  placeholder: "DIR",
  description:
    "where verified prefixes of the history are kept, so a replay loads them instead of replaying them (default: node_modules/.cache/lockstep at the repository's top where node_modules exists, else $XDG_CACHE_HOME/lockstep or ~/.cache/lockstep)",
});
const noCache = flag({ description: "replays every migration, reading and writing no cache" });
const data = flag({
  description:
    "replays with a few generated rows in every table (and the config's seed files), so data loss and failures only rows cause show (default: the database's data in the config, else off)",
});
const registry = valueOption({
  placeholder: "FILE",
  description:
    "Sqitch: its registry database, where it records what it deployed to DB (default: the one Sqitch uses beside DB, sqitch.db for app.db)",
});
const format = valueOption({
  placeholder: "FORMAT",
  choices: ["text", "json", "markdown"],
  default: "text",
  description: "how the result is printed on stdout",
});

export const COMMANDS: readonly CommandSpec[] = [
  defineCommand({
    name: "replay",
    summary: "replays every migration up, down and up again on SQLite and reports what breaks",
    positionals: [
      {
        name: "dir",
        required: false,
        description:
          "the migrations directory (default: the databases of lockstep.config.json, else every set a search of the repository finds, see Finding the migrations in the README)",
      },
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
        description:
          "also lists the findings lockstep.known.json records, marked known (they still fail nothing); without it they are counted in one line",
      }),
      on: valueOption({
        placeholder: "DB",
        description:
          "replays only the migrations the SQLite file DB has not applied (its tool's tracking table says which), up, down and up again, on an in-memory copy of it with its rows; the file is never written",
      }),
      registry,
    },
    examples: [
      "lockstep replay",
      "lockstep replay db/migrations --down none",
      "lockstep replay --db main --format json",
      "lockstep replay --known",
      "lockstep replay --on prod.sqlite",
    ],
    async run(io, v) {
      if (v.on !== undefined) {
        if (v.dir !== undefined)
          throw new LockstepError("usage", "replay: --on takes the set from the config (--db), not a DIR");
        const { replayOnCommand } = await import("./replay-on-command.js");
        return replayOnCommand(io, { ...v, on: v.on, cache: v["no-cache"] ? false : v.cache });
      }
      if (v.registry !== undefined)
        throw new LockstepError(
          "usage",
          "replay: --registry goes with --on DB, the target whose registry it is",
        );
      const { replayCommand } = await import("./replay-command.js");
      return replayCommand(io, { ...v, cache: v["no-cache"] ? false : v.cache });
    },
  }),
  defineCommand({
    name: "diff",
    summary: "prints the schema difference between two migration directories, SQLite files or REF:DIR",
    positionals: [
      {
        name: "from",
        required: true,
        description: "a migrations directory, a SQLite database file or, in a git repository, REF:DIR",
      },
      { name: "to", required: true, description: "the same kinds as FROM" },
    ],
    options: {
      engine,
      format: valueOption({
        placeholder: "FORMAT",
        choices: ["text", "json", "markdown", "sql"],
        default: "text",
        description:
          "how the result is printed on stdout; sql (two database files): the statements that turn FROM's schema into TO's",
      }),
      data: flag({
        description:
          "two database files: also compares the rows of every table by primary key (rowid where there is none) and exits 1 when they differ; with --format sql, the DELETE, UPDATE and INSERT statements that follow the schema's",
      }),
    },
    examples: [
      "lockstep diff main:db/migrations db/migrations",
      "lockstep diff prod.sqlite db/migrations --format json",
      "lockstep diff old.db new.db --format sql > upgrade.sql",
      "lockstep diff old.db new.db --data --format sql > sync.sql",
    ],
    async run(io, v) {
      const { diffCommand } = await import("./diff-command.js");
      return diffCommand(io, v);
    },
  }),
  defineCommand({
    name: "status",
    summary:
      "reads a SQLite database's tracking table and lists its migrations as applied, pending, missing, changed or failed",
    positionals: [
      { name: "database", required: true, description: "the SQLite database file (read, never written)" },
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
        description: "how the result is printed on stdout",
      }),
    },
    examples: ["lockstep status prod.sqlite", "lockstep status app.db --db main --format json"],
    async run(io, v) {
      const { statusCommand } = await import("./status-command.js");
      return statusCommand(io, { ...v, file: v.database });
    },
  }),
  defineCommand({
    name: "drift",
    summary:
      "compares a SQLite database's schema with the schema its applied migrations give when lockstep replays them",
    positionals: [
      { name: "database", required: true, description: "the SQLite database file (read, never written)" },
    ],
    options: { config, db, engine, registry, format },
    examples: ["lockstep drift prod.sqlite", "lockstep drift app.db --format json"],
    async run(io, v) {
      const { driftCommand } = await import("./drift-command.js");
      return driftCommand(io, { ...v, file: v.database });
    },
  }),
  defineCommand({
    name: "lock",
    summary: "writes lockstep.sum, the hashes of the migrations, beside each migrations directory",
    positionals: [
      {
        name: "dir",
        required: false,
        description:
          "the migrations directory (default: the databases of lockstep.config.json, else the one found)",
      },
    ],
    options: {
      check: flag({ description: "writes nothing; exits 1 when lockstep.sum does not match the migrations" }),
      amend: valueOption({
        placeholder: "VERSION",
        with: "reason",
        description:
          "records a deliberate edit of the applied migration VERSION, so the guard lets it through",
      }),
      reason: valueOption({
        placeholder: "TEXT",
        with: "amend",
        description: "why the applied migration was edited; lockstep.sum records it",
      }),
      config,
      db,
    },
    examples: [
      "lockstep lock",
      "lockstep lock --check",
      'lockstep lock --amend 0002 --reason "comment only"',
    ],
    async run(io, v) {
      const reason = v.reason?.trim();
      if (reason === "")
        throw new LockstepError(
          "usage",
          'lock: --reason needs the text of why the migration was edited, not ""',
        );
      if (v.amend !== undefined && v.check)
        throw new LockstepError("usage", "lock: --amend and --check do not go together");
      const { lockCommand } = await import("./lock-command.js");
      const amend = v.amend !== undefined && reason !== undefined ? { version: v.amend, reason } : undefined;
      return lockCommand(io, { dir: v.dir, check: v.check, amend, config: v.config, db: v.db });
    },
  }),
  defineCommand({
    name: "guard",
    summary: "the pre-commit check: refuses a commit that edits, renames or deletes an applied migration",
    positionals: [],
    options: {
      staged: flag({
        required: true,
        description: "checks what is staged (the index, not the working tree), as the pre-commit hook does",
      }),
      base,
      config,
      db,
    },
    examples: ["lockstep guard --staged", "lockstep guard --staged --base origin/develop"],
    async run(io, v) {
      const { guardCommand } = await import("./guard-command.js");
      return guardCommand(io, v);
    },
  }),
  defineCommand({
    name: "init",
    summary:
      "sets lockstep up at the top of the repository: config, lock files, git hooks (husky, the pre-commit framework, lefthook or plain git hooks) and a CI workflow",
    positionals: [
      {
        name: "dir",
        required: false,
        description:
          "the migration directory, where lockstep does not find it itself (default: the repository is searched, see Finding the migrations in the README); with a config already there, it is added to it",
      },
    ],
    options: {
      db: valueOption({
        placeholder: "NAME",
        description:
          "the name of that directory's database in the config (default: main, or the directory's path)",
      }),
      vendor: flag({
        description:
          "writes this lockstep into the repository's .lockstep/, which the hooks and the workflow then run with node alone (default: only without a package.json, or where .lockstep/ is already)",
      }),
    },
    examples: [
      "lockstep init",
      "lockstep init backend/internal/data/migrations/sqlite3 --db app",
      "lockstep init --vendor",
    ],
    async run(io, v) {
      const { initCommand } = await import("./init-command.js");
      return initCommand(io, v);
    },
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
        description:
          "with --to: a SQLite database file with the schema now; the migration's up is the SQL that turns it into --to's schema, its down the reverse",
      }),
      to: valueOption({
        placeholder: "FILE",
        description: "with --from: a SQLite database file with the schema the migration makes",
      }),
    },
    examples: [
      "lockstep new add_orders",
      "lockstep new add_orders --db analytics",
      "lockstep new add_orders --from old.db --to new.db",
    ],
    async run(io, v) {
      const { newCommand } = await import("./new-command.js");
      return newCommand(io, v);
    },
  }),
  defineCommand({
    name: "renumber",
    summary: "moves new migrations that clash with applied ones after them",
    positionals: [],
    options: {
      base,
      "dry-run": flag({ description: "only prints the moves (old -> new); renames nothing" }),
      db,
      config,
    },
    examples: ["lockstep renumber --dry-run", "lockstep renumber --base origin/main"],
    async run(io, v) {
      const { renumberCommand } = await import("./renumber-command.js");
      return renumberCommand(io, { base: v.base, dryRun: v["dry-run"], db: v.db, config: v.config });
    },
  }),
  defineCommand({
    name: "known",
    summary:
      "lists lockstep.known.json, the findings a history already has, which replay and check report apart and fail nothing for",
    positionals: [],
    options: {
      update: flag({
        description:
          "replays every database with every down verified and writes lockstep.known.json (beside the config) with exactly their findings: a fixed one is removed, a new one added",
      }),
      config,
      db,
      timeout,
      engine,
      cache,
      "no-cache": noCache,
    },
    examples: ["lockstep known", "lockstep known --update", "lockstep known --update --db main"],
    async run(io, v) {
      const { knownCommand } = await import("./known-command.js");
      return knownCommand(io, { ...v, cache: v["no-cache"] ? false : v.cache });
    },
  }),
  defineCommand({
    name: "check",
    summary: "what CI runs: HEAD's migrations against the base, with the schema diff base → HEAD",
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
        description: "also writes the pull request comment (Markdown) to FILE",
      }),
    },
    examples: ["lockstep check", "lockstep check --down new", "lockstep check --base main --format markdown"],
    async run(io, v) {
      const { checkCommand } = await import("./check-command.js");
      return checkCommand(io, {
        ...v,
        cache: v["no-cache"] ? false : v.cache,
        jsonOut: v["json-out"],
        markdownOut: v["markdown-out"],
      });
    },
  }),
];
