import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  renderReportMarkdown
} from "./chunk-TRXVXOIQ.js";
import {
  applyRules,
  diffSchemas,
  isEmptyDiff,
  renderDiffMarkdown,
  renderDiffText,
  replayDatabase,
  summarizeDiff
} from "./chunk-LW2BCI7V.js";
import {
  staleness
} from "./chunk-L6I32VD7.js";
import {
  appliedAt,
  findBase,
  frozenFindings,
  knownPaths,
  layoutOptions,
  lockEntries,
  lockPathOf
} from "./chunk-WXN6BSMU.js";
import {
  filesAt
} from "./chunk-UOAAQAOS.js";
import {
  renderReportText
} from "./chunk-OBRLQUVM.js";
import "./chunk-BAIZEYCI.js";
import {
  GitRepo
} from "./chunk-CECIHRI6.js";
import "./chunk-33GPTTDT.js";
import {
  LOCK_FILE,
  hashText,
  parseLockFile
} from "./chunk-3DWMMBVY.js";
import {
  readMigrationSet,
  resolveDatabases
} from "./chunk-4JGTPVHT.js";
import {
  LockstepError
} from "./chunk-HVSG2UMJ.js";
import {
  finding
} from "./chunk-XJYJDYYE.js";
import "./chunk-UWWTH25P.js";

// src/cli/check-command.ts
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";

// src/engine/check.ts
import { relative } from "node:path";
async function runCheck(req) {
  const repo = await GitRepo.open(req.cwd);
  const { specs, notes, config } = await resolveDatabases(req);
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
  const databases = [];
  for (const spec of specs) {
    databases.push(await checkDatabase(repo, spec, base, mergeBase, req, config?.config.rules));
  }
  const report = {
    version: 1,
    ok: databases.every((d) => d.findings.every((f) => f.severity !== "error")),
    databases
  };
  return { report, base, mergeBase, notes };
}
async function forkPoint(repo, base) {
  const [first, second] = await repo.parents("HEAD");
  if (second && first === await repo.commitOf(base)) return repo.mergeBase(second, base);
  return repo.mergeBase("HEAD", base);
}
async function requireBase(repo, explicit, configured) {
  const named = explicit ?? configured;
  if (named && !await repo.commitOf(named) && repo.isShallow()) {
    const branch = named.replace(/^origin\//, "");
    repo.fetch(["--depth=1", "origin", `+refs/heads/${branch}:refs/remotes/origin/${branch}`]);
  }
  const base = await findBase(repo, explicit, configured);
  if (base) return base;
  throw new LockstepError(
    "usage",
    "no base to check against (none of origin/HEAD, origin/main, origin/master, main, master exists); pass --base REF, and in GitHub Actions check out with fetch-depth: 0"
  );
}
async function checkDatabase(repo, spec, base, mergeBase, req, rules) {
  const cwd = req.cwd;
  const dir = repo.pathOf(spec.dir);
  const shownDir = relative(cwd, spec.dir).split("\\").join("/") || ".";
  const shownLock = relative(cwd, `${spec.dir}/${LOCK_FILE}`).split("\\").join("/");
  const options = await layoutOptions(spec, cwd);
  const headFiles = await filesAt(repo, "HEAD", dir, cwd);
  const headSet = readMigrationSet(headFiles, options);
  const headLockText = await repo.show("HEAD", lockPathOf(dir));
  const headLock = headLockText === void 0 ? void 0 : parseLockFile(headLockText).lock;
  const applied = await appliedAt(repo, base.frozenRef, dir, cwd, options);
  const appliedVersions = new Set(applied.entries.map((e) => e.version));
  const findings = [
    ...await frozenFindings({
      known: await knownPaths(repo, [mergeBase], dir, headLock),
      withSetFindings: false,
      repo,
      appliedRef: base.frozenRef,
      dir,
      shownDir,
      shownLock,
      applied,
      files: headFiles,
      set: headSet,
      lock: headLock
    }),
    ...staleness(shownLock, { entries: lockEntries(headSet, headFiles), amendments: [] }, headLockText),
    ...amendedWarnings(applied, headLock, headFiles)
  ];
  const head = await replayDatabase(spec, { cwd, down: req.down ?? "all" }, rules, {
    files: headFiles,
    baseVersions: appliedVersions
  });
  const baseFiles = await filesAt(repo, base.ref, dir, cwd);
  const baseReplay = await replayDatabase(spec, { cwd, down: "none" }, void 0, { files: baseFiles });
  if (mergeBase)
    findings.push(...await overlaps(repo, mergeBase, dir, cwd, options, head, baseReplay, appliedVersions));
  const report = head.report;
  for (const m of report.migrations) m.origin = appliedVersions.has(m.version) ? "base" : "new";
  report.findings = applyRules([...report.findings, ...findings], rules);
  report.diff = diffSchemas(baseReplay.schema, head.schema);
  return report;
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
async function overlaps(repo, mergeBase, dir, cwd, options, head, base, appliedVersions) {
  const atFork = readMigrationSet(await filesAt(repo, mergeBase, dir, cwd), options);
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
          `${mine.files[0]} (new here) and ${theirs.files[0]} (added on the base since this branch left it) both change ${shared.map((t) => `\`${t}\``).join(", ")}; they replay cleanly in this order, but review them together: each was written without the other`,
          { file: mine.files[0], version: mine.version }
        )
      );
    }
  }
  return out;
}

// src/cli/check-command.ts
async function checkCommand(io, args) {
  const outcome = await runCheck({
    cwd: io.cwd,
    base: args.base,
    configPath: args.config,
    db: args.db,
    down: args.down
  });
  for (const note of outcome.notes) io.err(`lockstep: ${note}
`);
  const { report, base } = outcome;
  const against = `${base.ref} (${base.how})`;
  const markdown = () => `${renderReportMarkdown(report).trimEnd()}

${diffsMarkdown(report, base.ref)}`;
  const json = () => `${JSON.stringify({ ...report, base: base.ref }, null, 2)}
`;
  write(io, args.jsonOut, json);
  write(io, args.markdownOut, markdown);
  if (args.format === "json") io.out(json());
  else if (args.format === "markdown") io.out(markdown());
  else {
    io.out(`checked HEAD against ${against}

`);
    io.out(renderReportText(report, io.style));
    for (const db of report.databases) {
      if (!db.diff) continue;
      io.out(`
${io.style.bold(`schema diff ${base.ref} \u2192 HEAD (${db.name})`)}
`);
      io.out(
        isEmptyDiff(db.diff) ? `${summarizeDiff(db.diff)}
` : `${renderDiffText(db.diff)}

${summarizeDiff(db.diff)}
`
      );
    }
  }
  return report.ok ? 0 : 1;
}
function diffsMarkdown(report, base) {
  return report.databases.filter((db) => db.diff).map(
    (db) => `#### Schema diff ${base} \u2192 HEAD (${db.name})

${renderDiffMarkdown(db.diff).trimEnd()}
`
  ).join("\n");
}
function write(io, path, text) {
  if (!path) return;
  try {
    writeFileSync(resolve(io.cwd, path), text());
  } catch (cause) {
    throw new LockstepError(
      "io",
      `cannot write ${path} (${cause.code ?? "error"})`,
      { cause }
    );
  }
}
export {
  checkCommand
};
