import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  runDiffSql
} from "./chunk-RL767TJW.js";
import {
  findBase
} from "./chunk-P2Z45EO7.js";
import {
  appliedAt,
  readLockText,
  refreshLock
} from "./chunk-BJUN4ADH.js";
import {
  GitRepo
} from "./chunk-MIWH5IJS.js";
import {
  DISK,
  readDatabase
} from "./chunk-27KHMPRI.js";
import {
  submoduleNotes
} from "./chunk-ICBRVQAN.js";
import {
  LOCK_FILE
} from "./chunk-Z2X2U7TB.js";
import {
  writeFileAtomic
} from "./chunk-5RV7R7RT.js";
import {
  optOutAdvice
} from "./chunk-JCJLY7EN.js";
import {
  CONFIG_FILE,
  resolveDatabases,
  shownPath
} from "./chunk-WWXHY5GU.js";
import {
  WRAPS_OF
} from "./chunk-YBKIMZXO.js";
import {
  COMMON_LOCATIONS
} from "./chunk-UJ557UV3.js";
import {
  DOWN,
  NO_DOWN,
  UP,
  authorableNames,
  baseName,
  compareVersions,
  dirName,
  downTemplate,
  isNumbered,
  nextVersion,
  patternFileName,
  renumberedName,
  sanitizeName,
  schemeOf,
  toolOf,
  upTemplate,
  versionKey
} from "./chunk-X7R4MUVV.js";
import {
  LockstepError
} from "./chunk-HVSG2UMJ.js";

// src/engine/authoring/renumber.ts
import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync } from "node:fs";
import { dirname, join } from "node:path";

// src/core/layouts/renumber-plan.ts
function schemeFor(layout, newest) {
  if (toolOf(layout).authoring.clock) return { kind: "timestamp", digits: 14 };
  return newest === void 0 ? void 0 : schemeOf(newest);
}
function newestOf(migrations) {
  return migrations.reduce(
    (max, m) => max === void 0 || compareVersions(m.version, max.version) > 0 ? m : max,
    void 0
  );
}
function planRenumber(layout, migrations, isApplied, now, gained = []) {
  const numbered = migrations.filter((m) => isNumbered(m.version));
  const applied = [...numbered.filter(isApplied), ...gained.filter((m) => isNumbered(m.version))];
  const newestApplied = newestOf(applied);
  const taken = /* @__PURE__ */ new Map();
  for (const m of applied) taken.set(versionKey(m.version), (taken.get(versionKey(m.version)) ?? 0) + 1);
  const appliedDuplicates = [...taken].filter(([, count]) => count > 1).map(([key]) => applied.find((m) => versionKey(m.version) === key)?.version ?? key);
  const staying = [...applied];
  const moving = [];
  for (const m of numbered) {
    if (isApplied(m)) continue;
    const early = newestApplied !== void 0 && compareVersions(m.version, newestApplied.version) <= 0;
    if (early || taken.has(versionKey(m.version))) moving.push(m);
    else {
      taken.set(versionKey(m.version), 1);
      staying.push(m);
    }
  }
  const newest = newestOf(staying);
  const scheme = schemeFor(layout, newest?.version ?? moving[0]?.version) ?? {
    kind: "sequential",
    width: 4
  };
  let after = newest?.version;
  const moves = moving.map((migration) => {
    const next = nextVersion(scheme, after, now);
    after = next;
    return { migration, next };
  });
  return { moves, newestApplied, appliedDuplicates };
}

// src/engine/authoring/renumber-graph.ts
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
async function repointSet(repo, spec, set, frozenRef, req) {
  const repoint = toolOf(set.layout).authoring.repoint;
  if (!repoint) throw new Error(`${set.layout} has no repoint`);
  const applied = frozenRef ? (await readDatabase(spec, req.cwd, { at: "git", repo, ref: frozenRef })).set : void 0;
  const plan = repoint.plan(set, applied);
  const dir = shownPath(req.cwd, spec.dir);
  if (plan.refused) throw new LockstepError("usage", `${dir}/: ${plan.refused}`);
  const edits = plan.rewrites.map((r) => {
    const abs = resolve(req.cwd, r.file);
    const edited = repoint.text(readFileSync(abs, "utf8"), r.from, r.to);
    if (!edited)
      throw new LockstepError(
        "usage",
        `${r.file}: its down_revision is not one quoted id lockstep can rewrite; set it to "${r.to}" by hand, then run lockstep lock`
      );
    return { ...r, abs, ...edited };
  });
  const out = {
    name: spec.name,
    dir,
    moves: [],
    migrations: edits.length,
    appliedDuplicates: [],
    rewrites: edits.map(({ file, line, from, to }) => ({ file, line, from, to }))
  };
  if (req.dryRun || edits.length === 0) return out;
  const rel = (abs) => repo.pathOf(abs);
  const tracked = repo.trackedPaths(edits.map((e) => rel(e.abs)));
  for (const e of edits) writeFileAtomic(e.abs, e.text);
  const staged = edits.filter((e) => tracked.has(rel(e.abs))).map((e) => rel(e.abs));
  if (staged.length > 0) await repo.add(staged);
  if (readLockText(spec.dir, shownPath(req.cwd, resolve(spec.dir, LOCK_FILE))) !== void 0) {
    out.lockFile = await refreshLock(spec, req.cwd);
    const lockPath = rel(resolve(spec.dir, LOCK_FILE));
    if (staged.length > 0 && repo.trackedPaths([lockPath]).size > 0) {
      await repo.add([lockPath]);
      out.lockStaged = true;
    }
  }
  return out;
}

// src/engine/authoring/renumber.ts
async function runRenumber(req) {
  const repo = await GitRepo.open(req.cwd);
  const { specs, notes, config } = await resolveDatabases({
    cwd: req.cwd,
    db: req.db,
    configPath: req.configPath
  });
  const base = await findBase(repo, req.base, config?.config.baseBranch);
  const frozenRef = base?.frozenRef ?? (await repo.commitOf("HEAD") ? "HEAD" : void 0);
  const result = { base, databases: [], notes };
  const submodules = /* @__PURE__ */ new Set();
  for (const spec of specs) result.databases.push(await renumberSet(repo, spec, frozenRef, req, submodules));
  notes.push(...submoduleNotes(req.cwd, repo, submodules));
  return result;
}
async function renumberSet(repo, spec, frozenRef, req, submodules) {
  const dir = repo.pathOf(spec.dir);
  const inRepo = (rel) => dir === "" ? rel : `${dir}/${rel}`;
  const lockPath = inRepo(LOCK_FILE);
  const { files, set } = await readDatabase(spec, req.cwd, { at: "disk", submodules });
  if (toolOf(set.layout).authoring.repoint) return repointSet(repo, spec, set, frozenRef, req);
  const applied = await appliedAt(repo, frozenRef, spec, req.cwd);
  const frozen = new Set(applied.entries.map((e) => e.path));
  const relOf = new Map(files.map((f) => [f.display, f.rel]));
  const plan = planRenumber(
    set.layout,
    set.migrations,
    (m) => m.files.some((display) => frozen.has(relOf.get(display) ?? "")),
    req.now ?? /* @__PURE__ */ new Date(),
    gainedMigrations(applied.entries, files, (rel) => shownPath(req.cwd, join(spec.dir, rel)))
  );
  const out = {
    name: spec.name,
    dir: shownPath(req.cwd, spec.dir),
    moves: [],
    migrations: plan.moves.length,
    newestApplied: plan.newestApplied?.files[0],
    appliedDuplicates: plan.appliedDuplicates
  };
  if (plan.moves.length === 0) return out;
  const refused = toolOf(set.layout).authoring.refuse;
  if (refused) throw new LockstepError("usage", `${out.dir}/ ${refused.renumber}`);
  if (spec.config.order) {
    throw new LockstepError(
      "usage",
      `database "${spec.name}" takes its order from ${spec.config.order}, which renumber does not edit; rename the migrations and update that file by hand`
    );
  }
  const renames = plan.moves.map((move) => renamesOf(move, set, files));
  const pairs = renames.flatMap((r) => r.files);
  const taken = new Set(files.map((f) => f.rel));
  for (const { to } of pairs) {
    if (taken.has(to) || existsSync(join(spec.dir, to)))
      throw new LockstepError(
        "io",
        `cannot renumber: ${shownPath(req.cwd, join(spec.dir, to))} already exists`
      );
    taken.add(to);
  }
  const shown = (rel) => shownPath(req.cwd, join(spec.dir, rel));
  out.moves = renames.flatMap((r) => r.shown).map(({ from, to }) => ({ from: shown(from), to: shown(to) }));
  const hasLock = readLockText(spec.dir, shownPath(req.cwd, join(spec.dir, LOCK_FILE))) !== void 0;
  if (req.dryRun) return out;
  const tracked = repo.trackedPaths(pairs.map((p) => inRepo(p.from)));
  for (const { from, to } of pairs) {
    mkdirSync(dirname(join(spec.dir, to)), { recursive: true });
    if (tracked.has(inRepo(from))) repo.move(inRepo(from), inRepo(to));
    else renameSync(join(spec.dir, from), join(spec.dir, to));
  }
  for (const folder of new Set(pairs.map((p) => dirName(p.from)).filter((f) => f !== ""))) {
    const abs = join(spec.dir, folder);
    if (existsSync(abs) && readdirSync(abs).length === 0) rmdirSync(abs);
  }
  if (hasLock) {
    out.lockFile = await refreshLock(spec, req.cwd);
    if (tracked.size > 0 && repo.trackedPaths([lockPath]).size > 0) {
      await repo.add([lockPath]);
      out.lockStaged = true;
    }
  }
  return out;
}
function gainedMigrations(entries, files, shown) {
  const here = new Set(files.map((f) => f.rel));
  const byVersion = /* @__PURE__ */ new Map();
  for (const e of entries) {
    if (here.has(e.path)) continue;
    const m = byVersion.get(e.version) ?? { version: e.version, name: "", files: [] };
    m.files.push(shown(e.path));
    byVersion.set(e.version, m);
  }
  return [...byVersion.values()];
}
function renamesOf({ migration, next }, set, files) {
  const relOf = new Map(files.map((f) => [f.display, f.rel]));
  const rels = migration.files.map((display) => relOf.get(display) ?? display);
  const { authoring } = toolOf(set.layout);
  if (authoring.folder) {
    const folder = dirName(rels[0] ?? "");
    const renamed = authoring.folder.rename(baseName(folder), migration.version, next);
    const target = dirName(folder) === "" ? renamed : `${dirName(folder)}/${renamed}`;
    const inside = files.filter((f) => f.rel.startsWith(`${folder}/`));
    return {
      files: inside.map((f) => ({ from: f.rel, to: `${target}${f.rel.slice(folder.length)}` })),
      shown: [{ from: folder, to: target }]
    };
  }
  const withConf = rels.flatMap((rel) => {
    const companions = authoring.companions?.(rel) ?? [];
    return [rel, ...files.filter((f) => companions.includes(f.rel)).map((f) => f.rel)];
  });
  const moves = withConf.map((rel) => {
    const folder = dirName(rel);
    const name = renumberedName(baseName(rel), migration.version, next);
    return { from: rel, to: folder === "" ? name : `${folder}/${name}` };
  });
  return { files: moves, shown: moves };
}

// src/engine/authoring/authoring.ts
import { existsSync as existsSync3, mkdirSync as mkdirSync2, rmSync, unlinkSync } from "node:fs";
import { dirname as dirname2, join as join3 } from "node:path";

// src/engine/authoring/authoring-set.ts
import { existsSync as existsSync2 } from "node:fs";
import { join as join2 } from "node:path";
var LAYOUT_NAMES = authorableNames();
function newestNumbered(set) {
  return set.migrations.filter((m) => isNumbered(m.version)).reduce(
    (max, m) => max === void 0 || compareVersions(m.version, max.version) > 0 ? m : max,
    void 0
  );
}
function noLayout(dir) {
  return new LockstepError(
    "usage",
    `${dir}/ has no migrations yet, so lockstep cannot tell which layout to write; name it in ${CONFIG_FILE}, for example {"databases":[{"name":"main","dir":"${dir}","layout":"golang-migrate"}]} (layouts: ${LAYOUT_NAMES})`
  );
}
async function resolveForAuthoring(req) {
  try {
    return await resolveDatabases(req);
  } catch (error) {
    const configured = req.configPath !== void 0 || existsSync2(join2(req.cwd, CONFIG_FILE));
    if (!(error instanceof LockstepError) || configured || req.db) throw error;
    const dir = COMMON_LOCATIONS.find((d) => existsSync2(join2(req.cwd, d))) ?? "migrations";
    throw noLayout(dir);
  }
}

// src/core/layouts/filled-file.ts
function filledFile(file, name, sql) {
  const up = sql.up.join("\n");
  const down = sql.down.join("\n");
  let text;
  let header = sql.upHeader;
  if (file.text === upTemplate(name, true)) text = `-- ${name}: up.
${up}
`;
  else if (file.text === upTemplate(name, false)) text = `-- ${name}. ${NO_DOWN}
${up}
`;
  else if (file.text === downTemplate(name)) {
    text = `-- ${name}: down.
${down}
`;
    header = sql.downHeader;
  } else if (file.text.includes(`
-- ${UP}
`) && file.text.includes(`
-- ${DOWN}
`)) {
    text = file.text.replace(`
-- ${UP}
`, () => `
${up}
`).replace(`
-- ${DOWN}
`, () => `
${down}
`);
    header = [.../* @__PURE__ */ new Set([...sql.upHeader, ...sql.downHeader])];
  }
  if (text === void 0) return void 0;
  return { file: { rel: file.rel, text: `${header.map((line) => `-- ${line}
`).join("")}${text}` }, header };
}

// src/engine/authoring/new-from.ts
async function schemasEqual(cwd, pair) {
  return (await runDiffSql({ cwd, ...pair })).statements.length === 0;
}
async function filledFromSchemas(cwd, pair, set, planned, name) {
  const tool = toolOf(set.layout);
  const wraps = set.transaction ? WRAPS_OF[set.transaction] : tool.transaction.wraps;
  const wrapped = wraps !== "as-written";
  const marker = wraps === tool.transaction.wraps ? tool.transaction.markOptOut : void 0;
  const mode = wrapped && !marker ? "tool" : "own";
  const up = await runDiffSql({ cwd, ...pair, transaction: mode });
  const down = await runDiffSql({
    cwd,
    from: pair.to,
    to: pair.from,
    engine: pair.engine,
    transaction: mode
  });
  const connection = tool.transaction.optOutConnection;
  const check = (rebuilt) => {
    if (rebuilt.length === 0 || !wrapped) return [];
    if (marker) {
      const all = [.../* @__PURE__ */ new Set([...up.rebuilt, ...down.rebuilt])].sort().map((t) => `"${t}"`);
      return connection ? [
        `Rebuilds ${all.join(", ")} with foreign keys off, outside ${tool.name}'s transaction; ${connection}.`
      ] : [];
    }
    const tables = rebuilt.map((t) => `"${t}"`).join(", ");
    const optOut2 = optOutAdvice(tool);
    return [
      `Rebuilds ${tables} (new table, copy, drop, rename). ${tool.name} runs this file in a transaction, where PRAGMA foreign_keys = OFF does nothing: with foreign keys on, dropping the old table deletes its rows first, which fails or cascades (ON DELETE) where another table's foreign key references it. Check that none does${optOut2 ? `, or ${optOut2}` : ""}.`
    ];
  };
  const sql = {
    up: up.statements,
    down: down.statements,
    upHeader: check(up.rebuilt),
    downHeader: check(down.rebuilt)
  };
  const optOut = marker && up.rebuilt.length + down.rebuilt.length > 0 ? marker : void 0;
  const checks = /* @__PURE__ */ new Map();
  const files = planned.map((planned2) => {
    const filled = filledFile(planned2, name, sql);
    if (!filled)
      throw new LockstepError(
        "usage",
        `--from/--to cannot fill ${planned2.rel}: it is not one of lockstep's templates; nothing was written`
      );
    if (filled.header.length > 0) checks.set(planned2.rel, filled.header.join(" "));
    return optOut ? { ...filled.file, text: optOut(filled.file.text) } : filled.file;
  });
  return { files, checks };
}

// src/engine/authoring/authoring.ts
async function runNew(req) {
  const name = sanitizeName(req.name);
  if (name === "") {
    throw new LockstepError("usage", `"${req.name}" has no letters or digits to name a migration with`);
  }
  if (req.schemas && await schemasEqual(req.cwd, req.schemas))
    return { created: [], notes: [], equal: true };
  const { specs, notes, config } = await resolveForAuthoring({
    cwd: req.cwd,
    db: req.db,
    configPath: req.configPath
  });
  const [spec] = specs;
  if (!spec || specs.length > 1) {
    const names = specs.map((s) => s.name).join(", ");
    throw new LockstepError(
      "usage",
      `${config?.file ?? CONFIG_FILE} has ${specs.length} databases (${names}); name one with --db NAME`
    );
  }
  const shownDir = shownPath(req.cwd, spec.dir);
  const forced = spec.config.pattern ? "pattern" : spec.config.layout;
  let made;
  if (!existsSync3(spec.dir)) {
    if (!forced) throw noLayout(shownDir);
    made = mkdirSync2(spec.dir, { recursive: true });
  }
  const state = { wrote: false };
  try {
    return await writeNew(req, spec, name, forced, notes, state);
  } catch (error) {
    if (made && !state.wrote) rmSync(made, { recursive: true, force: true });
    throw error;
  }
}
var NAME_MAX = 255;
async function writeNew(req, spec, name, forced, notes, state) {
  const shownDir = shownPath(req.cwd, spec.dir);
  const { files, set } = await readDatabase(spec, req.cwd, DISK);
  const { authoring } = toolOf(set.layout);
  if (authoring.refuse) throw new LockstepError("usage", `${shownDir}/ ${authoring.refuse.new}`);
  if (set.migrations.length === 0 && !forced) throw noLayout(shownDir);
  const newest = newestNumbered(set);
  const relOf = new Map(files.map((f) => [f.display, f.rel]));
  const newestRel = newest ? relOf.get(newest.files[0] ?? "") ?? "" : "";
  const scheme = schemeFor(set.layout, newest?.version) ?? authoring.firstScheme;
  const version = nextVersion(scheme, newest?.version, req.now ?? /* @__PURE__ */ new Date());
  const folderLayout = authoring.folder !== void 0;
  const folder = newest ? dirName(folderLayout ? dirName(newestRel) : newestRel) : "";
  let planned;
  if (!authoring.files) {
    planned = patternFiles(spec, newest, relOf, version, name);
  } else {
    const after = newest ? baseName(newestRel).charAt(newest.version.length) : "";
    const shape = {
      reversible: set.migrations.length === 0 || set.migrations.some((m) => m.down !== void 0),
      undo: set.migrations.some((m) => m.down !== void 0),
      separator: after === "-" || after === "" && authoring.separator === "-" ? "-" : "_"
    };
    planned = authoring.files(version, name, shape);
  }
  let checks = /* @__PURE__ */ new Map();
  if (req.schemas) {
    const filled = await filledFromSchemas(req.cwd, req.schemas, set, planned, name);
    planned = filled.files;
    checks = filled.checks;
  }
  checkNameLength(planned, name);
  readLockText(spec.dir, shownPath(req.cwd, join3(spec.dir, LOCK_FILE)));
  const targets = planned.map((f) => ({ ...f, abs: join3(spec.dir, folder, f.rel) }));
  for (const t of targets) {
    if (existsSync3(t.abs))
      throw new LockstepError("io", `${shownPath(req.cwd, t.abs)} already exists; nothing was written`);
  }
  const written = [];
  try {
    for (const t of targets) {
      mkdirSync2(dirname2(t.abs), { recursive: true });
      writeFileAtomic(t.abs, t.text, { exclusive: true });
      written.push(t.abs);
    }
  } catch (cause) {
    for (const path of written) unlinkSync(path);
    throw new LockstepError(
      "io",
      `cannot write ${shownPath(req.cwd, targets[written.length]?.abs ?? spec.dir)} (${cause.code ?? "error"}); nothing was written`,
      { cause }
    );
  }
  state.wrote = true;
  const result = { created: targets.map((t) => shownPath(req.cwd, t.abs)), notes };
  for (const t of targets) {
    const check = checks.get(t.rel);
    if (check) notes.push(`${shownPath(req.cwd, t.abs)}: ${check}`);
  }
  if (spec.config.order) {
    notes.push(
      `${spec.config.order} lists the migrations in order: add ${result.created[0]} to it, or lockstep and your application skip it`
    );
  }
  result.lockFile = await refreshLock(spec, req.cwd);
  return result;
}
function checkNameLength(planned, name) {
  const parts = planned.flatMap((f) => f.rel.split("/"));
  const longest = Math.max(...parts.map((p) => Buffer.byteLength(p)));
  if (longest <= NAME_MAX) return;
  const extra = Math.max(
    ...parts.filter((p) => p.includes(name)).map((p) => Buffer.byteLength(p) - name.length)
  );
  throw new LockstepError(
    "usage",
    `the name is ${name.length} characters, which makes a ${longest}-byte file name, and file names take at most ${NAME_MAX} bytes: with this set's version and suffixes a name may be at most ${Math.max(0, NAME_MAX - extra)} characters; nothing was written`
  );
}
function patternFiles(spec, newest, relOf, version, name) {
  const pattern = spec.config.pattern ?? "";
  if (!newest) {
    throw new LockstepError(
      "usage",
      "a home-grown `pattern` naming cannot be guessed from an empty directory; create the first migration by hand"
    );
  }
  return newest.files.map((display) => {
    const fileName = baseName(relOf.get(display) ?? display);
    const named = patternFileName(pattern, fileName, version, name);
    if (!named) {
      throw new LockstepError(
        "config",
        `cannot name the new migration after ${display}: the \`pattern\` no longer matches with version ${version} and name ${name}`
      );
    }
    return {
      rel: named.fileName,
      text: named.down ? downTemplate(name) : upTemplate(name, newest.files.length > 1)
    };
  });
}

export {
  runRenumber,
  runNew
};
