import { createHash } from "node:crypto";
import {
  folderOf,
  joinInRepo,
  lineMatching,
  type RepoText,
  type SetClaim,
} from "../discovery/config-text.js";
import { finding } from "../finding.js";
import {
  type Entry,
  emptyResult,
  linesOf,
  type ReadResult,
  script,
  unreadableFinding,
  wholeFile,
} from "../layouts/source.js";
import type { MigrationSet, SourceFile } from "../migration.js";
import { type PlannedChange, parsePlan } from "./sqitch-plan.js";
import type { Cell, ToolDescriptor } from "./tool.js";
import { text } from "./tracked-rows.js";

const REPO = "https://github.com/sqitchers/sqitch";
const PLAN = "sqitch.plan";
const CONF = "sqitch.conf";

/** Sqitch's order is the plan's: a new change goes below the applied ones, whatever the branches did. */
const SQITCH_AFTER =
  "merge the base, then move your change's line below the applied changes in sqitch.plan by hand and run `lockstep lock`";

export const sqitch = {
  id: "sqitch",
  name: "Sqitch",
  title: "Sqitch",
  detect: {
    priority: 5,
    evidence: (files) => files.filter(({ name, folder }) => name === PLAN && folder === "").length,
    reason: () => "a Sqitch plan, sqitch.plan, with deploy/ and revert/ scripts",
  },
  reads: { files: "the `deploy/`, `revert/` and `verify/` scripts of the changes `sqitch.plan` names" },
  read: (files) => readSqitch(files),
  order: { by: "listed", how: "Sqitch deploys changes in sqitch.plan order" },
  downs: "always",
  // The SQLite engine hands each script to the sqlite3 client as written; its templates hold BEGIN…COMMIT.
  transaction: { wraps: "as-written" },
  verify: "`sqitch verify` reports it as failed, and `sqitch deploy --verify` reverts the change and stops",
  // Sqitch 1.6.
  applied: {
    outOfOrder: {
      does: 'deploys the changes after the last deployed one; a change inserted before it changes the IDs of the changes after it (each ID covers its parent), so deploy stops with "Cannot find change … in sqitch.plan"',
      source: `${REPO}/blob/develop/lib/App/Sqitch/Engine.pm`, // _sync_plan(): "Cannot find change {id} ({change}) in {file}"
    },
    duplicate: {
      does: 'refuses the plan when a change name appears twice with no tag between ("duplicates earlier declaration"); after a tag the second one reworks the first',
      source: `${REPO}/blob/develop/lib/App/Sqitch/Plan.pm`, // _parse(): "duplicates earlier declaration"
    },
    renamed: {
      does: "knows a change by an ID computed from its name, project, parent change, planner, date, dependencies and note: a renamed change is a new one, and the deployed one is no longer found in the plan",
      source: `${REPO}/blob/develop/lib/App/Sqitch/Plan/Change.pm`, // `info`, the text its ID hashes
    },
    edited: {
      does: "records a hash of each deploy script; deploy does not compare it, `sqitch check` reports the divergence; `sqitch rework` is how a deployed change is changed",
      source: `${REPO}/blob/develop/lib/sqitch-check.pod`, // compares the SHA-1 of each deploy script
    },
  },
  configs: [
    { shown: "sqitch.conf", matches: (name) => name === CONF, read: readSqitchConf },
    { shown: "sqitch.plan", matches: (name) => name === PLAN, read: readSqitchPlan },
  ],
  tracking: {
    tables: [],
    stores:
      "changes, tags, dependencies and events in a registry database of its own (sqitch.db beside the target app.db), not in the migrated one",
    source: `${REPO}/blob/develop/lib/App/Sqitch/Engine/sqlite.pm`, // registry_uri: $registry.$ext beside the target
    // The registry's `changes` holds one row per deployed change; a revert deletes it (events keep the history).
    reader: {
      table: "changes",
      query: "SELECT change, script_hash, project FROM changes ORDER BY committed_at",
      rows: (rows, set) =>
        ofThisProject(rows, set).map((r) => ({ key: text(r[0]), checksum: text(r[1]) || undefined })),
      key: (m) => m.name,
      checksum: {
        // App::Sqitch::Plan::Change script_hash(): SHA-1 of the deploy script's bytes.
        of: (bytes) => createHash("sha1").update(bytes).digest("hex"),
        changed:
          "Sqitch does not compare it when it deploys: databases that deployed the old script keep it; `sqitch rework NAME` is how a deployed change gets a new script",
      },
      missing:
        "sqitch deploy cannot find the registry's newest deployed change in sqitch.plan and stops; put the change back in the plan, or `sqitch revert` it on that database first",
      apart: {
        where:
          "Sqitch keeps what it deployed in a registry database of its own beside the target: the registry's name (`sqitch` unless sqitch.conf sets `registry`) with the target's extension, sqitch.db for app.db",
        beside: registryBeside,
        tables: ["changes", "events", "projects", "tags"],
      },
      source: `${REPO}/blob/develop/lib/App/Sqitch/Engine/sqlite.sql`, // changes(change_id, script_hash, change, project, …)
    },
  },
  authoring: {
    firstScheme: { kind: "timestamp", digits: 14 },
    refuse: {
      new: "is a Sqitch project: run `sqitch add NAME -n 'what it does'`, which writes deploy/, revert/ and verify/ scripts and adds the change to sqitch.plan, then `lockstep lock`",
      renumber:
        "is a Sqitch project, whose order lives in sqitch.plan: move the new changes' lines below the applied ones in the plan by hand, then `lockstep lock`",
      change: "`sqitch rework NAME` (a new version of a deployed change) or `sqitch add NAME` (a new change)",
      clash: SQITCH_AFTER,
      early: SQITCH_AFTER,
    },
  },
} as const satisfies ToolDescriptor;

/** sqitch.conf keys that move the plan or the scripts away from the default layout, and their defaults. */
const MOVED: Record<string, string> = {
  top_dir: ".",
  plan_file: "sqitch.plan",
  deploy_dir: "deploy",
  revert_dir: "revert",
  verify_dir: "verify",
  reworked_dir: ".",
  reworked_deploy_dir: "deploy",
  reworked_revert_dir: "revert",
  reworked_verify_dir: "verify",
  extension: "sql",
};

function readSqitch(files: SourceFile[]): ReadResult {
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
          { file: first.display },
        ),
      );
    return result;
  }
  result.claimed.add(plan.rel);
  if (plan.text === undefined) {
    result.findings.push(unreadableFinding(plan));
    return result;
  }
  const parsed = parsePlan(plan.text);
  for (const problem of parsed.problems) {
    result.findings.push(
      finding(
        "parse-error",
        `${plan.display}:${problem.line}: ${problem.message}. Fix the line (\`sqitch plan\` shows how Sqitch reads it).`,
        { file: plan.display, line: problem.line },
      ),
    );
  }
  parsed.changes.forEach((change, index) => {
    const entry = toEntry(change, String(index + 1), byRel, plan, result);
    if (entry) result.entries.push(entry);
  });
  return result;
}

/** A reworked change's earlier scripts are `name@tag.sql`: the first of its rework tags with a deploy file. */
function segmentOf(change: PlannedChange, byRel: Map<string, SourceFile>): string {
  if (change.reworkTags.length === 0) return change.name;
  const found = change.reworkTags.find((tag) => byRel.has(`deploy/${change.name}@${tag}.sql`));
  return `${change.name}@${found ?? change.reworkTags[0]}`;
}

function toEntry(
  change: PlannedChange,
  version: string,
  byRel: Map<string, SourceFile>,
  plan: SourceFile,
  result: ReadResult,
): Entry | undefined {
  const segment = segmentOf(change, byRel);
  const [deploy, revert, verify] = ["deploy", "revert", "verify"].map((dir) =>
    byRel.get(`${dir}/${segment}.sql`),
  );
  const parts = [deploy, revert, verify].filter((file): file is SourceFile => file !== undefined);
  for (const file of parts) result.claimed.add(file.rel);
  const entry: Entry = {
    migration: { version, name: change.name, files: parts.map((file) => file.display) },
    rels: parts.map((file) => file.rel),
    sortName: segment,
  };
  if (!deploy) {
    result.findings.push(
      finding(
        "parse-error",
        `${plan.display}:${change.line} plans change "${change.name}", but deploy/${segment}.sql is missing, so sqitch deploy fails there. Add the script, or remove the change from the plan.`,
        { file: plan.display, line: change.line, version },
      ),
    );
    return undefined;
  }
  for (const [file, direction] of [
    [deploy, "up"],
    [revert, "down"],
    [verify, "verify"],
  ] as const) {
    if (!file) continue;
    if (file.text === undefined) result.findings.push(unreadableFinding(file, version));
    else entry.migration[direction] = script(file, wholeFile(file.text), false);
  }
  return entry;
}

function checkConf(conf: SourceFile, result: ReadResult): void {
  for (const [index, { text }] of linesOf(conf.text ?? "").entries()) {
    const match = /^\s*([a-z_]+)\s*=\s*(.*?)\s*$/.exec(text);
    const key = match?.[1] ?? "";
    const fallback = MOVED[key];
    if (fallback === undefined || match?.[2] === fallback) continue;
    result.findings.push(
      finding(
        "parse-error",
        `${conf.display}:${index + 1} sets \`${key}\`, which lockstep does not follow: it reads ${PLAN} and the deploy/, revert/ and verify/ .sql scripts beside it. Keep Sqitch's default layout, with lockstep's \`dir\` at the folder holding ${PLAN}.`,
        { file: conf.display, line: index + 1 },
      ),
    );
  }
}

/**
 * sqitch.conf (git-config syntax): `[core] engine` and `top_dir` (default: the file's folder), where
 * sqitch.plan and deploy/, revert/, verify/ live.
 */
function readSqitchConf(config: RepoText): SetClaim[] {
  let section = "";
  const values = new Map<string, { value: string; line: number }>();
  config.text.split("\n").forEach((raw, i) => {
    const head = /^\s*\[\s*([^\]]+?)\s*\]/.exec(raw);
    if (head) section = (head[1] as string).replace(/\s+"?|"/g, ".").toLowerCase();
    const kv = /^\s*([\w.-]+)\s*=\s*(.*?)\s*$/.exec(raw);
    if (kv && !head)
      values.set(`${section}.${(kv[1] as string).toLowerCase()}`, {
        value: (kv[2] as string).replace(/^"(.*)"$/, "$1"),
        line: i + 1,
      });
  });
  const engine = values.get("core.engine");
  const top =
    values.get("core.top_dir") ?? (engine ? values.get(`engine.${engine.value}.top_dir`) : undefined);
  const written = top?.value ?? ".";
  const dialect = !engine ? "unstated" : engine.value === "sqlite" ? "sqlite" : "other";
  return [
    {
      dir: joinInRepo(folderOf(config.path), written),
      written,
      layout: "sqitch",
      tool: "Sqitch",
      dialect,
      ...(dialect === "other" ? { dialectName: engine?.value } : {}),
      evidence: [
        {
          file: config.path,
          line: engine?.line ?? top?.line ?? 1,
          says: `says ${engine ? `engine = ${engine.value}` : "no engine"}${top ? `, top_dir = ${top.value}` : ""}`,
        },
      ],
      ...(top ? {} : { guessed: true as const }),
    },
  ];
}

/** A sqitch.plan is a set's root wherever it is, whatever sqitch.conf says of its engine. */
function readSqitchPlan(config: RepoText): SetClaim[] {
  const folder = folderOf(config.path);
  return [
    {
      dir: folder || ".",
      written: folder || ".",
      layout: "sqitch",
      tool: "Sqitch",
      dialect: "unstated",
      evidence: [
        { file: config.path, line: lineMatching(config.text, /^%project=/) ?? 1, says: "is a Sqitch plan" },
      ],
    },
  ];
}

/**
 * Sqitch's SQLite registry_uri: the target's file name with its name part (up to the first dot) replaced by
 * the registry's name, `sqitch`: `db/app.db` → `db/sqitch.db`, `app.sqlite3` → `sqitch.sqlite3`, `app` → `sqitch`.
 */
export function registryBeside(target: string, registry = "sqitch"): string {
  const cut = Math.max(target.lastIndexOf("/"), target.lastIndexOf("\\")) + 1;
  const name = target.slice(cut);
  const dot = name.indexOf(".");
  const file = registry.includes(".") || dot === -1 ? registry : `${registry}.${name.slice(dot + 1)}`;
  return `${target.slice(0, cut)}${file}`;
}

/**
 * One registry can serve several Sqitch projects (`changes.project`): the rows of a project none of whose
 * deployed changes this plan names are another project's, not changes this plan lost.
 */
function ofThisProject(rows: Cell[][], set: MigrationSet): Cell[][] {
  const names = new Set(set.migrations.map((m) => m.name));
  const ours = new Set(rows.filter((r) => names.has(text(r[0]))).map((r) => text(r[2])));
  return ours.size === 0 ? rows : rows.filter((r) => ours.has(text(r[2])));
}
