import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  COMMON_LOCATIONS,
  locationDir
} from "./chunk-UJ557UV3.js";
import {
  detectLayout,
  readSourceFiles
} from "./chunk-ILLIW43Z.js";
import {
  ENVIRONMENT,
  TOOLS,
  folderOf
} from "./chunk-X7R4MUVV.js";
import {
  readRegularBytes
} from "./chunk-CUGJOLQ7.js";
import {
  LAYOUT_IDS
} from "./chunk-J4JBNE5M.js";

// src/adapters/repo-walk.ts
import { readdirSync } from "node:fs";
import { join } from "node:path";
var SKIPPED = /* @__PURE__ */ new Set([
  "node_modules",
  "vendor",
  "target",
  "dist",
  "build",
  "out",
  "coverage",
  "venv",
  "__pycache__",
  "bower_components",
  "Pods"
]);
function listRepository(root, keep, maxDirs = 4e3) {
  const dirs = [];
  const files = [];
  const queue = [""];
  while (queue.length > 0) {
    if (dirs.length >= maxDirs) return { dirs, files, truncated: true };
    const rel = queue.shift();
    dirs.push(rel);
    let entries;
    try {
      entries = readdirSync(join(root, rel), { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      const path = rel === "" ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!entry.name.startsWith(".") && !SKIPPED.has(entry.name)) queue.push(path);
      } else if (entry.isFile() && keep(entry.name)) files.push(path);
    }
  }
  return { dirs, files, truncated: false };
}
function readSmallText(root, rel, maxBytes = 1024 * 1024) {
  const read = readRegularBytes(join(root, rel), maxBytes, { noFollow: true });
  return read.ok ? read.bytes.toString("utf8") : void 0;
}

// src/core/discovery/claims.ts
function mergeClaims(claims) {
  const byDir = /* @__PURE__ */ new Map();
  for (const claim of claims) {
    if (claim.dir === void 0) continue;
    byDir.set(claim.dir, [...byDir.get(claim.dir) ?? [], claim]);
  }
  return [...byDir.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([dir, all]) => {
    const lead = [...all].sort((a, b) => (b.precedence ?? 0) - (a.precedence ?? 0))[0];
    const other = all.find((c) => c.dialect === "other");
    const dialect = other ? "other" : all.some((c) => c.dialect === "sqlite") ? "sqlite" : "unstated";
    const evidence = dedupe(all.flatMap((c) => c.evidence));
    return {
      dir,
      ...lead.layout ? { layout: lead.layout } : {},
      tool: lead.tool,
      dialect,
      ...other?.dialectName ? { dialectName: other.dialectName } : {},
      evidence,
      guessed: all.every((c) => c.guessed),
      alsoNamedBy: [...new Set(all.map((c) => c.tool).filter((t) => t !== lead.tool))]
    };
  });
}
function dedupe(evidence) {
  const seen = /* @__PURE__ */ new Set();
  return evidence.filter((e) => {
    const key = `${e.file}:${e.line}:${e.says}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function describeEvidence(evidence) {
  return evidence.map((e) => `${e.file}${e.line > 0 ? `:${e.line}` : ""} ${e.says}`).join("; ");
}
var GENERIC = /* @__PURE__ */ new Set([
  "migrations",
  "migration",
  "migrate",
  "db",
  "crates",
  "packages",
  "apps",
  "src",
  "sql"
]);
function databaseNames(dirs) {
  const short = dirs.map((dir) => {
    const parts = dir.split("/").filter((p) => !GENERIC.has(p.toLowerCase()) && p !== ".");
    return parts.join("-") || dir.replaceAll("/", "-");
  });
  return short.map(
    (name, i) => short.indexOf(name) === short.lastIndexOf(name) ? name : dirs[i].replaceAll("/", "-")
  );
}

// src/engine/workspace/discover.ts
var SET_NAMES = /* @__PURE__ */ new Set(["migrations", "migration", "migrate"]);
var READERS = TOOLS.flatMap(
  (tool) => (tool.configs ?? []).map((reader) => ({
    tool: tool.name,
    reader
  }))
);
async function discoverSets(root, env = {}, keep) {
  const extensions = new Set(READERS.flatMap(({ reader }) => reader.sources ?? []));
  const listing = listRepository(
    root,
    (name) => READERS.some(({ reader }) => reader.matches(name)) || [...extensions].some((e) => name.endsWith(e))
  );
  const passed = [];
  const claims = withEnvironment(readClaims(root, listing.files, passed), env);
  const sets = [];
  const taken = [];
  for (const claim of mergeClaims(claims)) {
    taken.push(claim.dir);
    const set = await claimedSet(root, claim, passed);
    if (set) sets.push(set);
  }
  for (const dir of listing.dirs) {
    const base = dir.slice(dir.lastIndexOf("/") + 1);
    if (!SET_NAMES.has(base) && !COMMON_LOCATIONS.includes(dir)) continue;
    if (taken.some((t) => inside(dir, t) || inside(t, dir))) continue;
    const location = locationDir(root, dir);
    if (!location || sets.some((s) => inside(location.shown, s.dir))) continue;
    const detected = detectLayout(await readSourceFiles(location.dir, root, void 0, keep));
    if (!detected) continue;
    sets.push({
      dir: location.shown,
      layout: detected.layout,
      reason: `${detected.reason}${location.why ? `; ${location.why}` : ""}`
    });
  }
  sets.sort((a, b) => a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0);
  const names = databaseNames(sets.map((s) => s.dir));
  const files = READERS.map(({ reader }) => reader.shown).join(", ");
  return {
    sets: sets.map((s, i) => ({ ...s, name: names[i] })),
    passed,
    searched: `${listing.dirs.length}${listing.truncated ? " (the limit; deeper folders were not searched)" : ""} folders for ${files}, and for folders named ${[...SET_NAMES].map((n) => `${n}/`).join(", ")}`
  };
}
function readClaims(root, files, passed) {
  const claims = [];
  for (const path of files) {
    const name = path.slice(path.lastIndexOf("/") + 1);
    const readers = READERS.filter(({ reader }) => reader.matches(name));
    if (readers.length === 0) continue;
    const text = readSmallText(root, path);
    if (text === void 0) continue;
    const config = { path, text };
    for (const { reader } of readers) {
      let found = reader.read(config, []);
      if (reader.sources && (found.length > 0 || reader.sourcesWanted?.(config)))
        found = reader.read(config, sourcesOf(root, path, reader, files));
      for (const claim of found) {
        if (claim.dir === void 0)
          passed.push(
            `${describeEvidence(claim.evidence)}: ${claim.written} is outside the repository, so lockstep does not read it`
          );
        else claims.push(claim);
      }
    }
  }
  return claims;
}
function withEnvironment(claims, env) {
  const text = Object.entries(env).filter(
    ([key, value]) => /^(DBMATE_|GOOSE_|DATABASE_URL$)/.test(key) && value !== void 0 && !/[\n\r]/.test(value)
  ).map(([key, value]) => `${key}=${value}`).join("\n");
  if (text === "") return claims;
  const config = { path: ENVIRONMENT, text };
  const fromEnv = READERS.filter(({ reader }) => reader.matches(".env")).flatMap(
    ({ reader }) => reader.read(config, []).map((claim) => ({
      ...claim,
      evidence: claim.evidence.map((e) => ({ ...e, line: 0 }))
    }))
  );
  const tools = new Set(fromEnv.map((c) => c.tool));
  const kept = claims.filter((c) => !(tools.has(c.tool) && c.evidence.some((e) => e.file === ".env")));
  return [...kept, ...fromEnv];
}
function sourcesOf(root, configPath, reader, files) {
  const folder = folderOf(configPath);
  const owners = files.filter((f) => reader.matches(f.slice(f.lastIndexOf("/") + 1))).map(folderOf).filter((f) => f !== folder && inside(f, folder));
  const texts = [];
  for (const path of files) {
    if (!reader.sources?.some((e) => path.endsWith(e)) || !inside(folderOf(path), folder)) continue;
    if (owners.some((o) => inside(folderOf(path), o))) continue;
    const text = readSmallText(root, path);
    if (text !== void 0) texts.push({ path, text });
  }
  return texts;
}
async function claimedSet(root, claim, passed) {
  const why = describeEvidence(claim.evidence);
  if (claim.dialect === "other") {
    passed.push(`${claim.dir}/: ${claim.tool} for ${claim.dialectName ?? "another database"} (${why})`);
    return void 0;
  }
  const location = locationDir(root, claim.dir);
  if (!location) {
    if (!claim.guessed)
      passed.push(`${claim.dir}/ (${why}) does not exist or holds only other SQL dialects' directories`);
    return void 0;
  }
  const detected = detectLayout(await readSourceFiles(location.dir, root));
  const layout = claim.layout ?? detected?.layout;
  if (!detected || !layout || !LAYOUT_IDS.includes(layout)) {
    passed.push(
      `${location.shown}/ (${why}) holds no migrations yet; once it does, lockstep init ${location.shown} adds it`
    );
    return void 0;
  }
  const notes = [why];
  if (location.why) notes.push(location.why);
  if (claim.alsoNamedBy.length > 0)
    notes.push(
      `${claim.alsoNamedBy.join(" and ")} name${claim.alsoNamedBy.length > 1 ? "" : "s"} it too; read as ${claim.tool}'s, the tool that applies its files`
    );
  if (claim.dialect === "unstated" && !location.why)
    notes.push("no file names its database: replayed as SQLite");
  return { dir: location.shown, layout, reason: notes.join("; ") };
}
function inside(path, dir) {
  return dir === "" || dir === "." || path === dir || path.startsWith(`${dir}/`);
}

export {
  discoverSets
};
