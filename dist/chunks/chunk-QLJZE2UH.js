import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  baseNotFound,
  findBase,
  isCommitId,
  namedBaseRef
} from "./chunk-OAYBBB26.js";
import {
  engineLine,
  plural
} from "./chunk-QIBVLDLW.js";
import {
  applyRules,
  knownAt,
  knownPlace,
  prewarmReplay,
  replayDatabase,
  setAside
} from "./chunk-XION2VF2.js";
import {
  appliedAt,
  frozenFindings,
  lockEntries,
  lockPathOf,
  lockTextAt,
  staleness
} from "./chunk-N3EBWFCS.js";
import {
  readDatabase
} from "./chunk-7JPBI4AV.js";
import {
  submoduleNotes
} from "./chunk-OJOASNAX.js";
import {
  GitRepo
} from "./chunk-CJ2BOADH.js";
import {
  countFindings,
  isNew,
  reportOk
} from "./chunk-HS5RU556.js";
import {
  LOCK_FILE,
  hashText,
  parseLockFile
} from "./chunk-RCIOBLM7.js";
import {
  chooseEngine,
  codeTicks,
  diffSchemas,
  escapeMarkdown,
  escapeProse,
  foldCase,
  isEmptyDiff,
  renderDiffMarkdown,
  renderDiffText,
  resolveEngine,
  summarizeDiff
} from "./chunk-B5J2NJ3D.js";
import {
  escapeControl
} from "./chunk-I7OISHKV.js";
import {
  CONFIG_FILE,
  configPath,
  resolveDatabases,
  shownPath
} from "./chunk-X3ADMJY3.js";
import {
  codeSpan
} from "./chunk-X7HVEHWC.js";
import {
  bound
} from "./chunk-5LXPE3ZJ.js";
import {
  LockstepError
} from "./chunk-HVSG2UMJ.js";
import {
  finding
} from "./chunk-LWTNB5XY.js";

// src/core/render/er-diagram.ts
function label(text) {
  const cleaned = escapeControl(bound(text, 60)).replace(/["%#;\\`<>&]/g, "_").replace(/(direction)\s+(?=tb|bt|rl|lr)/gi, "$1_");
  return cleaned.trim() === "" ? "_" : cleaned;
}
function word(text) {
  const cleaned = bound(text, 60).replace(/[^A-Za-z0-9_]/g, "_");
  const start = /^[A-Za-z_]/.test(cleaned) ? cleaned : `_${cleaned}`;
  return /^(pk|fk|uk)$/i.test(start) ? `${start}_` : start;
}
function entityNames(tables) {
  const names = /* @__PURE__ */ new Map();
  const taken = /* @__PURE__ */ new Set();
  for (const t of tables) {
    const base = label(t.name);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n})`;
    taken.add(name.toLowerCase());
    names.set(t, `"${name}"`);
  }
  return names;
}
function renderErDiagram(diff, after) {
  const tables = /* @__PURE__ */ new Map();
  for (const obj of after) if (obj.kind === "table") tables.set(foldCase(obj.name), obj);
  const changed = /* @__PURE__ */ new Set();
  for (const obj of diff.added) if (obj.kind === "table") changed.add(foldCase(obj.name));
  for (const c of diff.changed) if (c.kind === "table") changed.add(foldCase(c.name));
  if (changed.size === 0) return "";
  const shown = new Set(changed);
  for (const t of tables.values()) {
    const key = foldCase(t.name);
    for (const fk of t.foreignKeys) {
      const parent = foldCase(fk.table);
      if (changed.has(key) && tables.has(parent)) shown.add(parent);
      if (changed.has(parent)) shown.add(key);
    }
  }
  const lines = ["erDiagram"];
  const listed = [...shown].sort().map((key) => tables.get(key)).filter((t) => t !== void 0);
  const entity = entityNames(listed);
  for (const t of listed) {
    const fkColumns = new Set(t.foreignKeys.flatMap((fk) => fk.columns.map(foldCase)));
    lines.push(`  ${entity.get(t)} {`);
    for (const c of t.columns) {
      const keys = [c.pk > 0 ? "PK" : "", fkColumns.has(foldCase(c.name)) ? "FK" : ""].filter(Boolean).join(",");
      const type = word(c.type.split(/[ (]/)[0] || "ANY");
      lines.push(`    ${type} ${word(c.name)}${keys ? ` ${keys}` : ""}`);
    }
    lines.push("  }");
  }
  for (const t of listed) {
    for (const fk of t.foreignKeys) {
      const parent = tables.get(foldCase(fk.table));
      if (!parent || !shown.has(foldCase(fk.table))) continue;
      const optional = fk.columns.some(
        (col) => !t.columns.find((c) => foldCase(c.name) === foldCase(col))?.notNull
      );
      const parentSide = optional ? "|o" : "||";
      lines.push(
        `  ${entity.get(t)} }o--${parentSide} ${entity.get(parent)} : "${label(fk.columns.join(", "))}"`
      );
    }
  }
  return `${lines.join("\n")}
`;
}

// src/core/render/comment.ts
var COMMENT_LIMIT = 65536;
var SUMMARY_MAX = 6e3;
var MARK = { ok: "\u2705", failed: "\u274C", mismatch: "\u274C", missing: "\u26A0\uFE0F", "not-run": "\u2014" };
function renderComment(input) {
  const limit = input.limit ?? COMMENT_LIMIT;
  const sections = input.report.databases.map((db) => section(db, input));
  const engine = engineLine(input.report.engine);
  const footer = `
<sub>lockstep ${escapeMarkdown(input.version)}${engine ? ` \xB7 ${escapeMarkdown(engine)}` : ""}</sub>
`;
  const verdict = verdictLine(input.report, input.base, input.context);
  const levels = [
    (s) => s,
    (s) => ({ ...s, aside: s.asideShort, ddl: "" }),
    (s) => ({ ...s, aside: s.asideShort, ddl: "", diagram: "" }),
    (s) => ({ ...s, aside: s.asideShort, ddl: "", diagram: "", diff: "" })
  ];
  const elsewhere = (input.elsewhere ?? "in the job summary").replace(
    /[&<>]/g,
    (c) => `&#${c.charCodeAt(0)};`
  );
  const note = `
_Truncated to fit GitHub's limit: the full report is ${elsewhere}._
`;
  for (const [i, level] of levels.entries()) {
    const text = assemble(verdict, sections.map(level), i === 0 ? footer : note + footer);
    if (text.length <= limit) return text;
  }
  const minimal = sections.map((s) => ({ ...s, aside: s.asideShort, ddl: "", diagram: "", diff: "" }));
  let keep = Math.max(...minimal.map((s) => s.findings.length));
  while (keep > 0) {
    const cut = minimal.map((s) => ({
      ...s,
      findings: s.findings.length > keep ? [...s.findings.slice(0, keep), `- \u2026 and ${s.findings.length - keep} more`] : s.findings
    }));
    const text = assemble(verdict, cut, note + footer);
    if (text.length <= limit) return text;
    keep = Math.floor(keep / 2);
  }
  return `${verdict}
${note}${footer}`.slice(0, limit);
}
function assemble(verdict, sections, footer) {
  const body = sections.map(
    (s) => [
      s.head,
      s.findings.length ? `
${s.findings.join("\n")}` : "",
      s.aside,
      s.diffSummary,
      s.diff,
      s.diagram,
      s.ddl
    ].filter((part) => part !== "").join("\n")
  );
  return `${[verdict, ...body].join("\n\n").trimEnd()}
${footer}`;
}
function verdictLine(report, base, context) {
  const { errors, warnings } = countFindings(report);
  const fresh = report.databases.flatMap((d) => d.migrations.filter((m) => m.origin !== "base")).length;
  const against = base ? ` against ${codeTicks(base)}` : "";
  const what = `${plural(fresh, "new migration")}${against}${context ? `, ${escapeMarkdown(context)}` : ""}`;
  if (errors > 0)
    return `\u274C **lockstep: ${plural(errors, "error")}, ${plural(warnings, "warning")}** \xB7 ${what}`;
  const clean = fresh === 0 ? "no new migrations" : "up, down and redo all clean";
  return `\u2705 **lockstep: ${clean}**${warnings ? ` (${plural(warnings, "warning")})` : ""} \xB7 ${what}`;
}
function section(db, input) {
  const fresh = db.migrations.filter((m) => m.origin !== "base");
  const head = [`### ${escapeMarkdown(db.name)} \xB7 ${codeTicks(`${db.dir}/`)}`];
  if (fresh.length > 0) {
    head.push("", "| version | name | up | down | redo | ms |", "|---|---|:-:|:-:|:-:|--:|");
    for (const m of fresh) {
      head.push(
        `| ${escapeMarkdown(m.version)} | ${escapeMarkdown(m.name)} | ${MARK[m.up]} | ${MARK[m.down]} | ${MARK[m.redo]} | ${m.ms.toFixed(1)} |`
      );
    }
  }
  const findings = errorsFirst(db.findings.filter(isNew)).map((f) => findingLine(f, input.links));
  const parts = { head: head.join("\n"), findings, ...setAside2(db, input.links) };
  if (!db.diff) return { ...parts, diffSummary: "", diff: "", diagram: "", ddl: "" };
  if (isEmptyDiff(db.diff)) {
    return {
      ...parts,
      diffSummary: "\n**Schema:** no changes.",
      diff: "",
      diagram: "",
      ddl: ""
    };
  }
  const objects = db.schema?.objects ?? [];
  const diagram = renderErDiagram(db.diff, objects);
  return {
    ...parts,
    // One line, bounded: hundreds of tables (or one huge name) must not push the findings out.
    diffSummary: `
**Schema:** ${escapeProse(summarizeDiff(db.diff), SUMMARY_MAX)}`,
    diff: `
${renderDiffMarkdown(db.diff).trimEnd()}`,
    diagram: diagram ? `
\`\`\`mermaid
${diagram}\`\`\`` : "",
    ddl: `
<details><summary>DDL changes</summary>

\`\`\`diff
${fence(renderDiffText(db.diff))}\`\`\`

</details>`
  };
}
function errorsFirst(findings) {
  return [...findings].sort((a, b) => a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1);
}
function setAside2(db, links) {
  const old = errorsFirst(db.findings.filter((f) => !isNew(f)));
  if (old.length === 0) return { aside: "", asideShort: "" };
  const title = `${plural(old.length, "existing finding")} (on the base or in lockstep.known.json)`;
  const lines = old.map(
    (f) => `${findingLine(f, links)} _(${f.status === "known" ? "known" : "on the base"})_`
  );
  return {
    aside: `
<details><summary>${title}</summary>

${lines.join("\n")}

</details>`,
    asideShort: `
_${title}: left out to fit; the full report lists them._`
  };
}
function fence(text) {
  return text.replace(/`{3,}/g, (run) => run.split("").join("\u200B"));
}
function findingLine(f, links) {
  const icon = f.severity === "error" ? "\u274C" : "\u26A0\uFE0F";
  const where = f.file ? f.line ? `${f.file}:${f.line}` : f.file : "";
  const place = !where ? "" : links && f.file ? ` [${escapeMarkdown(where)}](${links.repoUrl}/blob/${links.sha}/${repoPath(links.prefix, f.file).split("/").map(urlSegment).join("/")}${f.line ? `#L${f.line}` : ""})` : ` ${escapeMarkdown(where)}`;
  const message = escapeProse(f.message);
  return `- ${icon} **${f.rule}**${place}: ${message}`;
}
function urlSegment(segment) {
  return encodeURIComponent(segment).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
  );
}
function repoPath(prefix, file) {
  const parts = [];
  for (const segment of `${prefix ?? ""}/${file}`.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === ".." && parts.length > 0 && parts.at(-1) !== "..") parts.pop();
    else parts.push(segment);
  }
  return parts.join("/") || ".";
}

// src/engine/applied/check.ts
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";

// src/engine/known/check-set-aside.ts
async function setAsideOnBranch(repo, baseRef, place, databases, unchanged) {
  const prints = async (ref) => new Set((await knownAt(repo, ref, place)).map((e) => e.fingerprint));
  const known = await prints("HEAD");
  const knownOnBase = await prints(baseRef);
  return databases.flatMap(
    (db, i) => setAside(db, { known, knownOnBase, unchanged: unchanged[i], knownFile: place.shown })
  );
}

// src/engine/applied/check.ts
async function runCheck(req) {
  const repo = await GitRepo.open(req.cwd);
  const { specs, notes, config } = await resolveDatabases(req);
  const engine = await chooseEngine(req.engine ?? config?.config.engine);
  prewarmReplay(engine);
  let ranOn;
  const base = await requireBase(repo, req.base, config?.config.baseBranch);
  let mergeBase = await forkPoint(repo, base.ref);
  if (!mergeBase && repo.isShallow()) {
    repo.fetch(["--deepen=200", "origin"]);
    mergeBase = await forkPoint(repo, base.ref);
  }
  if (!mergeBase)
    notes.push(
      `no common ancestor of HEAD and ${base.ref} in this clone: overlap was not checked (fetch more history, or use fetch-depth: 0 in actions/checkout)`
    );
  const diffFrom = await repo.isAncestor(base.ref, "HEAD") ? "base" : "fork";
  if (diffFrom === "fork" && mergeBase) {
    notes.push(
      `HEAD does not contain ${base.ref} yet: the schema diff is what this branch changes since it left ${base.ref}`
    );
  }
  const knownPath = repo.pathOf(knownPlace(config?.root ?? req.cwd, req.cwd, config?.top).path);
  repo.prefetch(
    [.../* @__PURE__ */ new Set(["HEAD", base.ref, base.frozenRef])].flatMap((ref) => [
      ...specs.map((spec) => ({ ref, path: lockPathOf(repo.pathOf(spec.dir)) })),
      { ref, path: knownPath },
      { ref, path: repo.pathOf(resolve(req.cwd, req.configPath ?? CONFIG_FILE)) }
    ])
  );
  const databases = [];
  const unchanged = [];
  const changed = [];
  const copies = [];
  try {
    for (const spec of specs) {
      const trusted = await trustedSpec(repo, spec, base, req, notes, copies);
      const checked = await checkDatabase(
        repo,
        trusted,
        base,
        mergeBase,
        diffFrom,
        { ...req, engine },
        config?.config.rules
      );
      databases.push(checked.report);
      notes.push(...checked.notes);
      unchanged.push(checked.unchanged);
      ranOn ??= checked.engine;
      changed.push(...checked.changed);
    }
  } finally {
    for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  }
  notes.push(...submoduleNotes(req.cwd, repo));
  const known = knownPlace(config?.root ?? req.cwd, req.cwd, config?.top);
  notes.push(...await setAsideOnBranch(repo, base.ref, known, databases, unchanged));
  const report = {
    version: 1,
    ok: reportOk(databases),
    engine: ranOn ?? await resolveEngine(engine),
    databases
  };
  return { report, base, mergeBase, cwdInRepo: repo.pathOf(req.cwd), changed, notes };
}
async function forkPoint(repo, base) {
  const [first, second] = await repo.parents("HEAD");
  if (second && first === await repo.commitOf(base)) return repo.mergeBase(second, base);
  return repo.mergeBase("HEAD", base);
}
async function requireBase(repo, explicit, configured) {
  const named = explicit ?? configured;
  if (named && !await namedBaseRef(repo, named) && repo.isShallow()) {
    const branch = named.replace(/^origin\//, "");
    const fetched = isCommitId(named) ? repo.fetch(["--depth=1", "origin", named]) : repo.fetch(["--depth=1", "origin", `+refs/heads/${branch}:refs/remotes/origin/${branch}`]);
    if (!fetched)
      throw new LockstepError(
        "usage",
        `${baseNotFound(named)}, and fetching it from origin failed (no remote origin, or no ${isCommitId(named) ? "such commit" : `branch ${branch}`} there); check the name (git fetch origin ${isCommitId(named) ? named : branch} shows git's own error), check out with fetch-depth: 0 in actions/checkout, or name another base with --base`
      );
  }
  const base = await findBase(repo, explicit, configured);
  if (base) return base;
  throw new LockstepError(
    "usage",
    "no base to check against (none of origin/HEAD, origin/main, origin/master, main, master exists); pass --base REF, and in GitHub Actions check out with fetch-depth: 0 in actions/checkout"
  );
}
async function checkDatabase(repo, spec, base, mergeBase, diffFrom, req, rules) {
  const cwd = req.cwd;
  const dir = repo.pathOf(spec.dir);
  const shownDir = shownPath(cwd, spec.dir);
  const shownLock = shownPath(cwd, `${spec.dir}/${LOCK_FILE}`);
  const at = (ref) => readDatabase(spec, cwd, { at: "git", repo, ref });
  const headRead = await at("HEAD");
  const { files: headFiles, set: headSet } = headRead;
  const headLockText = await lockTextAt(repo, "HEAD", dir);
  const headLock = headLockText === void 0 ? void 0 : parseLockFile(headLockText).lock;
  const applied = await appliedAt(repo, base.frozenRef, spec, cwd);
  const appliedVersions = new Set(applied.entries.map((e) => e.version));
  const forkRead = mergeBase ? await at(mergeBase) : void 0;
  const forkFiles = forkRead?.files;
  const known = /* @__PURE__ */ new Set([
    ...(forkFiles ?? []).map((f) => f.rel),
    ...(headLock?.entries ?? []).map((e) => e.path)
  ]);
  const baseRead = await at(base.ref);
  const findings = [
    ...await frozenFindings({
      known,
      repo,
      appliedRef: base.frozenRef,
      dir,
      shownDir,
      shownLock,
      applied,
      files: headFiles,
      set: headSet,
      lock: headLock,
      appliedSet: baseRead.set
    }),
    ...staleness(
      shownLock,
      { entries: lockEntries(headSet, headFiles), amendments: [] },
      headLockText,
      void 0,
      applied.entries,
      changedApplied(applied, headFiles, known)
    ),
    ...amendedWarnings(applied, headLock, headFiles)
  ];
  const { timeout, engine, cache } = req;
  const head = await replayDatabase(
    headRead,
    { cwd, down: req.down ?? "all", timeout, engine, cache },
    rules,
    appliedVersions
  );
  const baseReplay = await replayDatabase(baseRead, { cwd, down: "none", timeout, engine, cache });
  if (forkRead) findings.push(...overlaps(forkRead.set, head, baseReplay, appliedVersions));
  const report = head.report;
  const appliedPaths = new Set(
    applied.entries.map((e) => `${shownDir === "." ? "" : `${shownDir}/`}${e.path}`)
  );
  for (const m of report.migrations) m.origin = m.files.every((f) => appliedPaths.has(f)) ? "base" : "new";
  report.findings = applyRules([...report.findings, ...findings], rules);
  const from = diffFrom === "base" || !forkRead ? baseReplay : await replayDatabase(forkRead, { cwd, down: "none", timeout, engine, cache });
  if (!head.timedOut && !from.timedOut) report.diff = diffSchemas(from.schema, head.schema);
  const appliedHashes = new Map(applied.entries.map((e) => [e.path, e.hash]));
  const unchanged = new Set(
    headFiles.filter((f) => f.text !== void 0 && appliedHashes.get(f.rel) === hashText(f.text)).map((f) => f.display)
  );
  const changed = changedFiles(forkFiles ?? baseRead.files, headFiles);
  return { report, changed, unchanged, engine: head.engine, notes: headSet.notes ?? [] };
}
function changedApplied(applied, headFiles, known) {
  const head = new Map(headFiles.map((f) => [f.rel, f.text === void 0 ? void 0 : hashText(f.text)]));
  const had = applied.entries.filter((e) => known.has(e.path));
  const gone = new Set(had.filter((e) => !head.has(e.path)).map((e) => e.hash));
  const appliedPaths = new Set(applied.entries.map((e) => e.path));
  const out = new Set(had.filter((e) => !head.has(e.path)).map((e) => e.path));
  for (const [rel, hash] of head) if (hash && gone.has(hash) && !appliedPaths.has(rel)) out.add(rel);
  for (const e of had) if (head.has(e.path) && head.get(e.path) !== e.hash) out.add(e.path);
  return out;
}
function changedFiles(before, after) {
  const old = new Map(before.map((f) => [f.rel, f.text]));
  const now = new Set(after.map((f) => f.rel));
  return [
    ...after.filter((f) => !old.has(f.rel) || old.get(f.rel) !== f.text).map((f) => f.display),
    ...before.filter((f) => !now.has(f.rel)).map((f) => f.display)
  ];
}
async function trustedSpec(repo, spec, base, req, notes, copies) {
  const module = spec.config.functions;
  if (!module || req.functionsFrom !== "base") return spec;
  const path = repo.pathOf(configPath(spec, "functions", module));
  const unloaded = { ...spec, config: { ...spec.config, functions: void 0 } };
  const effect = "migrations calling its functions fail with no such function";
  const named = await baseFunctions(repo, base.ref, req, spec.name);
  if (named !== path) {
    notes.push(
      `database "${spec.name}": the "functions" module ${path} was not loaded: the config on ${base.ref} does not name it for this database${named ? ` (it names ${named})` : ""}, and a pull request cannot choose what code runs here; ${effect} until a config naming it is merged`
    );
    return unloaded;
  }
  const text = await repo.show(base.ref, path);
  if (text === void 0) {
    notes.push(
      `database "${spec.name}": the "functions" module ${path} is not on ${base.ref}, so it was not loaded (a pull request's own code never runs here); ${effect} until it is merged`
    );
    return unloaded;
  }
  const folder = mkdtempSync(join(tmpdir(), "lockstep-functions-"));
  copies.push(folder);
  const copy = join(folder, `${basename(module).replace(/\.[cm]?[jt]s$/, "")}.mjs`);
  writeFileSync(copy, text);
  notes.push(`database "${spec.name}": the "functions" module ${path} was loaded as it is on ${base.ref}`);
  return { ...spec, functionsCopy: copy };
}
async function baseFunctions(repo, ref, req, name) {
  const file = resolve(req.cwd, req.configPath ?? CONFIG_FILE);
  const text = await repo.show(ref, repo.pathOf(file));
  let parsed;
  try {
    parsed = JSON.parse((text ?? "").replace(/^\uFEFF/, ""));
  } catch {
    return void 0;
  }
  const databases = parsed?.databases;
  if (!Array.isArray(databases)) return void 0;
  const db = databases.find((d) => d?.name === name);
  if (typeof db?.functions !== "string" || db.functions === "") return void 0;
  return repo.pathOf(resolve(dirname(file), db.functions));
}
function amendedWarnings(applied, lock, files) {
  const reasons = new Map((lock?.amendments ?? []).map((a) => [a.version, a.reason]));
  const out = [];
  for (const entry of applied.entries) {
    const reason = reasons.get(entry.version);
    const file = files.find((f) => f.rel === entry.path);
    if (reason === void 0 || file?.text === void 0 || hashText(file.text) === entry.hash) continue;
    out.push(
      finding(
        "locked-amended",
        `${file.display} is applied and was edited, amended with the reason "${reason}"; make sure the edit changes nothing a database that already ran it would need`,
        {
          file: file.display,
          version: entry.version
        }
      )
    );
  }
  return out;
}
function overlaps(atFork, head, base, appliedVersions) {
  const forkVersions = new Set(atFork.migrations.map((m) => m.version));
  const gained = base.report.migrations.filter((m) => !forkVersions.has(m.version));
  const ours = head.report.migrations.filter((m) => !appliedVersions.has(m.version));
  const out = [];
  for (const mine of ours) {
    const mineTables = new Set(head.touched.get(mine.version) ?? []);
    for (const theirs of gained) {
      const shared = (base.touched.get(theirs.version) ?? []).filter((t) => mineTables.has(t));
      if (shared.length === 0) continue;
      out.push(
        finding(
          "overlap",
          `${mine.files[0]} (new here) and ${theirs.files[0]} (added on the base since this branch left it) both change ${shared.map((t) => codeSpan(t)).join(", ")}; they replay cleanly in this order, but review them together: each was written without the other`,
          { file: mine.files[0], version: mine.version }
        )
      );
    }
  }
  return out;
}

export {
  COMMENT_LIMIT,
  renderComment,
  repoPath,
  runCheck
};
