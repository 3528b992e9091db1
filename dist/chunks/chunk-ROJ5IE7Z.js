import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  loadBlobHashes
} from "./chunk-T6ZHBBNA.js";
import {
  baseNotFound,
  findBase,
  isCommitId,
  namedBaseRef,
  resolveBaseRefs
} from "./chunk-P2Z45EO7.js";
import {
  appliedAt,
  frozenFindings,
  hashOfBlob,
  hashOfText,
  lockEntries,
  lockPathOf,
  lockTextAt,
  staleness
} from "./chunk-BJUN4ADH.js";
import {
  allowedNote,
  errorsFirst,
  findingLine,
  migrationsTable,
  verdictHeading
} from "./chunk-46T76R5N.js";
import {
  GitRepo
} from "./chunk-MIWH5IJS.js";
import {
  applyRules,
  knownAt,
  knownPlace,
  prewarmReplay,
  replayDatabase,
  setAside
} from "./chunk-3YNM6M3L.js";
import {
  engineLine,
  plural
} from "./chunk-OG4VZJVS.js";
import {
  readDatabase
} from "./chunk-27KHMPRI.js";
import {
  isAllowed,
  isNew,
  reportOk
} from "./chunk-GV6QPZO7.js";
import {
  submoduleNotes
} from "./chunk-ICBRVQAN.js";
import {
  LOCK_FILE,
  parseLockFile
} from "./chunk-Z2X2U7TB.js";
import {
  KIND_WORDS,
  codeTicks,
  countDiff,
  describeObject,
  diffSchemas,
  escapeMarkdown,
  escapeProse,
  inlineCode,
  isEmptyDiff,
  makeSchema,
  renderDiffMarkdown,
  tableLines
} from "./chunk-ODQ3WMNU.js";
import {
  structuredPatch
} from "./chunk-TR7J7TJX.js";
import {
  resolveEngine
} from "./chunk-FTWE2UU2.js";
import {
  foldCase
} from "./chunk-JCJLY7EN.js";
import {
  CONFIG_FILE,
  configPath,
  resolveDatabases,
  shownPath
} from "./chunk-WWXHY5GU.js";
import {
  codeSpan
} from "./chunk-X7R4MUVV.js";
import {
  escapeControl
} from "./chunk-5OGJ6SNL.js";
import {
  bound
} from "./chunk-CUGJOLQ7.js";
import {
  LockstepError
} from "./chunk-HVSG2UMJ.js";
import {
  finding
} from "./chunk-J4JBNE5M.js";

// src/core/render/ddl-diff.ts
var KEYWORD = /^(?:from|where|group by|having|order by|limit|union all|union|except|intersect|(?:left |left outer |inner |cross )?join|begin|end|when|then|else|set|values)\b/i;
function topLevel(text2, at) {
  const parts = [];
  let depth = 0;
  let quote = "";
  let start = 0;
  for (let i = 0; i < text2.length; i++) {
    const c = text2[i];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === "'" || c === '"' || c === "`") quote = c;
    else if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      const skip = at(i);
      if (skip > 0) {
        parts.push(text2.slice(start, i + (c === "," ? 1 : 0)).trim());
        start = i + (c === "," ? 1 : 0);
        i += skip - 1;
      }
    }
  }
  parts.push(text2.slice(start).trim());
  return parts.filter(Boolean);
}
function clauses(sql) {
  const text2 = escapeControl(sql);
  const lines = topLevel(text2, (i) => {
    if (!/\s/.test(text2[i])) return 0;
    const word2 = KEYWORD.exec(text2.slice(i + 1, i + 24));
    return word2 ? 1 + word2[0].length : 0;
  });
  return lines.flatMap((line) => {
    if (!/^select\s/i.test(line)) return [line];
    const columns = topLevel(line, (i) => line[i] === "," ? 1 : 0);
    return columns.map((col, i) => i === 0 ? col : `  ${col}`);
  });
}
function ddlLines(obj) {
  const name = escapeControl(obj.name);
  switch (obj.kind) {
    case "table": {
      const body = tableLines(obj).map((line) => `  ${escapeControl(line)}`);
      const last = body.length - 1;
      return [`CREATE TABLE ${name} (`, ...body.map((line, i) => i < last ? `${line},` : line), ");"];
    }
    case "index": {
      const head = `CREATE ${obj.unique ? "UNIQUE " : ""}INDEX ${name}`;
      return [`${head}`, ...clauses(describeObject(obj).replace(/^UNIQUE /, "")).map((l) => `  ${l}`)];
    }
    case "view":
      return [
        `CREATE VIEW ${name}${obj.columns ? ` (${obj.columns.join(", ")})` : ""} AS`,
        ...clauses(obj.select).map((l) => `  ${l}`)
      ];
    case "trigger":
      return [`CREATE TRIGGER ${name}`, ...clauses(obj.body).map((l) => `  ${l}`)];
    case "virtual":
      return [`CREATE VIRTUAL TABLE ${name}`, `  ${escapeControl(describeObject(obj))}`];
  }
}
function renderDdlDiff(diff, context = 2) {
  const out = [];
  const objects = [
    ...diff.changed.map((c) => ({
      title: `${KIND_WORDS[c.kind]} ${c.name}`,
      before: ddlLines(c.before),
      after: ddlLines(c.after)
    })),
    ...diff.added.map((o) => ({
      title: `${KIND_WORDS[o.kind]} ${o.name} (new)`,
      before: [],
      after: ddlLines(o)
    })),
    ...diff.removed.map((o) => ({
      title: `${KIND_WORDS[o.kind]} ${o.name} (dropped)`,
      before: ddlLines(o),
      after: []
    }))
  ];
  for (const o of objects) {
    const patch = structuredPatch("before", "after", text(o.before), text(o.after), "", "", { context });
    out.push(`@@ ${escapeControl(o.title)} @@`);
    for (const hunk of patch.hunks)
      for (const line of hunk.lines) if (!line.startsWith("\\")) out.push(...wrap(line));
  }
  return out;
}
var DDL_WIDTH = 88;
function wrap(line) {
  if (line.length <= DDL_WIDTH) return [line];
  const sign = line[0];
  const indent = /^.(\s*)/.exec(line)?.[1] ?? "";
  const pieces = [];
  let rest = line.slice(1);
  let first = true;
  while (rest.length > 0) {
    const room = DDL_WIDTH - 1 - (first ? 0 : indent.length + 4);
    let cut = rest.length <= room ? rest.length : rest.lastIndexOf(" ", room);
    if (cut <= indent.length) cut = Math.min(rest.length, room);
    pieces.push(`${sign}${first ? "" : `${indent}    `}${rest.slice(0, cut).trimEnd()}`);
    rest = rest.slice(cut).trimStart();
    first = false;
  }
  return pieces;
}
var text = (lines) => lines.length === 0 ? "" : `${lines.join("\n")}
`;

// src/core/render/er-diagram.ts
function label(text2) {
  const cleaned = escapeControl(bound(text2, 60)).replace(/["%#;\\`<>&]/g, "_").replace(/(direction)\s+(?=tb|bt|rl|lr)/gi, "$1_");
  return cleaned.trim() === "" ? "_" : cleaned;
}
function word(text2) {
  const cleaned = bound(text2, 60).replace(/[^A-Za-z0-9_]/g, "_");
  const start = /^[A-Za-z_]/.test(cleaned) ? cleaned : `_${cleaned}`;
  return /^(pk|fk|uk)$/i.test(start) ? `${start}_` : start;
}
function connectedFirst(changed, tables) {
  const links = new Map(changed.map((k) => [k, /* @__PURE__ */ new Set()]));
  for (const k of changed)
    for (const fk of tables.get(k).foreignKeys) {
      const parent = foldCase(fk.table);
      if (parent !== k && links.has(parent)) {
        links.get(k)?.add(parent);
        links.get(parent)?.add(k);
      }
    }
  const order = [];
  const left = new Set(changed);
  while (left.size > 0 && order.length < DIAGRAM_TABLES) {
    const rest = [...left];
    const next = rest.find((k) => order.some((o) => links.get(o)?.has(k))) ?? rest.reduce((best, k) => (links.get(k)?.size ?? 0) > (links.get(best)?.size ?? 0) ? k : best);
    order.push(next);
    left.delete(next);
  }
  return [...order, ...left];
}
function declared(t, column) {
  return t.columns.find((c) => foldCase(c.name) === foldCase(column))?.name ?? column;
}
function entityNames(tables, isNew2) {
  const names = /* @__PURE__ */ new Map();
  const taken = /* @__PURE__ */ new Set();
  for (const t of tables) {
    const base = `${label(t.name)}${isNew2(t) ? " (new)" : ""}`;
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n})`;
    taken.add(name.toLowerCase());
    names.set(t, `"${name}"`);
  }
  return names;
}
var DIAGRAM_TABLES = 4;
function renderErDiagram(diff, after) {
  const tables = /* @__PURE__ */ new Map();
  for (const obj of after) if (obj.kind === "table") tables.set(foldCase(obj.name), obj);
  const marks = /* @__PURE__ */ new Map();
  for (const obj of diff.added)
    if (obj.kind === "table") marks.set(foldCase(obj.name), { table: "added", columns: /* @__PURE__ */ new Map() });
  for (const c of diff.changed) {
    if (c.kind !== "table") continue;
    const columns = /* @__PURE__ */ new Map();
    for (const col of c.columns.added) columns.set(foldCase(col.name), "added");
    for (const col of c.columns.changed) columns.set(foldCase(col.name), "changed");
    marks.set(foldCase(c.name), { table: "changed", columns });
  }
  const changed = connectedFirst([...marks.keys()].filter((k) => tables.has(k)).sort(), tables);
  if (changed.length === 0) return { text: "", omitted: [] };
  const drawn = changed.slice(0, DIAGRAM_TABLES);
  const omitted = changed.slice(DIAGRAM_TABLES).map((k) => tables.get(k).name);
  const inDrawn = new Set(drawn);
  const neighbours = /* @__PURE__ */ new Set();
  for (const t of tables.values()) {
    const key = foldCase(t.name);
    for (const fk of t.foreignKeys) {
      const parent = foldCase(fk.table);
      if (inDrawn.has(key) && tables.has(parent) && !inDrawn.has(parent)) neighbours.add(parent);
      if (inDrawn.has(parent) && !inDrawn.has(key)) neighbours.add(key);
    }
  }
  const room = Math.max(0, DIAGRAM_TABLES - drawn.length);
  const shownNeighbours = [...neighbours].sort().slice(0, room);
  const listed = [...drawn, ...shownNeighbours].map((k) => tables.get(k));
  const shown = /* @__PURE__ */ new Set([...drawn, ...shownNeighbours]);
  const entity = entityNames(listed, (t) => marks.get(foldCase(t.name))?.table === "added");
  const lines = ["erDiagram"];
  for (const t of listed) {
    const key = foldCase(t.name);
    const mark = marks.get(key);
    const fkColumns = new Set(t.foreignKeys.flatMap((fk) => fk.columns.map(foldCase)));
    const linking = new Set(
      t.foreignKeys.filter((fk) => inDrawn.has(foldCase(fk.table))).flatMap((fk) => fk.columns.map(foldCase))
    );
    const columns = mark ? t.columns : t.columns.filter((c) => c.pk > 0 || linking.has(foldCase(c.name)));
    lines.push(`  ${entity.get(t)} {`);
    for (const c of columns) {
      const keys = [c.pk > 0 ? "PK" : "", fkColumns.has(foldCase(c.name)) ? "FK" : ""].filter(Boolean).join(",");
      const type = word(c.type.split(/[ (]/)[0] || "ANY");
      const note = mark?.table === "added" ? void 0 : mark?.columns.get(foldCase(c.name));
      lines.push(`    ${type} ${word(c.name)}${keys ? ` ${keys}` : ""}${note ? ` "${note}"` : ""}`);
    }
    lines.push("  }");
  }
  for (const t of listed) {
    for (const fk of t.foreignKeys) {
      const parent = tables.get(foldCase(fk.table));
      if (!parent || !shown.has(foldCase(fk.table))) continue;
      if (!inDrawn.has(foldCase(t.name)) && !inDrawn.has(foldCase(fk.table))) continue;
      const optional = fk.columns.some(
        (col) => !t.columns.find((c) => foldCase(c.name) === foldCase(col))?.notNull
      );
      const parentSide = optional ? "|o" : "||";
      lines.push(
        `  ${entity.get(t)} }o--${parentSide} ${entity.get(parent)} : "${label(fk.columns.map((col) => declared(t, col)).join(", "))}"`
      );
    }
  }
  return { text: `${lines.join("\n")}
`, omitted };
}

// src/core/render/comment.ts
var COMMENT_LIMIT = 65536;
var OMITTED_NAMES = 30;
var DDL_OPEN_LINES = 30;
function renderComment(input) {
  const limit = input.limit ?? COMMENT_LIMIT;
  const sections = input.report.databases.map((db) => section(db, input));
  const verdict = verdictHeading(input.report, input.base, input.context);
  const elsewhere = (input.elsewhere ?? "in the job summary").replace(
    /[&<>]/g,
    (c) => `&#${c.charCodeAt(0)};`
  );
  const footer = footerLine(input);
  const note = `
_Truncated to fit GitHub's limit: the full report is ${elsewhere}._
`;
  const levels = [
    (s) => s,
    (s) => ({ ...s, aside: s.asideShort, ddl: "" }),
    (s) => ({ ...s, aside: s.asideShort, ddl: "", diagram: "" }),
    (s) => ({ ...s, aside: s.asideShort, ddl: "", diagram: "", changes: "" }),
    (s) => ({ ...s, aside: s.asideShort, ddl: "", diagram: "", changes: "", table: "" })
  ];
  for (const [i, level] of levels.entries()) {
    const text2 = assemble(verdict, sections.map(level), i === 0 ? footer : note + footer);
    if (text2.length <= limit) return text2;
  }
  const minimal = sections.map((s) => ({
    ...s,
    aside: s.asideShort,
    ddl: "",
    diagram: "",
    changes: "",
    table: ""
  }));
  let keep = Math.max(...minimal.map((s) => s.findings.length));
  while (keep > 0) {
    const cut = minimal.map((s) => ({
      ...s,
      findings: s.findings.length > keep ? [...s.findings.slice(0, keep), `- \u2026 and ${s.findings.length - keep} more`] : s.findings
    }));
    const text2 = assemble(verdict, cut, note + footer);
    if (text2.length <= limit) return text2;
    keep = Math.floor(keep / 2);
  }
  return `${verdict}
${note}${footer}`.slice(0, limit);
}
function assemble(verdict, sections, footer) {
  const body = sections.map(
    (s) => [s.head, s.findings.join("\n"), s.aside, s.schema, s.changes, s.ddl, s.diagram, s.table].filter((part) => part !== "").join("\n\n")
  );
  return `${[verdict, ...body].join("\n\n").trimEnd()}
${footer}`;
}
function footerLine(input) {
  const engine = engineLine(input.report.engine, input.report.databases);
  const base = input.base ? ` \xB7 base ${escapeMarkdown(input.base)}${input.baseSha ? ` at ${escapeMarkdown(input.baseSha.slice(0, 12))}` : ""}` : "";
  const rest = input.summaryUrl ? ` \xB7 [job summary](${input.summaryUrl.replace(/[()<>\s]/g, encodeURIComponent)})` : "";
  return `
<sub>lockstep ${escapeMarkdown(input.version)}${engine ? ` \xB7 ${escapeMarkdown(engine)}` : ""}${base}${rest}</sub>
`;
}
function section(db, input) {
  const through = db.runner ? `

<sub>replayed through ${escapeProse(db.runner)}</sub>` : "";
  const head = `#### ${escapeMarkdown(db.name)} \xB7 ${codeTicks(`${db.dir}/`)}${through}`;
  const findings = [
    ...errorsFirst(db.findings.filter(isNew)).map((f) => findingLine(f, input.links, input.rulesUrl)),
    // What the branch's migrations acknowledge is listed with the rest, reason beside it, for the reviewer.
    ...errorsFirst(db.findings.filter(isAllowed)).map(
      (f) => `${findingLine(f, input.links, input.rulesUrl)} _(${allowedNote(f)})_`
    )
  ];
  const parts = { head, findings, ...setAside2(db, input), table: migrationsTable(db, input.links) };
  const none = { schema: "", changes: "", ddl: "", diagram: "" };
  if (!db.diff) return { ...parts, ...none };
  if (isEmptyDiff(db.diff)) return { ...parts, ...none, schema: "**Schema:** no changes." };
  const objects = db.schema?.objects ?? [];
  const diagram = renderErDiagram(db.diff, objects);
  const ddl = renderDdlDiff(db.diff);
  const block = `\`\`\`diff
${fence(ddl.join("\n"))}
\`\`\``;
  const omitted = diagram.omitted.length > 0 ? `

${plural(diagram.omitted.length, "more changed table")}, not drawn: ${diagram.omitted.slice(0, OMITTED_NAMES).map((n) => inlineCode(n)).join(", ")}${diagram.omitted.length > OMITTED_NAMES ? ", \u2026" : ""}` : "";
  return {
    ...parts,
    schema: `**Schema:** ${escapeMarkdown(countDiff(db.diff))}`,
    changes: renderDiffMarkdown(db.diff, true).trimEnd(),
    ddl: ddl.length > DDL_OPEN_LINES ? `<details><summary>DDL diff (${plural(ddl.length, "line")})</summary>

${block}

</details>` : block,
    diagram: diagram.text ? `\`\`\`mermaid
${diagram.text}\`\`\`${omitted}` : ""
  };
}
function setAside2(db, input) {
  const old = errorsFirst(db.findings.filter((f) => !isNew(f) && !isAllowed(f)));
  if (old.length === 0) return { aside: "", asideShort: "" };
  const title = `${plural(old.length, "existing finding")} (on the base or in lockstep.known.json)`;
  const lines = old.map(
    (f) => `${findingLine(f, input.links, input.rulesUrl)} _(${f.status === "known" ? "known" : "on the base"}${f.allowed ? `; ${allowedNote(f)}` : ""})_`
  );
  return {
    aside: `<details><summary>${title}</summary>

${lines.join("\n")}

</details>`,
    asideShort: `_${title}: left out to fit; the full report lists them._`
  };
}
function fence(text2) {
  return text2.replace(/`{3,}/g, (run) => run.split("").join("\u200B"));
}

// src/engine/applied/check.ts
import { rmSync } from "node:fs";
import { resolve as resolve2 } from "node:path";

// src/engine/known/check-set-aside.ts
async function setAsideOnBranch(repo, baseRef, place, databases, unchanged) {
  const prints = async (ref) => new Set((await knownAt(repo, ref, place)).map((e) => e.fingerprint));
  const known = await prints("HEAD");
  const knownOnBase = await prints(baseRef);
  return databases.flatMap(
    (db, i) => setAside(db, { known, knownOnBase, unchanged: unchanged[i], knownFile: place.shown })
  );
}

// src/engine/applied/check-base.ts
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

// src/engine/applied/check-findings.ts
function changedApplied(applied, headFiles, known, hashOf = hashOfText) {
  const head = new Map(
    headFiles.map((f) => [
      f.rel,
      f.text === void 0 ? void 0 : hashOf(f)
    ])
  );
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
function amendedWarnings(applied, lock, files, hashOf = hashOfText) {
  const reasons = new Map((lock?.amendments ?? []).map((a) => [a.version, a.reason]));
  if (reasons.size === 0) return [];
  const byRel = new Map(files.map((f) => [f.rel, f]));
  const out = [];
  for (const entry of applied.entries) {
    const reason = reasons.get(entry.version);
    if (reason === void 0) continue;
    const file = byRel.get(entry.path);
    if (file?.text === void 0 || hashOf(file) === entry.hash) continue;
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

// src/engine/applied/check-runner.ts
function prefixReplay(head, set) {
  const versions = set.migrations.map((m) => m.version);
  const headVersions = head.report.migrations.map((m) => m.version);
  if (versions.some((v, i) => headVersions[i] !== v)) return void 0;
  const last = versions.at(-1);
  const schema = last === void 0 ? makeSchema([]) : head.after?.get(last);
  if (!schema) return void 0;
  const kept = new Set(versions);
  return {
    ...head,
    report: {
      ...head.report,
      migrations: head.report.migrations.filter((m) => kept.has(m.version)),
      findings: []
    },
    schema,
    touched: new Map([...head.touched].filter(([v]) => kept.has(v))),
    after: void 0
  };
}

// src/engine/applied/check-database.ts
async function checkDatabase(repo, spec, base, mergeBase, diffFrom, req, rules, hashes) {
  const cwd = req.cwd;
  const dir = repo.pathOf(spec.dir);
  const shownDir = shownPath(cwd, spec.dir);
  const shownLock = shownPath(cwd, `${spec.dir}/${LOCK_FILE}`);
  const reads = /* @__PURE__ */ new Map();
  const at = async (ref) => {
    const commit = await repo.commitOf(ref) ?? ref;
    let read = reads.get(commit);
    if (!read) {
      read = readDatabase(spec, cwd, { at: "git", repo, ref });
      reads.set(commit, read);
    }
    return read;
  };
  const hashOf = hashOfBlob(hashes);
  const applied = await appliedAt(repo, base.frozenRef, spec, cwd, void 0, hashOf, at);
  const appliedVersions = new Set(applied.entries.map((e) => e.version));
  const headRead = await readDatabase(spec, cwd, { at: "git", repo, ref: "HEAD" }, appliedVersions);
  const { files: headFiles, set: headSet } = headRead;
  const headLockText = await lockTextAt(repo, "HEAD", dir);
  const headParsed = headLockText === void 0 ? void 0 : parseLockFile(headLockText);
  const headLock = headParsed?.lock;
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
      appliedSet: baseRead.set,
      hashOf
    }),
    ...staleness(
      shownLock,
      { entries: lockEntries(headSet, headFiles, hashOf), amendments: [] },
      headLockText,
      headParsed,
      applied.entries,
      changedApplied(applied, headFiles, known, hashOf)
    ),
    ...amendedWarnings(applied, headLock, headFiles, hashOf)
  ];
  const { timeout, engine, cache, code, data } = req;
  const head = await replayDatabase(
    headRead,
    { cwd, down: req.down ?? "all", timeout, engine, cache, code, data },
    rules,
    appliedVersions
  );
  const ranTool = head.after !== void 0;
  const replayAt = async (read) => ranTool ? prefixReplay(head, read.set) : await replayDatabase(read, { cwd, down: "none", timeout, engine, cache, code, data });
  const baseReplay = await replayAt(baseRead);
  if (forkRead && baseReplay) findings.push(...overlaps(forkRead.set, head, baseReplay, appliedVersions));
  const report = head.report;
  const appliedPaths = new Set(
    applied.entries.map((e) => `${shownDir === "." ? "" : `${shownDir}/`}${e.path}`)
  );
  for (const m of report.migrations) m.origin = m.files.every((f) => appliedPaths.has(f)) ? "base" : "new";
  report.findings = applyRules([...report.findings, ...findings], rules);
  const from = diffFrom === "base" || !forkRead ? baseReplay : await replayAt(forkRead);
  if (from && !head.timedOut && !from.timedOut) report.diff = diffSchemas(from.schema, head.schema);
  const notes = [...headSet.notes ?? []];
  if (!from) {
    notes.push(
      `database "${spec.name}": no schema diff: its runner replays only the checked-out tree, and the base's migrations are not the first ones of this branch's history (merge or rebase onto the base)`
    );
  }
  const appliedHashes = new Map(applied.entries.map((e) => [e.path, e.hash]));
  const unchanged = new Set(
    headFiles.filter(
      (f) => f.text !== void 0 && appliedHashes.get(f.rel) === hashOf(f)
    ).map((f) => f.display)
  );
  const changed = changedFiles(forkFiles ?? baseRead.files, headFiles);
  return { report, changed, unchanged, engine: head.engine, notes };
}

// src/engine/applied/check-trust.ts
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
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
  const text2 = await repo.show(base.ref, path);
  if (text2 === void 0) {
    notes.push(
      `database "${spec.name}": the "functions" module ${path} is not on ${base.ref}, so it was not loaded (a pull request's own code never runs here); ${effect} until it is merged`
    );
    return unloaded;
  }
  const folder = mkdtempSync(join(tmpdir(), "lockstep-functions-"));
  copies.push(folder);
  const copy = join(folder, `${basename(module).replace(/\.[cm]?[jt]s$/, "")}.mjs`);
  writeFileSync(copy, text2);
  notes.push(`database "${spec.name}": the "functions" module ${path} was loaded as it is on ${base.ref}`);
  return { ...spec, functionsCopy: copy };
}
async function baseFunctions(repo, ref, req, name) {
  const file = resolve(req.cwd, req.configPath ?? CONFIG_FILE);
  const text2 = await repo.show(ref, repo.pathOf(file));
  let parsed;
  try {
    parsed = JSON.parse((text2 ?? "").replace(/^\uFEFF/, ""));
  } catch {
    return void 0;
  }
  const databases = parsed?.databases;
  if (!Array.isArray(databases)) return void 0;
  const db = databases.find((d) => d?.name === name);
  if (typeof db?.functions !== "string" || db.functions === "") return void 0;
  return repo.pathOf(resolve(dirname(file), db.functions));
}

// src/engine/applied/check.ts
async function runCheck(req) {
  const repo = await GitRepo.open(req.cwd);
  let engine = "wasm";
  const read = /* @__PURE__ */ new Map();
  const { specs, notes, config } = await resolveDatabases(
    req,
    async (loaded) => {
      engine = await prewarmReplay(req, loaded);
    },
    read
  );
  repo.offerWorkingFiles(read);
  let ranOn;
  resolveBaseRefs(repo, req.base ?? config?.config.baseBranch);
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
  const contains = mergeBase !== void 0 && mergeBase === await repo.commitOf(base.ref) || await repo.isAncestor(base.ref, "HEAD");
  const diffFrom = contains ? "base" : "fork";
  if (diffFrom === "fork" && mergeBase) {
    notes.push(
      `HEAD does not contain ${base.ref} yet: the schema diff is what this branch changes since it left ${base.ref}`
    );
  }
  const knownPath = repo.pathOf(knownPlace(config?.root ?? req.cwd, req.cwd, config?.top).path);
  repo.prefetch(
    [.../* @__PURE__ */ new Set(["HEAD", base.ref, base.frozenRef, ...mergeBase ? [mergeBase] : []])].flatMap((ref) => [
      ...specs.map((spec) => ({ ref, path: lockPathOf(repo.pathOf(spec.dir)) })),
      ...specs.map((spec) => ({ ref, path: repo.pathOf(spec.dir) })),
      { ref, path: knownPath },
      { ref, path: repo.pathOf(resolve2(req.cwd, req.configPath ?? CONFIG_FILE)) }
    ])
  );
  const databases = [];
  const unchanged = [];
  const changed = [];
  const copies = [];
  const hashes = loadBlobHashes(repo);
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
        config?.config.rules,
        hashes
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
  hashes.save();
  notes.push(...submoduleNotes(req.cwd, repo));
  const known = knownPlace(config?.root ?? req.cwd, req.cwd, config?.top);
  notes.push(...await setAsideOnBranch(repo, base.ref, known, databases, unchanged));
  const report = {
    version: 1,
    ok: reportOk(databases),
    engine: ranOn ?? await resolveEngine(engine),
    databases
  };
  const baseSha = await repo.commitOf(base.ref);
  return { report, base, baseSha, mergeBase, cwdInRepo: repo.pathOf(req.cwd), changed, notes };
}

export {
  COMMENT_LIMIT,
  renderComment,
  runCheck
};
