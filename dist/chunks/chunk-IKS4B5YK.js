import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  excerpt
} from "./chunk-Z27VCTDF.js";
import {
  finding
} from "./chunk-VZ4ZRTPL.js";

// src/core/layouts/source.ts
function emptyResult() {
  return { entries: [], findings: [], claimed: /* @__PURE__ */ new Set() };
}
function baseName(rel) {
  return rel.slice(rel.lastIndexOf("/") + 1);
}
function dirName(rel) {
  const slash = rel.lastIndexOf("/");
  return slash === -1 ? "" : rel.slice(0, slash);
}
function positionAt(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
function chunkAt(text, start, end) {
  return { sql: text.slice(start, end), ...positionAt(text, start) };
}
function wholeFile(text) {
  return text === "" ? [] : [chunkAt(text, 0, text.length)];
}
function script(file, chunks, transaction) {
  return { file: file.display, chunks, transaction };
}
function upOnlyEntry(file, label, split, transaction, findings) {
  const match = /^(\d+)_(.*)$/.exec(label);
  const version = match?.[1] ?? label;
  const entry = {
    migration: { version, name: match?.[2] ?? label, files: [file.display] },
    rels: [file.rel],
    sortName: label
  };
  if (file.text === void 0) findings.push(unreadableFinding(file, version));
  else entry.migration.up = script(file, split(file.text), transaction);
  return entry;
}
function unreadableFinding(file, version) {
  return finding(
    "parse-error",
    `${file.display} cannot be read as a migration: ${file.unreadable ?? "it has no text"}. Save it as UTF-8 text, or add it to \`exclude\` if it is not a migration.`,
    { file: file.display, ...version === void 0 ? {} : { version } }
  );
}
var CODE_STEP = /^(\d+)_(.+)\.(go|js|mjs|cjs|ts|mts|py)$/;
function codeStep(file) {
  const name = baseName(file.rel);
  const match = CODE_STEP.exec(name);
  if (!match || /_test\.go$|\.d\.ts$|\.(test|spec)\.[jt]s$/.test(name)) return void 0;
  return {
    migration: { version: match[1] ?? "", name: match[2] ?? "", files: [file.display], code: file.display },
    rels: [file.rel],
    sortName: name
  };
}
function linesOf(text) {
  const lines = [];
  let start = 0;
  for (; ; ) {
    const end = text.indexOf("\n", start);
    lines.push({ text: text.slice(start, end === -1 ? text.length : end), start });
    if (end === -1) return lines;
    start = end + 1;
  }
}

// src/core/version.ts
function compareVersions(a, b) {
  const left = versionParts(a);
  const right = versionParts(b);
  const length = Math.max(left.length, right.length);
  for (let i = 0; i < length; i++) {
    const order = comparePart(left[i] ?? "0", right[i] ?? "0");
    if (order !== 0) return order;
  }
  return 0;
}
function compareText(a, b) {
  if (a < b) return -1;
  if (a > b) return 1;
  return 0;
}
function versionKey(version) {
  const parts = versionParts(version).map((part) => isDigits(part) ? BigInt(part).toString() : part);
  while (parts.length > 1 && parts[parts.length - 1] === "0") parts.pop();
  return parts.join(".");
}
function isDigits(text) {
  return /^\d+$/.test(text);
}
function versionParts(version) {
  return version.split(/[._]/);
}
function comparePart(a, b) {
  const aNumber = isDigits(a);
  const bNumber = isDigits(b);
  if (aNumber && bNumber) {
    const x = BigInt(a);
    const y = BigInt(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (aNumber) return -1;
  if (bNumber) return 1;
  return compareText(a, b);
}

// src/core/layouts/naming.ts
function isNumbered(version) {
  return /^\d+(?:[._]\d+)*$/.test(version);
}
var DATE = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d[0-5]\d/;
function schemeOf(version) {
  if (/^\d{14}$/.test(version) && DATE.test(version)) return { kind: "timestamp", digits: 14 };
  if (/^\d{23}$/.test(version) && DATE.test(version)) return { kind: "timestamp", digits: 23 };
  return { kind: "sequential", width: version.length };
}
function timestampOf(now, digits) {
  const two = (n) => String(n).padStart(2, "0");
  const stamp = `${now.getUTCFullYear()}${two(now.getUTCMonth() + 1)}${two(now.getUTCDate())}${two(now.getUTCHours())}${two(now.getUTCMinutes())}${two(now.getUTCSeconds())}`;
  return digits === 14 ? stamp : `${stamp}${String(now.getUTCMilliseconds()).padStart(3, "0")}000000`;
}
function increment(version) {
  const match = /^(.*?)(\d+)$/.exec(version);
  if (!match) return `${version}1`;
  const digits = match[2] ?? "0";
  return `${match[1]}${(BigInt(digits) + 1n).toString().padStart(digits.length, "0")}`;
}
function nextVersion(scheme, after, now) {
  if (scheme.kind === "timestamp") {
    const stamp = timestampOf(now, scheme.digits);
    return after === void 0 || compareVersions(stamp, after) > 0 ? stamp : increment(after);
  }
  return after === void 0 ? "1".padStart(scheme.width, "0") : increment(after);
}
function sanitizeName(name) {
  return name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
}
var UP = "Write the SQL that makes this change.";
var DOWN = "Write the SQL that undoes the up exactly: afterwards the schema must be as it was before the up (lockstep replay checks it).";
var NO_DOWN = "This layout has no down: to undo this change later, add another migration.";
function upTemplate(name, hasDown) {
  return hasDown ? `-- ${name}: up. ${UP}
` : `-- ${name}. ${UP}
-- ${NO_DOWN}
`;
}
function downTemplate(name) {
  return `-- ${name}: down. ${DOWN}
`;
}
function markerFile(up, down) {
  return `${up}
-- ${UP}

${down}
-- ${DOWN}
`;
}
function patternFileName(pattern2, fileName, version, name) {
  const regex = new RegExp(pattern2, "d");
  const match = regex.exec(fileName);
  const spans = match?.indices?.groups;
  const at = spans?.version;
  if (!match || !at) return void 0;
  const edits = [{ span: at, text: version }];
  if (spans.name) edits.push({ span: spans.name, text: name });
  let out = fileName;
  for (const { span, text } of edits.sort((a, b) => b.span[0] - a.span[0]))
    out = out.slice(0, span[0]) + text + out.slice(span[1]);
  const again = regex.exec(out)?.groups;
  if (again?.version !== version) return void 0;
  const direction = match.groups?.direction?.toLowerCase();
  return { fileName: out, down: direction === "down" || direction === "undo" };
}
function renumberedName(fileName, version, next) {
  const at = fileName.indexOf(version);
  return at === -1 ? fileName : fileName.slice(0, at) + next + fileName.slice(at + version.length);
}
function pairedFiles(version, name) {
  return [
    { rel: `${version}_${name}.up.sql`, text: upTemplate(name, true) },
    { rel: `${version}_${name}.down.sql`, text: downTemplate(name) }
  ];
}
function singleFile(version, name) {
  return [{ rel: `${version}_${name}.sql`, text: upTemplate(name, false) }];
}

// src/core/layouts/paired-reader.ts
var PAIRED = /^(\d+)_(.*)\.(down|up)\.sql$/;
var SIMPLE = /^(\d+)_(.+)\.sql$/;
var pairedName = (fileName) => {
  const match = PAIRED.exec(fileName);
  return match ? { version: match[1] ?? "", name: match[2] ?? "", direction: match[3] === "down" ? "down" : "up" } : void 0;
};
var simpleName = (fileName) => {
  if (PAIRED.test(fileName)) return void 0;
  const match = SIMPLE.exec(fileName);
  return match ? { version: match[1] ?? "", name: match[2] ?? "", direction: "up" } : void 0;
};
var OWN_BEGIN = /^\s*BEGIN(\s+(DEFERRED|IMMEDIATE|EXCLUSIVE))?(\s+TRANSACTION)?\s*;/im;
function readNamed(files, namer, transaction, fallback) {
  const result = emptyResult();
  const named = [];
  for (const file of files) {
    const parts = namer(baseName(file.rel)) ?? fallback?.(file);
    if (parts) {
      named.push({ file, ...parts });
      result.claimed.add(file.rel);
      continue;
    }
    const step = codeStep(file);
    if (step) {
      result.entries.push(step);
      result.claimed.add(file.rel);
    }
  }
  const groups = /* @__PURE__ */ new Map();
  for (const item of named) {
    const key = versionKey(item.version);
    groups.set(key, [...groups.get(key) ?? [], item]);
  }
  for (const group of groups.values()) pair(group, transaction, result);
  return result;
}
function pair(group, transaction, result) {
  const ups = group.filter((item) => item.direction === "up");
  const downs = group.filter((item) => item.direction === "down");
  const pairs = ups.map((up) => ({ up, down: void 0 }));
  for (const entry of pairs) {
    const index = downs.findIndex((down) => down.name === entry.up.name);
    if (index !== -1) entry.down = downs.splice(index, 1)[0];
  }
  const lonely = pairs.filter((entry) => !entry.down);
  if (lonely.length === 1 && downs.length === 1 && lonely[0]) lonely[0].down = downs.pop();
  for (const { up, down } of pairs) result.entries.push(toEntry(up, down, transaction, result.findings));
  for (const down of downs) {
    result.findings.push(
      finding(
        "parse-error",
        `${down.file.display} is a down migration with no up file of version ${down.version}. Add the matching \`.up.sql\` file, or delete the down file if the migration was removed.`,
        { file: down.file.display, version: down.version }
      )
    );
  }
}
function toEntry(up, down, transaction, findings) {
  const entry = {
    migration: {
      version: up.version,
      name: up.name.replace(/\.+$/, ""),
      files: [up.file.display, ...down ? [down.file.display] : []]
    },
    rels: [up.file.rel, ...down ? [down.file.rel] : []],
    sortName: baseName(up.file.rel)
  };
  for (const [item, direction] of [
    [up, "up"],
    [down, "down"]
  ]) {
    if (!item) continue;
    if (item.file.text === void 0) {
      findings.push(unreadableFinding(item.file, up.version));
      continue;
    }
    entry.migration[direction] = script(item.file, wholeFile(item.file.text), transaction(item.file.text));
  }
  return entry;
}

// src/core/tools/d1.ts
var WRANGLER = "https://github.com/cloudflare/workers-sdk/blob/main/packages/wrangler/src/d1/migrations";
var d1 = {
  id: "d1",
  name: "D1",
  title: "Cloudflare D1",
  // Never detected: its names are plain numbered files.
  // wrangler sends each D1 file as one query, which D1 runs in an implicit transaction.
  namesOnly: true,
  read: (files) => readNamed(files, simpleName, () => true),
  order: { by: "number", how: "wrangler sorts the number before the first `_` as a number" },
  downs: "never",
  transaction: {
    wraps: "each-file",
    pragmaIgnored: "D1 always enforces foreign keys and ignores it; use `PRAGMA defer_foreign_keys = on` to rebuild a table that others reference"
  },
  // wrangler 4 (checked 4.125): `d1 migrations apply` lists unapplied files by name (migrations/helpers.ts).
  applied: {
    outOfOrder: {
      does: "applies every file whose name is not in d1_migrations, older ones included",
      source: `${WRANGLER}/helpers.ts`
      // getUnappliedMigrationNames()
    },
    duplicate: {
      does: "knows a migration by its file name: two files with one number are two migrations, applied in name order",
      source: `${WRANGLER}/helpers.ts`
      // compareMigrationPaths(): the number, then the name
    },
    renamed: {
      does: "knows a migration by its file name: a renamed file runs again",
      source: `${WRANGLER}/helpers.ts`
      // getUnappliedMigrationNames()
    },
    edited: {
      does: "keeps no checksum: an edited applied migration is not run again",
      source: `${WRANGLER}/helpers.ts`
      // getCreateMigrationsTableQuery(): no checksum column
    }
  },
  tracking: {
    tables: ["d1_migrations"],
    stores: "one row per applied migration: `id`, `name` (the file name, unique), `applied_at`",
    source: `${WRANGLER}/helpers.ts`
    // getCreateMigrationsTableQuery(), buildMigrationQuery()
  },
  authoring: {
    firstScheme: { kind: "sequential", width: 4 },
    files: (version, name) => singleFile(version, name)
  }
};

// src/core/layouts/marker-reader.ts
function readMarkerFiles(files, layout) {
  const result = emptyResult();
  for (const file of files) {
    const fileName = baseName(file.rel);
    const parsed = layout.parseName(fileName);
    if (!parsed) {
      const step = layout.codeSteps ? codeStep(file) : void 0;
      if (step) {
        result.entries.push(step);
        result.claimed.add(file.rel);
      }
      continue;
    }
    result.claimed.add(file.rel);
    const entry = {
      migration: { version: parsed.version, name: parsed.name, files: [file.display] },
      rels: [file.rel],
      sortName: fileName
    };
    result.entries.push(entry);
    if (file.text === void 0) {
      result.findings.push(unreadableFinding(file, parsed.version));
      continue;
    }
    const split = layout.split(file.text);
    for (const problem of split.problems) {
      result.findings.push(
        finding(
          "parse-error",
          `${file.display}:${problem.line}: ${problem.message}. Fix the ${layout.tool} markers (see the ${layout.tool} documentation) so the tool and lockstep read the file alike.`,
          { file: file.display, line: problem.line, version: parsed.version }
        )
      );
    }
    const toScript = (section) => script(file, section.chunks, split.transaction && section.transaction);
    if (split.up) entry.migration.up = toScript(split.up);
    if (split.down) entry.migration.down = toScript(split.down);
  }
  return result;
}

// src/core/tools/dbmate.ts
var UP_MARKER = /^--\s*migrate:up(\s*$|\s+\S+)/m;
var REPO = "https://github.com/amacneil/dbmate";
var dbmate = {
  id: "dbmate",
  name: "dbmate",
  title: "dbmate",
  detect: {
    priority: 51,
    compete: true,
    evidence: (files) => files.filter(({ name, file }) => name.endsWith(".sql") && UP_MARKER.test(file.text ?? "")).length,
    reason: () => "SQL files with `-- migrate:up` markers"
  },
  read: (files) => readMarkerFiles(files, {
    tool: "dbmate",
    // dbmate's migrationFileRegexp `^(\d+).*\.sql$`; the version is the leading digits.
    parseName: (file) => {
      const match = /^(\d+)(.*)\.sql$/.exec(file);
      return match ? { version: match[1] ?? "", name: (match[2] ?? "").replace(/^[_-]/, "") } : void 0;
    },
    split: splitDbmate,
    codeSteps: true
  }),
  order: { by: "name-text", how: "dbmate sorts file names as text" },
  downs: "always",
  transaction: {
    wraps: "each-file",
    optOut: "add `transaction:false` to its `-- migrate:up` / `-- migrate:down` line"
  },
  // dbmate v2.35: pkg/dbmate/db.go Migrate() and FindMigrations(); the table in the sqlite driver.
  applied: {
    outOfOrder: {
      does: "applies every migration whose version is not in schema_migrations, older ones included; `--strict` makes it refuse pending migrations older than the newest applied one",
      source: `${REPO}/blob/main/pkg/dbmate/db.go`
      // Migrate(): the db.Strict check
    },
    duplicate: {
      does: "runs the first file of a version and fails on the second, whose version is already recorded (the primary key); once one is applied, the other counts as applied and never runs",
      source: `${REPO}/blob/main/pkg/dbmate/db.go`
      // FindMigrations(): Applied looked up by version
    },
    renamed: {
      does: "knows a migration by its version only: a new name part keeps it applied, a new version runs it again",
      source: `${REPO}/blob/main/pkg/dbmate/db.go`
      // FindMigrations(): appliedMigrations[migration.Version]
    },
    edited: {
      does: "keeps no checksum: an edited applied migration is not run again and the edit goes unnoticed",
      source: `${REPO}/blob/main/pkg/driver/sqlite/sqlite.go`
      // CreateMigrationsTable(): version only
    }
  },
  tracking: {
    tables: ["schema_migrations"],
    stores: "one row per applied migration: `version` (text, primary key)",
    source: `${REPO}/blob/main/pkg/driver/sqlite/sqlite.go`
    // CreateMigrationsTable(), InsertMigration()
  },
  authoring: {
    firstScheme: { kind: "timestamp", digits: 14 },
    files: (version, name, shape) => [
      {
        rel: `${version}${shape.separator}${name}.sql`,
        text: markerFile("-- migrate:up", "-- migrate:down")
      }
    ]
  }
};
var DBMATE_UP = /^--\s*migrate:up(\s*$|\s+\S+)/gm;
var DBMATE_DOWN = /^--\s*migrate:down(\s*$|\s+\S+)/gm;
function splitDbmate(text) {
  const file = { transaction: true, problems: [] };
  const ups = [...text.matchAll(DBMATE_UP)].map((match) => match.index);
  const downs = [...text.matchAll(DBMATE_DOWN)].map((match) => match.index);
  const first = ups[0];
  if (first === void 0) {
    file.problems.push({ line: 1, message: "no `-- migrate:up` marker: dbmate refuses the file" });
    return file;
  }
  const before = text.slice(0, first).split("\n");
  const stray = before.findIndex((line) => line.trim() !== "" && !line.trimStart().startsWith("--"));
  if (stray !== -1) {
    file.problems.push({
      line: stray + 1,
      message: "SQL before the first `-- migrate:up` marker: dbmate refuses it"
    });
  }
  const early = downs.find((down) => down < first);
  if (early !== void 0) {
    file.problems.push({
      line: positionAt(text, early).line,
      message: "`-- migrate:down` comes before `-- migrate:up`"
    });
  }
  ups.forEach((start, i) => {
    const end = ups[i + 1] ?? text.length;
    const sectionDowns = downs.filter((down) => down > start && down < end);
    const downStart = sectionDowns[0];
    const upLine = positionAt(text, start).line;
    if (sectionDowns.length > 1) {
      file.problems.push({
        line: upLine,
        message: "two `-- migrate:down` markers after one `-- migrate:up`"
      });
    }
    if (downStart === void 0) {
      file.problems.push({
        line: upLine,
        message: "no `-- migrate:down` marker after this `-- migrate:up`: dbmate refuses the file"
      });
    }
    addSection(file, "up", text, start, downStart ?? end);
    if (downStart !== void 0) addSection(file, "down", text, downStart, sectionDowns[1] ?? end);
  });
  return file;
}
function addSection(file, direction, text, markerStart, end) {
  const newline = text.indexOf("\n", markerStart);
  const bodyStart = newline === -1 || newline >= end ? end : newline + 1;
  const options = text.slice(markerStart, newline === -1 ? text.length : newline).split(/\s+/).slice(1);
  const transaction = !options.some((option) => option === "transaction:false");
  const line = positionAt(text, markerStart).line;
  const section = file[direction] ?? { chunks: [], line, transaction };
  file[direction] = section;
  if (!transaction) section.transaction = false;
  section.chunks.push({ sql: text.slice(bodyStart, end), ...positionAt(text, bodyStart) });
}

// src/core/layouts/folder-reader.ts
function byFolder(files) {
  const folders = /* @__PURE__ */ new Map();
  for (const file of files) {
    const folder = dirName(file.rel);
    if (folder === "") continue;
    const inside = folders.get(folder) ?? /* @__PURE__ */ new Map();
    inside.set(baseName(file.rel), file);
    folders.set(folder, inside);
  }
  return folders;
}

// src/core/tools/diesel.ts
var REPO2 = "https://github.com/diesel-rs/diesel";
function dieselStamp(version) {
  if (!/^\d{14}$/.test(version)) return version;
  return `${version.slice(0, 4)}-${version.slice(4, 6)}-${version.slice(6, 8)}-${version.slice(8)}`;
}
var diesel = {
  id: "diesel",
  name: "diesel",
  title: "diesel",
  detect: {
    priority: 30,
    evidence: (files) => files.filter(({ name, folder }) => name === "up.sql" && /^\d/.test(baseName(folder))).length,
    reason: () => "diesel folders <YYYY-MM-DD-HHMMSS>_<name>/up.sql + down.sql"
  },
  read: (files) => readDiesel(files),
  looksLike: (name, inFolder) => name === "up.sql" || name === "down.sql" ? `a diesel migration file${inFolder ? " in a folder" : ""}` : void 0,
  order: { by: "version-text", how: "diesel sorts versions as text" },
  downs: "always",
  transaction: {
    wraps: "each-file",
    optOut: "set `run_in_transaction = false` in the migration's metadata.toml"
  },
  // diesel_migrations 2.x: src/migration_harness.rs pending_migrations() and run_migration().
  applied: {
    outOfOrder: {
      does: "runs every migration whose version is not in __diesel_schema_migrations, older ones included",
      source: `${REPO2}/blob/main/diesel_migrations/src/migration_harness.rs`
      // pending_migrations()
    },
    duplicate: {
      does: "keeps one migration per version: of two folders with one version at most one runs, and which one is not defined",
      source: `${REPO2}/blob/main/diesel_migrations/src/migration_harness.rs`
      // pending_migrations(): a HashMap keyed by version
    },
    renamed: {
      does: "knows a migration by its version (the folder name before the first `_`, dashes removed): a new name part keeps it applied, a new version runs it again",
      source: `${REPO2}/blob/main/diesel_migrations/migrations_internals/src/lib.rs`
      // version_from_string()
    },
    edited: {
      does: "keeps no checksum: an edited applied migration is not run again and the edit goes unnoticed",
      source: `${REPO2}/blob/main/diesel/src/migration/setup_migration_table.sql`
    }
  },
  tracking: {
    tables: ["__diesel_schema_migrations"],
    stores: "one row per applied migration: `version` (text, primary key) and `run_on`",
    source: `${REPO2}/blob/main/diesel/src/migration/setup_migration_table.sql`
  },
  authoring: {
    firstScheme: { kind: "timestamp", digits: 14 },
    clock: true,
    files: (version, name) => {
      const folder = `${dieselStamp(version)}_${name}`;
      return [
        { rel: `${folder}/up.sql`, text: upTemplate(name, true) },
        { rel: `${folder}/down.sql`, text: downTemplate(name) }
      ];
    },
    folder: {
      rename: (folderName, _version, next) => {
        const cut = folderName.indexOf("_");
        return `${dieselStamp(next)}${cut === -1 ? "" : folderName.slice(cut)}`;
      }
    }
  }
};
function readDiesel(files) {
  const result = emptyResult();
  for (const [folder, inside] of byFolder(files)) {
    const up = inside.get("up.sql");
    if (!up) continue;
    const folderName = baseName(folder);
    const cut = folderName.indexOf("_");
    const version = (cut === -1 ? folderName : folderName.slice(0, cut)).replaceAll("-", "");
    const metadata = inside.get("metadata.toml");
    const transaction = !/^\s*run_in_transaction\s*=\s*false\s*(#.*)?$/m.test(metadata?.text ?? "");
    const down = inside.get("down.sql");
    const parts = [up, down, metadata].filter((file) => file !== void 0);
    for (const file of parts) result.claimed.add(file.rel);
    const entry = {
      migration: {
        version,
        name: cut === -1 ? "" : folderName.slice(cut + 1),
        files: [up, down].filter((file) => file !== void 0).map((file) => file.display)
      },
      rels: parts.map((file) => file.rel),
      sortName: folderName
    };
    for (const [file, direction] of [
      [up, "up"],
      [down, "down"]
    ]) {
      if (!file) continue;
      if (file.text === void 0) result.findings.push(unreadableFinding(file, version));
      else entry.migration[direction] = script(file, wholeFile(file.text), transaction);
    }
    result.entries.push(entry);
  }
  return result;
}

// src/core/tools/drizzle.ts
var REPO3 = "https://github.com/drizzle-team/drizzle-orm";
var ADVICE = "drizzle-kit writes Drizzle migrations and records each in meta/_journal.json, which the migrator follows; run `npx drizzle-kit generate --name NAME` (add `--custom` for an empty one to write by hand), then `lockstep lock`";
var drizzle = {
  id: "drizzle",
  name: "Drizzle",
  title: "Drizzle",
  detect: {
    priority: 10,
    evidence: (files) => files.filter(({ name, folder }) => name === "_journal.json" && baseName(folder) === "meta").length,
    reason: () => "a Drizzle journal, meta/_journal.json"
  },
  read: (files) => readDrizzle(files),
  order: { by: "listed", how: "drizzle follows meta/_journal.json" },
  downs: "never",
  transaction: {
    wraps: "all-pending",
    pragmaIgnored: "Drizzle runs every pending migration in one transaction, where SQLite ignores it; if the rebuild needs foreign keys off, turn them off on the connection before calling migrate() and back on after"
  },
  // drizzle-orm 0.x (checked 0.45): the migrator of the meta/_journal.json layout. drizzle-orm 1.0 (release
  // candidates) matches applied migrations by name instead.
  applied: {
    outOfOrder: {
      does: "applies only journal entries whose `when` is later than the newest applied migration's `created_at`: an older one is skipped and nothing says so",
      source: `${REPO3}/blob/main/drizzle-orm/src/sqlite-core/dialect.ts`
      // migrate(): lastDbMigration.created_at < folderMillis
    },
    duplicate: {
      does: "does not look at the number: each journal entry runs when its `when` is later than the newest applied `created_at`, whatever number its file has",
      source: `${REPO3}/blob/main/drizzle-orm/src/sqlite-core/dialect.ts`
      // migrate()
    },
    renamed: {
      does: 'does not record names: a file renamed together with its journal `tag` stays applied, and a file renamed without it stops migrate with "No file \u2026 found"',
      source: `${REPO3}/blob/main/drizzle-orm/src/migrator.ts`
      // readMigrationFiles(): reads `${tag}.sql`
    },
    edited: {
      does: "stores a hash of each file but never compares it: an edited applied migration is not run again",
      source: `${REPO3}/blob/main/drizzle-orm/src/migrator.ts`
      // readMigrationFiles(): sha256; migrate() reads only created_at
    }
  },
  tracking: {
    tables: ["__drizzle_migrations"],
    stores: "one row per applied migration: `hash` and `created_at` (the journal entry's `when`)",
    source: `${REPO3}/blob/main/drizzle-orm/src/sqlite-core/dialect.ts`
    // migrate(): CREATE TABLE and INSERT
  },
  authoring: {
    firstScheme: { kind: "timestamp", digits: 14 },
    refuse: {
      new: `is a Drizzle set: ${ADVICE}`,
      renumber: `is a Drizzle set, whose order lives in meta/_journal.json: delete the clashing migration and generate it again after merging the base; ${ADVICE}`
    }
  }
};
var BREAKPOINT = "--> statement-breakpoint";
function readDrizzle(files) {
  const result = emptyResult();
  const journal = files.filter((file) => baseName(file.rel) === "_journal.json" && baseName(dirName(file.rel)) === "meta").sort((a, b) => a.rel.length - b.rel.length)[0];
  if (!journal) return result;
  result.claimed.add(journal.rel);
  const base = dirName(dirName(journal.rel));
  const sqlFiles = new Map(
    files.filter((file) => dirName(file.rel) === base && file.rel.endsWith(".sql")).map((file) => [baseName(file.rel), file])
  );
  const entries = journalEntries(journal, result);
  entries.forEach((entry, position) => {
    const tag = typeof entry.tag === "string" ? entry.tag : void 0;
    const file = tag === void 0 ? void 0 : sqlFiles.get(`${tag}.sql`);
    if (!tag || !file) {
      result.findings.push(
        finding(
          "parse-error",
          `${journal.display}: journal entry ${position} (tag ${excerpt(String(JSON.stringify(entry.tag)))}) has no file ${excerpt(tag ?? "?")}.sql beside the journal; drizzle's migrator stops there. Restore the file, or regenerate the journal with drizzle-kit.`,
          { file: journal.display }
        )
      );
      return;
    }
    sqlFiles.delete(`${tag}.sql`);
    result.claimed.add(file.rel);
    if (entry.idx !== position) {
      result.findings.push(
        finding(
          "order-ambiguous",
          `${journal.display}: entry ${position} (${excerpt(tag)}) has idx ${excerpt(String(JSON.stringify(entry.idx)))}; drizzle applies migrations in the order the entries are listed, and so does lockstep. Fix the idx values so they agree.`,
          { file: journal.display }
        )
      );
    }
    result.entries.push(upOnlyEntry(file, tag, splitBreakpoints, true, result.findings));
  });
  for (const file of sqlFiles.values()) {
    result.claimed.add(file.rel);
    result.findings.push(
      finding(
        "parse-error",
        `${file.display} is not in ${journal.display}, so drizzle never applies it. Generate migrations with drizzle-kit (which records them in the journal), or delete or exclude the file.`,
        { file: file.display }
      )
    );
  }
  return result;
}
function journalEntries(journal, result) {
  const problem = (why) => result.findings.push(
    finding(
      "parse-error",
      `${journal.display} ${why}, so the migration order is unknown. Regenerate it with drizzle-kit.`,
      {
        file: journal.display
      }
    )
  );
  if (journal.text === void 0) {
    result.findings.push(unreadableFinding(journal));
    return [];
  }
  try {
    const parsed = JSON.parse(journal.text);
    if (Array.isArray(parsed?.entries)) {
      return parsed.entries.map((entry) => typeof entry === "object" && entry !== null ? entry : {});
    }
    problem("has no `entries` list");
  } catch (error) {
    problem(`is not valid JSON (${error.message})`);
  }
  return [];
}
function splitBreakpoints(text) {
  const chunks = [];
  if (text === "") return chunks;
  let start = 0;
  for (; ; ) {
    const at = text.indexOf(BREAKPOINT, start);
    const end = at === -1 ? text.length : at;
    chunks.push({ sql: text.slice(start, end), ...positionAt(text, start) });
    if (at === -1) return chunks;
    start = at + BREAKPOINT.length;
  }
}

// src/core/tools/flyway.ts
var CORE = "https://github.com/flyway/flyway/blob/main/flyway-core/src/main/java/org/flywaydb/core";
var flyway = {
  id: "flyway",
  name: "Flyway",
  title: "Flyway",
  detect: {
    priority: 40,
    evidence: (files) => files.filter(({ name }) => /^[VU]\d+(?:[._]\d+)*__.+\.sql$|^R__.+\.sql$/.test(name)).length,
    reason: () => "Flyway files V<version>__<description>.sql"
  },
  read: (files) => readFlyway(files),
  looksLike: (name) => /^[VUR]\d*(?:[._]\d+)*__.+\.sql$/.test(name) ? "a Flyway migration" : void 0,
  order: { by: "number", how: "Flyway compares version parts as numbers" },
  downs: "if-any",
  transaction: {
    wraps: "each-file",
    optOut: "put `executeInTransaction=false` in the script's `.conf` file"
  },
  // Flyway (checked 13.0, main), with the defaults validateOnMigrate=true and ignoreMigrationPatterns=*:future.
  applied: {
    outOfOrder: {
      does: 'refuses to migrate unless `outOfOrder=true`: validate (run by migrate) fails with "Detected resolved migration not applied to database"',
      source: `${CORE}/internal/info/MigrationInfoImpl.java`
      // validate(): MigrationState.IGNORED (ResolvedMigration.getState())
    },
    duplicate: {
      does: 'refuses to migrate: "Found more than one migration with version N"',
      source: `${CORE}/internal/resolver/CompositeMigrationResolver.java`
      // checkForIncompatibilities()
    },
    renamed: {
      does: 'validate (run by migrate) fails: a new description is a "Migration description mismatch", a new version leaves the applied one "not resolved locally"',
      source: `${CORE}/internal/info/MigrationInfoImpl.java`
      // validate(): DESCRIPTION_MISMATCH, APPLIED_VERSIONED_MIGRATION_NOT_RESOLVED
    },
    edited: {
      does: 'stores a checksum of each script; validate (run by migrate) fails with "Migration checksum mismatch"',
      source: `${CORE}/internal/info/MigrationInfoImpl.java`
      // validate(): CHECKSUM_MISMATCH
    }
  },
  tracking: {
    tables: ["flyway_schema_history"],
    stores: "one row per applied script: `installed_rank`, `version`, `description`, `type`, `script`, `checksum`, `installed_by`, `installed_on`, `execution_time`, `success`",
    source: `${CORE}/internal/database/sqlite/SQLiteDatabase.java`
    // getRawCreateScript()
  },
  authoring: {
    firstScheme: { kind: "sequential", width: 1 },
    files: (version, name, shape) => [
      { rel: `V${version}__${name}.sql`, text: upTemplate(name, shape.undo) },
      ...shape.undo ? [{ rel: `U${version}__${name}.sql`, text: downTemplate(name) }] : []
    ],
    // Flyway keeps per-script settings in `<file>.conf`: it follows its script.
    companions: (rel) => [`${rel}.conf`]
  }
};
var VERSIONED = /^([VU])(\d+(?:[._]\d+)*)__(.+)\.sql$/;
var REPEATABLE = /^R__(.+)\.sql$/;
function readFlyway(files) {
  const result = emptyResult();
  const byName = new Map(files.map((file) => [file.rel, file]));
  const undos = /* @__PURE__ */ new Map();
  const versioned = [];
  for (const file of files) {
    const name = baseName(file.rel);
    const repeatable = REPEATABLE.exec(name);
    const match = VERSIONED.exec(name);
    if (repeatable) {
      result.claimed.add(file.rel);
      result.entries.push(
        toEntry2(file, void 0, `R__${repeatable[1]}`, repeatable[1] ?? "", byName, result, true)
      );
    } else if (match?.[1] === "U") {
      result.claimed.add(file.rel);
      const key = versionKey(match[2] ?? "");
      undos.set(key, [...undos.get(key) ?? [], file]);
    } else if (match) {
      result.claimed.add(file.rel);
      versioned.push({ file, version: match[2] ?? "", name: match[3] ?? "" });
    }
  }
  for (const { file, version, name } of versioned) {
    const key = versionKey(version);
    const undo = undos.get(key)?.shift();
    result.entries.push(toEntry2(file, undo, version, name, byName, result, false));
  }
  for (const undo of [...undos.values()].flat()) {
    result.findings.push(
      finding(
        "parse-error",
        `${undo.display} is an undo migration with no versioned (V) migration of the same version. Add the V file, or delete the undo if its migration was removed.`,
        { file: undo.display }
      )
    );
  }
  return result;
}
function toEntry2(file, undo, version, name, byName, result, repeatable) {
  const parts = [file, undo].filter((part) => part !== void 0);
  const entry = {
    migration: { version, name, files: parts.map((part) => part.display) },
    rels: parts.map((part) => part.rel),
    sortName: repeatable ? name : baseName(file.rel),
    repeatable
  };
  for (const [part, direction] of [
    [file, "up"],
    [undo, "down"]
  ]) {
    if (!part) continue;
    const config = byName.get(`${part.rel}.conf`);
    if (config) result.claimed.add(config.rel);
    const transaction = !/^\s*executeInTransaction\s*=\s*false\s*$/m.test(config?.text ?? "");
    if (part.text === void 0) result.findings.push(unreadableFinding(part, version));
    else entry.migration[direction] = script(part, wholeFile(part.text), transaction);
  }
  return entry;
}

// src/core/tools/golang-migrate.ts
var REPO4 = "https://github.com/golang-migrate/migrate";
var PAIRED_NAME = /^\d+_.*\.(up|down)\.sql$/;
var golangMigrate = {
  id: "golang-migrate",
  name: "golang-migrate",
  title: "golang-migrate",
  detect: {
    priority: 60,
    evidence: (files) => files.filter(({ name }) => PAIRED_NAME.test(name)).length,
    reason: () => 'files named <digits>_<name>.up.sql / .down.sql; sqlx uses the same names: set layout "sqlx" if sqlx runs them'
  },
  namesOnly: true,
  read: (files) => {
    const ownTransactions = files.some(
      (file) => pairedName(baseName(file.rel)) && OWN_BEGIN.test(file.text ?? "")
    );
    return readNamed(files, pairedName, () => !ownTransactions);
  },
  looksLike: (name) => PAIRED_NAME.test(name) ? "a golang-migrate/sqlx up/down file" : void 0,
  order: { by: "number", how: "golang-migrate sorts versions as numbers" },
  downs: "always",
  transaction: {
    wraps: "each-file",
    optOut: "run golang-migrate with `x-no-tx-wrap=true` in the database URL (every file then manages its own transaction)"
  },
  // golang-migrate v4 (master, 2026): migrate.go Up()/readUp(), source/migration.go, database/sqlite3.
  applied: {
    outOfOrder: {
      does: "records only the newest applied version: a migration older than it is never applied, and nothing says so",
      source: `${REPO4}/blob/master/migrate.go`
      // Up() → readUp(curVersion): only versions after the current one
    },
    duplicate: {
      does: "refuses the source: two up (or two down) files with one version",
      source: `${REPO4}/blob/master/source/migration.go`
      // Migrations.Append() → ErrDuplicateMigration
    },
    renamed: {
      does: 'knows a migration by its version only: a new name part changes nothing; a new version is another migration, and when the old one was the current version, up fails with "no migration found for version N"',
      source: `${REPO4}/blob/master/migrate.go`
      // versionExists()
    },
    edited: {
      does: "keeps no checksum: an edited applied migration is not run again and the edit goes unnoticed",
      source: `${REPO4}/blob/master/database/sqlite3/sqlite3.go`
      // ensureVersionTable(): version and dirty only
    }
  },
  tracking: {
    tables: ["schema_migrations"],
    stores: "one row: the newest applied `version` and a `dirty` flag",
    source: `${REPO4}/blob/master/database/sqlite3/sqlite3.go`
    // SetVersion(): DELETE, then INSERT one row
  },
  authoring: {
    firstScheme: { kind: "sequential", width: 6 },
    files: (version, name) => pairedFiles(version, name)
  }
};

// src/core/code-span.ts
function codeSpan(text) {
  if (text === "") return "` `";
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = "`".repeat(longest + 1);
  const edge = /^[` ]|[` ]$/.test(text) && text.trim() !== "" ? " " : "";
  return `${fence}${edge}${text}${edge}${fence}`;
}
function splitCodeSpans(prose) {
  const parts = [];
  let plain2 = "";
  let at = 0;
  while (at < prose.length) {
    const open = prose.indexOf("`", at);
    if (open === -1) break;
    let width = 1;
    while (prose[open + width] === "`") width++;
    const close = closingRun(prose, open + width, width);
    if (close === -1) {
      plain2 += prose.slice(at, open + width);
      at = open + width;
      continue;
    }
    plain2 += prose.slice(at, open);
    if (plain2) parts.push({ code: false, text: plain2 });
    plain2 = "";
    let code = prose.slice(open + width, close);
    if (code.length > 1 && code.startsWith(" ") && code.endsWith(" ") && code.trim() !== "")
      code = code.slice(1, -1);
    parts.push({ code: true, text: code });
    at = close + width;
  }
  plain2 += prose.slice(at);
  if (plain2) parts.push({ code: false, text: plain2 });
  return parts;
}
function closingRun(text, from, width) {
  let at = from;
  while (at < text.length) {
    const start = text.indexOf("`", at);
    if (start === -1) return -1;
    let end = start;
    while (text[end] === "`") end++;
    if (end - start === width) return start;
    at = end;
  }
  return -1;
}

// src/core/layouts/statement-buffer.ts
var StatementBuffer = class {
  constructor(text) {
    this.text = text;
  }
  text;
  start = -1;
  end = -1;
  file = { transaction: true, problems: [] };
  get empty() {
    return this.start === -1;
  }
  add(lineStart, lineText) {
    if (this.start === -1) this.start = lineStart;
    this.end = lineStart + lineText.length;
  }
  open(direction, line, transaction = true) {
    this.file[direction] ??= { chunks: [], line, transaction };
    if (!transaction) this.file[direction].transaction = false;
  }
  flush(direction) {
    if (this.start === -1) return;
    const section = direction && this.file[direction];
    if (section) section.chunks.push(chunkAt(this.text, this.start, this.end));
    this.start = -1;
  }
  problem(line, message) {
    this.file.problems.push({ line, message });
  }
};
function endsWithSemicolon(line) {
  let last = "";
  for (const word of line.split(/\s+/)) {
    if (word.startsWith("--")) break;
    if (word !== "") last = word;
  }
  return last.endsWith(";");
}

// src/core/tools/goose.ts
var UP_MARKER2 = /^--\s*\+goose\s+up\s*$/im;
var REPO5 = "https://github.com/pressly/goose";
var goose = {
  id: "goose",
  name: "goose",
  title: "goose",
  detect: {
    priority: 50,
    compete: true,
    evidence: (files) => files.filter(({ name, file }) => name.endsWith(".sql") && UP_MARKER2.test(file.text ?? "")).length,
    reason: () => "SQL files with `-- +goose Up` annotations"
  },
  read: (files) => readMarkerFiles(files, {
    tool: "goose",
    // goose takes the text before the first `_` as an int64 version.
    parseName: (file) => {
      const match = /^(\d+)_(.*)\.sql$/.exec(file);
      return match ? { version: match[1] ?? "", name: match[2] ?? "" } : void 0;
    },
    split: splitGoose,
    codeSteps: true
  }),
  order: { by: "number", how: "goose sorts versions as numbers" },
  downs: "always",
  transaction: { wraps: "each-file", optOut: "add `-- +goose NO TRANSACTION` to the file" },
  // goose v3.27: the package API the goose CLI runs (up.go, migrate.go, migration.go).
  applied: {
    outOfOrder: {
      does: "refuses to migrate when a pending migration is older than the newest applied one, unless run with `-allow-missing`",
      source: `${REPO5}/blob/main/up.go`
      // UpTo(): "found N missing migrations before current version"
    },
    duplicate: {
      does: "refuses the directory: two migrations with one version",
      source: `${REPO5}/blob/main/migrate.go`
      // Migrations.Less(): "duplicate version … detected"
    },
    renamed: {
      does: "knows a migration by its version only: a new name part keeps it applied; a new version is a new migration, which runs again, or is refused as missing when below the newest applied one",
      source: `${REPO5}/blob/main/migration.go`
      // NumericComponent(): the number before the first `_`
    },
    edited: {
      does: "keeps no checksum: an edited applied migration is not run again and the edit goes unnoticed",
      source: `${REPO5}/blob/main/internal/dialects/sqlite3.go`
      // CreateTable(): no checksum column
    }
  },
  tracking: {
    tables: ["goose_db_version"],
    stores: "one row per applied migration: `version_id`, `is_applied`, `tstamp`; a down deletes the version's row, and a row for version 0 is written when the table is created",
    source: `${REPO5}/blob/main/internal/dialects/sqlite3.go`
    // CreateTable(), InsertVersion(), DeleteVersion()
  },
  authoring: {
    firstScheme: { kind: "timestamp", digits: 14 },
    files: (version, name, shape) => [
      { rel: `${version}${shape.separator}${name}.sql`, text: markerFile("-- +goose Up", "-- +goose Down") }
    ]
  }
};
var GOOSE_ANNOTATIONS = [
  "Up",
  "Down",
  "StatementBegin",
  "StatementEnd",
  "NO TRANSACTION",
  "ENVSUB ON",
  "ENVSUB OFF"
];
function splitGoose(text) {
  const buffer = new StatementBuffer(text);
  let state = "start";
  let block = false;
  let lineNo = 0;
  for (const { text: line, start } of linesOf(text)) {
    lineNo++;
    if (state === "start" && line.trim() === "") continue;
    if (line.trimStart().startsWith("--") && line.includes("+goose")) {
      const annotation = gooseAnnotation(line);
      if (annotation.problem) {
        buffer.problem(lineNo, annotation.problem);
        continue;
      }
      switch (annotation.name) {
        case "Up":
          if (state === "start") {
            state = "up";
            buffer.open(state, lineNo);
          } else buffer.problem(lineNo, "a second `-- +goose Up` annotation: goose refuses the file");
          continue;
        case "Down":
          if (state === "up" && !block) {
            if (!buffer.empty)
              buffer.problem(lineNo, "the last up statement has no closing `;` before `-- +goose Down`");
            buffer.flush("up");
            state = "down";
            buffer.open(state, lineNo);
          } else
            buffer.problem(
              lineNo,
              "`-- +goose Down` must follow `-- +goose Up` outside a StatementBegin block"
            );
          continue;
        case "StatementBegin":
          if (state === "start" || block)
            buffer.problem(lineNo, "`-- +goose StatementBegin` is not after Up/Down");
          else {
            buffer.flush(state);
            block = true;
          }
          continue;
        case "StatementEnd":
          if (!block) buffer.problem(lineNo, "`-- +goose StatementEnd` has no StatementBegin before it");
          else buffer.flush(state === "start" ? void 0 : state);
          block = false;
          continue;
        case "NO TRANSACTION":
          buffer.file.transaction = false;
          continue;
        default:
          continue;
      }
    }
    if (buffer.empty && (line.trimStart().startsWith("--") || line.trim() === "")) continue;
    if (state === "start") {
      buffer.problem(lineNo, "SQL before the `-- +goose Up` annotation: goose refuses the file");
      continue;
    }
    buffer.add(start, line);
    if (!block && endsWithSemicolon(line)) buffer.flush(state);
  }
  if (state === "start") buffer.problem(1, "no `-- +goose Up` annotation: goose refuses the file");
  if (block) buffer.problem(lineNo, "a `-- +goose StatementBegin` block is never closed with StatementEnd");
  else if (!buffer.empty)
    buffer.problem(lineNo, "the last statement has no closing `;`: goose refuses the file");
  buffer.flush(state === "start" ? void 0 : state);
  return buffer.file;
}
function gooseAnnotation(line) {
  if (/^\s/.test(line)) return { problem: "a goose annotation with leading whitespace: goose refuses it" };
  const command = line.replaceAll("--", "").replace("+goose", "").trim();
  if (command.includes("+goose"))
    return { problem: "two `+goose` annotations on one line: goose refuses it" };
  const name = GOOSE_ANNOTATIONS.find((known) => known.toLowerCase() === command.toLowerCase());
  return name ? { name } : { problem: `${codeSpan(excerpt(line))} is not a goose annotation goose knows: it refuses it` };
}

// src/core/tools/pattern.ts
var pattern = {
  id: "pattern",
  name: "pattern",
  title: "pattern",
  namesOnly: true,
  read: (files, context) => readPattern(files, context.pattern ?? /$^/),
  order: { by: "number", how: "lockstep applies `pattern` versions by number" },
  downs: "by-pattern",
  transaction: { wraps: "as-written" },
  // The runner is the application's: nothing is known of what it does with an applied migration.
  applied: {},
  tracking: { tables: [], stores: "whatever the application's runner keeps", source: "lockstep" },
  // New files copy the newest migration's names, with the version (and name) replaced.
  authoring: { firstScheme: { kind: "timestamp", digits: 14 } }
};
function readPattern(files, regex) {
  const namer = (fileName) => {
    const groups = regex.exec(fileName)?.groups;
    if (!groups?.version) return void 0;
    const direction = groups.direction?.toLowerCase();
    return {
      version: groups.version,
      name: groups.name ?? "",
      direction: direction === "down" || direction === "undo" ? "down" : "up"
    };
  };
  return readNamed(
    files,
    (fileName) => namer(fileName),
    () => false,
    (file) => namer(file.rel)
  );
}

// src/core/tools/plain.ts
var SIMPLE_NAME = /^\d+_.+\.sql$/;
var plain = {
  id: "plain",
  name: "plain",
  title: "plain / Atlas / sqlx simple",
  detect: {
    priority: 70,
    evidence: (files) => files.filter(({ name }) => SIMPLE_NAME.test(name)).length,
    reason: (files) => {
      const atlas = files.some(({ name }) => name === "atlas.sum") ? " with an atlas.sum" : "";
      return `files named <digits>_<name>.sql${atlas}, up only. sqlx, Atlas, Cloudflare D1 and hand-run folders all look like this; lockstep runs them as written. Set layout "d1" or "sqlx" to replay them the way that tool does`;
    }
  },
  // Run as written: whatever runs them is the application's own.
  namesOnly: true,
  read: (files) => readNamed(files, simpleName, () => false),
  looksLike: (name) => SIMPLE_NAME.test(name) ? "a numbered migration" : void 0,
  order: { by: "number", how: "lockstep applies plain numbered files by number" },
  downs: "never",
  transaction: { wraps: "as-written" },
  // The runner is the application's: nothing is known of what it does with an applied migration.
  applied: {},
  tracking: { tables: [], stores: "whatever the application's runner keeps", source: "lockstep" },
  authoring: {
    firstScheme: { kind: "sequential", width: 4 },
    files: (version, name) => singleFile(version, name)
  }
};

// src/core/tools/prisma.ts
var ENGINES = "https://github.com/prisma/prisma-engines/blob/main/schema-engine";
var CLI = "https://github.com/prisma/prisma/blob/main/packages/migrate/src";
var prisma = {
  id: "prisma",
  name: "Prisma",
  title: "Prisma",
  detect: {
    priority: 20,
    evidence: (files) => files.filter(
      ({ name, folder }) => name === "migration_lock.toml" || name === "migration.sql" && folder !== ""
    ).length,
    reason: () => "Prisma folders <timestamp>_<name>/migration.sql (and migration_lock.toml)"
  },
  read: (files) => readPrisma(files),
  looksLike: (name, inFolder) => name === "migration.sql" ? `a Prisma migration${inFolder ? " in a folder" : ""}` : void 0,
  order: { by: "name-text", how: "Prisma sorts folder names as text" },
  downs: "never",
  transaction: { wraps: "as-written" },
  // Prisma 6–7: the schema engine's applyMigrations (run by `migrate deploy`) and diagnoseMigrationHistory
  // (run by `migrate status` and `migrate dev`).
  applied: {
    outOfOrder: {
      does: "`prisma migrate deploy` applies every migration not recorded in _prisma_migrations, older ones included; `prisma migrate status` lists it as not yet applied",
      source: `${ENGINES}/core/src/commands/apply_migrations.rs`
      // apply_migrations(): unapplied_migrations
    },
    duplicate: {
      does: "knows a migration by its folder name: two folders with one timestamp are two migrations, applied in name order",
      source: `${CLI}/utils/listMigrations.ts`
      // listMigrations(): folders sorted by name
    },
    renamed: {
      does: "knows a migration by its folder name: `migrate deploy` applies the renamed folder again, and `migrate status` reports the old name as not found locally",
      source: `${ENGINES}/core/src/commands/diagnose_migration_history.rs`
      // Diagnostics::history(): HistoriesDiverge
    },
    edited: {
      does: "stores a checksum of each migration.sql; `migrate deploy` does not compare it, `migrate dev` reports the migration as modified after it was applied and asks to reset the database",
      source: `${ENGINES}/core/src/commands/diagnose_migration_history.rs`
      // edited_migrations: matches_checksum()
    }
  },
  tracking: {
    tables: ["_prisma_migrations"],
    stores: "one row per attempt: `id`, `migration_name` (the folder name), `checksum` (SHA-256 of migration.sql), `started_at`, `finished_at`, `rolled_back_at`, `logs`, `applied_steps_count`",
    source: `${ENGINES}/connectors/sql-schema-connector/src/sql_migration_persistence.rs`
    // record_migration_started_impl()
  },
  authoring: {
    firstScheme: { kind: "timestamp", digits: 14 },
    clock: true,
    files: (version, name) => [{ rel: `${version}_${name}/migration.sql`, text: upTemplate(name, false) }],
    folder: { rename: (folderName, version, next) => renumberedName(folderName, version, next) }
  }
};
function readPrisma(files) {
  const result = emptyResult();
  for (const file of files) if (file.rel === "migration_lock.toml") result.claimed.add(file.rel);
  for (const [folder, inside] of byFolder(files)) {
    const file = inside.get("migration.sql");
    if (!file) continue;
    result.claimed.add(file.rel);
    result.entries.push(upOnlyEntry(file, baseName(folder), wholeFile, false, result.findings));
  }
  return result;
}

// src/core/tools/sqitch-plan.ts
var NAME = String.raw`[^\s:@#\\\[\]!"$%&'()*+,./;<=>?^\x60{|}~-][^\s:@#\\\[\]]*`;
var STAMP = String.raw`\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ`;
var ENTRY = new RegExp(
  String.raw`^\s*(?:@(?<tag>${NAME})|(?<op>[+-])?\s*(?<name>${NAME}))\s*(?:\[(?<deps>[^\]]*)\]\s*)?(?<stamp>${STAMP})?\s*(?<planner>[^<]+?\s+<[^>]+>)?$`
);
var PRAGMA = /^\s*%\s*(?<name>[^\s=]+)\s*(?:=\s*(?<value>.*?))?\s*$/;
var SHA1 = /^[0-9a-f]{40}$/;
function parsePlan(text) {
  const plan = { changes: [], problems: [] };
  const problem = (line, message) => plan.problems.push({ line, message });
  let sinceTag = /* @__PURE__ */ new Map();
  const latest = /* @__PURE__ */ new Map();
  const tagLines = /* @__PURE__ */ new Map();
  const tags = [];
  let header = true;
  const readLine = (raw, line) => {
    if (raw.trim() === "") {
      header = false;
      return void 0;
    }
    if (raw.trimStart().startsWith("#")) return void 0;
    const body = raw.replace(/\s*#.*$/, "").trimEnd();
    if (header) {
      const pragma = PRAGMA.exec(body)?.groups;
      if (!pragma) return "a blank line must come between the pragmas and the first change";
      if (pragma.name === "project") plan.project = pragma.value;
      return void 0;
    }
    const entry = ENTRY.exec(body)?.groups;
    if (!entry) return `\`${body.trim()}\` is not a change, tag or pragma line Sqitch reads`;
    if (!entry.stamp || !entry.planner)
      return "a change or tag line needs a timestamp and the planner's name and <email>";
    if (entry.op === "-") return "a `-` (revert) line is not replayed by lockstep";
    const name = entry.tag ?? entry.name ?? "";
    if (name === "HEAD" || name === "ROOT") return `"${name}" is a reserved name`;
    if (SHA1.test(name)) return `"${name}" could be confused with a SHA1 ID`;
    if (entry.tag !== void 0) {
      if (plan.changes.length === 0) return `tag @${name} has no change before it`;
      const at = tagLines.get(name);
      if (at) return `tag @${name} is declared again (first on line ${at})`;
      if (entry.deps !== void 0) return "a tag may not list dependencies";
      tagLines.set(name, line);
      tags.push({ name, after: plan.changes.length - 1 });
      sinceTag = /* @__PURE__ */ new Map();
      return void 0;
    }
    const duplicate = sinceTag.get(name);
    if (duplicate)
      return `change "${name}" is declared again (first on line ${duplicate}) with no tag between`;
    const deps = (entry.deps ?? "").split(/\s+/).filter((dep) => dep !== "");
    const change = {
      name,
      line,
      requires: deps.filter((dep) => !dep.startsWith("!")),
      reworkTags: []
    };
    const reworked = latest.get(name);
    if (reworked) {
      const from = plan.changes.indexOf(reworked);
      reworked.reworkTags = tags.filter((tag) => tag.after >= from).map((tag) => tag.name).reverse();
    }
    sinceTag.set(name, line);
    latest.set(name, change);
    plan.changes.push(change);
    return void 0;
  };
  text.split("\n").forEach((raw, index) => {
    const message = readLine(raw, index + 1);
    if (message) problem(index + 1, message);
  });
  if (plan.project === void 0) problem(1, "the plan has no `%project=` pragma");
  checkDependencies(plan, tagLines);
  return plan;
}
function checkDependencies(plan, tagLines) {
  plan.changes.forEach((change) => {
    for (const dep of change.requires) {
      const colon = dep.indexOf(":");
      if (colon !== -1 && dep.slice(0, colon) !== plan.project) continue;
      const key = colon === -1 ? dep : dep.slice(colon + 1);
      if (SHA1.test(key)) continue;
      const [name = "", tag] = key.split("@", 2);
      const earlier = (c) => c.name === name && c.line < change.line;
      if (tag !== void 0) {
        const tagAt = tagLines.get(tag);
        if (tagAt !== void 0 && plan.changes.some((c) => earlier(c) && c.line < tagAt)) continue;
      } else if (plan.changes.some(earlier)) continue;
      const later = plan.changes.find((c) => c.name === name && c.line >= change.line);
      const why = name === change.name && tag === void 0 ? "itself" : later ? `"${key}", which the plan only has later (line ${later.line})` : `"${key}", which the plan does not have`;
      plan.problems.push({
        line: change.line,
        message: `change "${change.name}" requires ${why}: Sqitch refuses the plan ("Dependency error detected")`
      });
    }
  });
}

// src/core/tools/sqitch.ts
var REPO6 = "https://github.com/sqitchers/sqitch";
var PLAN = "sqitch.plan";
var CONF = "sqitch.conf";
var sqitch = {
  id: "sqitch",
  name: "Sqitch",
  title: "Sqitch",
  detect: {
    priority: 5,
    evidence: (files) => files.filter(({ name, folder }) => name === PLAN && folder === "").length,
    reason: () => "a Sqitch plan, sqitch.plan, with deploy/ and revert/ scripts"
  },
  read: (files) => readSqitch(files),
  order: { by: "listed", how: "Sqitch deploys changes in sqitch.plan order" },
  downs: "always",
  // The SQLite engine hands each script to the sqlite3 client as written; its templates hold BEGIN…COMMIT.
  transaction: { wraps: "as-written" },
  verify: "`sqitch verify` reports it as failed, and `sqitch deploy --verify` reverts the change and stops",
  // Sqitch 1.6.
  applied: {
    outOfOrder: {
      does: 'deploys the changes after the last deployed one; a change inserted before it changes the IDs of the changes after it (each ID covers its parent), so deploy stops with "Cannot find change \u2026 in sqitch.plan"',
      source: `${REPO6}/blob/develop/lib/App/Sqitch/Engine.pm`
      // _sync_plan(): "Cannot find change {id} ({change}) in {file}"
    },
    duplicate: {
      does: 'refuses the plan when a change name appears twice with no tag between ("duplicates earlier declaration"); after a tag the second one reworks the first',
      source: `${REPO6}/blob/develop/lib/App/Sqitch/Plan.pm`
      // _parse(): "duplicates earlier declaration"
    },
    renamed: {
      does: "knows a change by an ID computed from its name, project, parent change, planner, date, dependencies and note: a renamed change is a new one, and the deployed one is no longer found in the plan",
      source: `${REPO6}/blob/develop/lib/App/Sqitch/Plan/Change.pm`
      // `info`, the text its ID hashes
    },
    edited: {
      does: "records a hash of each deploy script; deploy does not compare it, `sqitch check` reports the divergence; `sqitch rework` is how a deployed change is changed",
      source: `${REPO6}/blob/develop/lib/sqitch-check.pod`
      // compares the SHA-1 of each deploy script
    }
  },
  tracking: {
    tables: [],
    stores: "changes, tags, dependencies and events in a registry database of its own (sqitch.db beside the target database), not in the migrated one",
    source: `${REPO6}/blob/develop/lib/App/Sqitch/Engine/sqlite.pm`
    // registry_uri: $registry.db beside the target
  },
  authoring: {
    firstScheme: { kind: "timestamp", digits: 14 },
    refuse: {
      new: "is a Sqitch project: run `sqitch add NAME -n 'what it does'`, which writes deploy/, revert/ and verify/ scripts and adds the change to sqitch.plan, then `lockstep lock`",
      renumber: "is a Sqitch project, whose order lives in sqitch.plan: move the new changes' lines below the applied ones in the plan by hand, then `lockstep lock`"
    }
  }
};
var MOVED = {
  top_dir: ".",
  plan_file: "sqitch.plan",
  deploy_dir: "deploy",
  revert_dir: "revert",
  verify_dir: "verify",
  reworked_dir: ".",
  reworked_deploy_dir: "deploy",
  reworked_revert_dir: "revert",
  reworked_verify_dir: "verify",
  extension: "sql"
};
function readSqitch(files) {
  const result = emptyResult();
  const byRel = new Map(files.map((file) => [file.rel, file]));
  const conf = byRel.get(CONF);
  if (conf) {
    result.claimed.add(conf.rel);
    checkConf(conf, result);
  }
  const plan = byRel.get(PLAN);
  if (!plan) {
    const first = files.find((file) => file.rel.endsWith(".sql"));
    if (first)
      result.findings.push(
        finding(
          "parse-error",
          `there is no ${PLAN} beside ${first.display}, so Sqitch has nothing to deploy. Point \`dir\` at the folder holding ${PLAN}.`,
          { file: first.display }
        )
      );
    return result;
  }
  result.claimed.add(plan.rel);
  if (plan.text === void 0) {
    result.findings.push(unreadableFinding(plan));
    return result;
  }
  const parsed = parsePlan(plan.text);
  for (const problem of parsed.problems) {
    result.findings.push(
      finding(
        "parse-error",
        `${plan.display}:${problem.line}: ${problem.message}. Fix the line (\`sqitch plan\` shows how Sqitch reads it).`,
        { file: plan.display, line: problem.line }
      )
    );
  }
  parsed.changes.forEach((change, index) => {
    const entry = toEntry3(change, String(index + 1), byRel, plan, result);
    if (entry) result.entries.push(entry);
  });
  return result;
}
function segmentOf(change, byRel) {
  if (change.reworkTags.length === 0) return change.name;
  const found = change.reworkTags.find((tag) => byRel.has(`deploy/${change.name}@${tag}.sql`));
  return `${change.name}@${found ?? change.reworkTags[0]}`;
}
function toEntry3(change, version, byRel, plan, result) {
  const segment = segmentOf(change, byRel);
  const [deploy, revert, verify] = ["deploy", "revert", "verify"].map(
    (dir) => byRel.get(`${dir}/${segment}.sql`)
  );
  const parts = [deploy, revert, verify].filter((file) => file !== void 0);
  for (const file of parts) result.claimed.add(file.rel);
  const entry = {
    migration: { version, name: change.name, files: parts.map((file) => file.display) },
    rels: parts.map((file) => file.rel),
    sortName: segment
  };
  if (!deploy) {
    result.findings.push(
      finding(
        "parse-error",
        `${plan.display}:${change.line} plans change "${change.name}", but deploy/${segment}.sql is missing, so sqitch deploy fails there. Add the script, or remove the change from the plan.`,
        { file: plan.display, line: change.line, version }
      )
    );
    return void 0;
  }
  for (const [file, direction] of [
    [deploy, "up"],
    [revert, "down"],
    [verify, "verify"]
  ]) {
    if (!file) continue;
    if (file.text === void 0) result.findings.push(unreadableFinding(file, version));
    else entry.migration[direction] = script(file, wholeFile(file.text), false);
  }
  return entry;
}
function checkConf(conf, result) {
  for (const [index, { text }] of linesOf(conf.text ?? "").entries()) {
    const match = /^\s*([a-z_]+)\s*=\s*(.*?)\s*$/.exec(text);
    const key = match?.[1] ?? "";
    const fallback = MOVED[key];
    if (fallback === void 0 || match?.[2] === fallback) continue;
    result.findings.push(
      finding(
        "parse-error",
        `${conf.display}:${index + 1} sets \`${key}\`, which lockstep does not follow: it reads ${PLAN} and the deploy/, revert/ and verify/ .sql scripts beside it. Keep Sqitch's default layout, with lockstep's \`dir\` at the folder holding ${PLAN}.`,
        { file: conf.display, line: index + 1 }
      )
    );
  }
}

// src/core/tools/sql-migrate.ts
var UP_MARKER3 = /^-- \+migrate Up/m;
var REPO7 = "https://github.com/rubenv/sql-migrate";
var sqlMigrate = {
  id: "sql-migrate",
  name: "sql-migrate",
  title: "sql-migrate",
  detect: {
    priority: 52,
    compete: true,
    evidence: (files) => files.filter(({ name, file }) => name.endsWith(".sql") && UP_MARKER3.test(file.text ?? "")).length,
    reason: () => "SQL files with `-- +migrate Up` markers"
  },
  read: (files) => readMarkerFiles(files, {
    tool: "sql-migrate",
    // sql-migrate reads every `.sql` file; its id is the file name, ordered by leading digits when present.
    parseName: (file) => {
      const match = /^(\d*)[_-]?(.*)\.sql$/.exec(file);
      if (!match) return void 0;
      return match[1] ? { version: match[1], name: match[2] ?? "" } : { version: file.slice(0, -4), name: file.slice(0, -4) };
    },
    split: splitSqlMigrate,
    codeSteps: false
  }),
  order: { by: "number", how: "sql-migrate sorts leading numbers as numbers" },
  downs: "always",
  transaction: { wraps: "each-file", optOut: "add `notransaction` to its `-- +migrate Up` / `Down` line" },
  // sql-migrate (master, 2025): migrate.go planMigrationCommon(), ToCatchup() and MigrationRecord.
  applied: {
    outOfOrder: {
      does: "applies every migration whose file name is not in gorp_migrations, older ones included: they run first, before the newer pending ones",
      source: `${REPO7}/blob/master/migrate.go`
      // planMigrationCommon() and ToCatchup(): "missing migrations up to the last run migration"
    },
    duplicate: {
      does: "has no versions of its own: two files with one number are two migrations, run in file-name order",
      source: `${REPO7}/blob/master/migrate.go`
      // Migration.Less(): numbers first, then the file name
    },
    renamed: {
      does: 'knows a migration by its file name: the old name becomes an "unknown migration in database" and migrate refuses to run; with unknown ones ignored, the renamed file runs again',
      source: `${REPO7}/blob/master/migrate.go`
      // planMigrationCommon(): the IgnoreUnknown check
    },
    edited: {
      does: "keeps no checksum: an edited applied migration is not run again and the edit goes unnoticed",
      source: `${REPO7}/blob/master/migrate.go`
      // MigrationRecord: id and applied_at only
    }
  },
  tracking: {
    tables: ["gorp_migrations"],
    stores: "one row per applied migration: `id` (the file name) and `applied_at`",
    source: `${REPO7}/blob/master/migrate.go`
    // MigrationRecord
  },
  authoring: {
    firstScheme: { kind: "timestamp", digits: 14 },
    separator: "-",
    files: (version, name, shape) => [
      {
        rel: `${version}${shape.separator}${name}.sql`,
        text: markerFile("-- +migrate Up", "-- +migrate Down")
      }
    ]
  }
};
function splitSqlMigrate(text) {
  const buffer = new StatementBuffer(text);
  let direction;
  let block = false;
  let lineNo = 0;
  for (const { text: line, start } of linesOf(text)) {
    lineNo++;
    let ended = false;
    if (line.startsWith("-- +migrate ") || line.trimEnd() === "-- +migrate") {
      const [command, ...options] = line.slice("-- +migrate".length).trim().split(/\s+/);
      if (command === "Up" || command === "Down") {
        if (!buffer.empty)
          buffer.problem(lineNo, `the statement before \`-- +migrate ${command}\` has no closing \`;\``);
        buffer.flush(direction);
        direction = command === "Up" ? "up" : "down";
        buffer.open(direction, lineNo, !options.includes("notransaction"));
      } else if (command === "StatementBegin") {
        if (direction) block = true;
      } else if (command === "StatementEnd") {
        ended = direction !== void 0 && block;
        block = false;
      } else {
        buffer.problem(
          lineNo,
          `${codeSpan(excerpt(line))} is not a sql-migrate command: sql-migrate silently ignores it`
        );
      }
    } else if (direction && !(buffer.empty && (line.trimStart().startsWith("--") || line.trim() === ""))) {
      buffer.add(start, line);
    }
    if (direction && (!block && endsWithSemicolon(line) || ended)) buffer.flush(direction);
  }
  if (block) buffer.problem(lineNo, "a `-- +migrate StatementBegin` is never closed with StatementEnd");
  if (!direction)
    buffer.problem(1, "no `-- +migrate Up` or `-- +migrate Down` annotation: nothing would run");
  else if (!buffer.empty)
    buffer.problem(lineNo, "the last statement has no closing `;`: sql-migrate refuses the file");
  buffer.flush(direction);
  return buffer.file;
}

// src/core/tools/sqlx.ts
var REPO8 = "https://github.com/launchbadge/sqlx";
var sqlx = {
  id: "sqlx",
  name: "sqlx",
  title: "sqlx",
  // Never detected: its names are golang-migrate's (reversible) or plain numbered files (simple).
  namesOnly: true,
  read: (files) => (
    // sqlx (sqlx-core migrate/source.rs): `no_tx = sql.starts_with("-- no-transaction")`.
    readNamed(
      files,
      (fileName) => pairedName(fileName) ?? simpleName(fileName),
      (text) => !text.startsWith("-- no-transaction")
    )
  ),
  order: { by: "number", how: "sqlx sorts versions as numbers" },
  downs: "if-any",
  transaction: { wraps: "each-file", optOut: "start the file with `-- no-transaction`" },
  // sqlx 0.8–0.9: sqlx-core/src/migrate/migrator.rs run_direct() (and sqlx-cli's `migrate run`, which does the same).
  applied: {
    outOfOrder: {
      does: "applies every migration whose version is not in _sqlx_migrations, older ones included",
      source: `${REPO8}/blob/main/sqlx-core/src/migrate/migrator.rs`
      // run_direct(): applies each version not in the table
    },
    duplicate: {
      does: 'runs the first file of a version and fails on the second, whose version is already recorded (the primary key); on later runs the other file reads as that version modified: "migration N was previously applied but has been modified"',
      source: `${REPO8}/blob/main/sqlx-core/src/migrate/migrator.rs`
      // run_direct(): applied migrations keyed by version
    },
    renamed: {
      does: 'knows a migration by its version: a new name part changes nothing; with a new version, migrate refuses to run: "migration N was previously applied but is missing in the resolved migrations" (unless missing ones are ignored)',
      source: `${REPO8}/blob/main/sqlx-core/src/migrate/migrator.rs`
      // validate_applied_migrations()
    },
    edited: {
      does: 'stores a checksum of each file and stops at a changed applied one: "migration N was previously applied but has been modified"',
      source: `${REPO8}/blob/main/sqlx-core/src/migrate/migrator.rs`
      // run_direct(): MigrateError::VersionMismatch
    }
  },
  tracking: {
    tables: ["_sqlx_migrations"],
    stores: "one row per applied migration: `version` (primary key), `description`, `installed_on`, `success`, `checksum` (SHA-384 of the file), `execution_time`",
    source: `${REPO8}/blob/main/sqlx-sqlite/src/migrate.rs`
    // ensure_migrations_table()
  },
  authoring: {
    firstScheme: { kind: "timestamp", digits: 14 },
    files: (version, name, shape) => shape.reversible ? pairedFiles(version, name) : singleFile(version, name)
  }
};

// src/core/tools/index.ts
var TOOLS = [
  dbmate,
  goose,
  sqlMigrate,
  golangMigrate,
  sqlx,
  diesel,
  prisma,
  drizzle,
  d1,
  flyway,
  plain,
  pattern,
  sqitch
];
var BY_ID = new Map(TOOLS.map((tool) => [tool.id, tool]));
function toolOf(layout) {
  return BY_ID.get(layout);
}
var DETECTED = TOOLS.filter((tool) => tool.detect !== void 0).sort((a, b) => (a.detect?.priority ?? 0) - (b.detect?.priority ?? 0));
function detectTool(files) {
  for (let i = 0; i < DETECTED.length; i++) {
    const tool = DETECTED[i];
    if (!tool.detect?.compete) {
      if ((tool.detect?.evidence(files) ?? 0) > 0) return tool;
      continue;
    }
    let best;
    for (; i < DETECTED.length && DETECTED[i]?.detect?.compete; i++) {
      const rival = DETECTED[i];
      const count = rival.detect?.evidence(files) ?? 0;
      if (count > 0 && count > (best?.count ?? 0)) best = { tool: rival, count };
    }
    i--;
    if (best) return best.tool;
  }
  return void 0;
}
function looksLike(name, inFolder) {
  for (const tool of DETECTED) {
    const look = tool.looksLike?.(name, inFolder);
    if (look) return look;
  }
  return "SQL";
}
var OTHER_TRACKING_TABLES = [
  "atlas_schema_revisions",
  // Atlas
  "alembic_version",
  // Alembic
  "django_migrations"
  // Django
];
var TRACKING_TABLES = /* @__PURE__ */ new Set([
  ...TOOLS.flatMap((tool) => tool.tracking.tables),
  ...OTHER_TRACKING_TABLES
]);
function authorableNames() {
  const ids = TOOLS.filter((tool) => tool.authoring.files && !tool.authoring.refuse).map((tool) => tool.id);
  return `${ids.slice(0, -1).join(", ")} or ${ids[ids.length - 1]}`;
}

export {
  codeSpan,
  splitCodeSpans,
  compareVersions,
  compareText,
  versionKey,
  isDigits,
  isNumbered,
  schemeOf,
  nextVersion,
  sanitizeName,
  upTemplate,
  downTemplate,
  patternFileName,
  renumberedName,
  baseName,
  dirName,
  toolOf,
  detectTool,
  looksLike,
  TRACKING_TABLES,
  authorableNames
};
