import { closest } from "./closest.js";
import { type Allowance, type Finding, finding } from "./finding.js";
import type { MigrationSet, SourceFile } from "./migration.js";
import { RULE_CATALOGUE, RULE_IDS, type RuleId } from "./rules.js";

/**
 * `-- lockstep:allow destructive "data moved in 0041"`: a migration acknowledges, in its own file, a finding
 * its team means. The finding stays in every report with the reason, failing nothing. `#` and `//` comments
 * work too, for Python and JavaScript migrations.
 */
const MARKER = /(?:--|#|\/\/|\/\*+|^\s*\*)\s*lockstep:allow\b(.*)$/;
const BODY = /^\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\s+"([^"]+)"\s*(?:\*\/\s*)?$/;
const REASON_LIMIT = 200;

interface FileAllowances {
  byRule: Map<RuleId, Allowance>;
  problems: Finding[];
}

/** The acknowledgements one file makes, and a finding for each comment lockstep cannot use. */
export function readAllowances(file: SourceFile): FileAllowances {
  const byRule = new Map<RuleId, Allowance>();
  const problems: Finding[] = [];
  const lines = file.text?.split("\n") ?? [];
  lines.forEach((text, index) => {
    const marker = MARKER.exec(text);
    if (!marker) return;
    const line = index + 1;
    const where = { file: file.display, line };
    const body = BODY.exec(marker[1] ?? "");
    if (!body) {
      problems.push(
        finding(
          "allow-invalid",
          `this lockstep:allow names no rule or gives no reason: write it as -- lockstep:allow RULE "why it is meant"; until then the findings it meant stay`,
          where,
        ),
      );
      return;
    }
    const reason = (body[2] ?? "").trim().slice(0, REASON_LIMIT);
    for (const name of (body[1] ?? "").split(",").map((n) => n.trim())) {
      const problem = ruleProblem(name);
      if (problem) problems.push(finding("allow-invalid", problem, where));
      else byRule.set(name as RuleId, { reason, ...where });
    }
  });
  return { byRule, problems };
}

function ruleProblem(name: string): string | undefined {
  if (!(name in RULE_CATALOGUE)) {
    const near = closest(name, RULE_IDS);
    return `lockstep:allow names "${name}", which is not a rule${near ? `; did you mean "${near}"?` : ""} (the README's rule table lists them); until then the findings it meant stay`;
  }
  if (!RULE_CATALOGUE[name as RuleId].allow)
    return `${name} cannot be acknowledged in a file: it is about ${appliedOrShape(name as RuleId)}; the README's rule table says what to do instead`;
  return undefined;
}

function appliedOrShape(rule: RuleId): string {
  if (rule.startsWith("locked-") || rule.startsWith("lockfile-") || rule === "out-of-order")
    return "migrations databases have applied (amend with `lockstep lock --amend` when every database has the change)";
  return "something that stops the replay or the tool itself";
}

/**
 * Marks the findings the migrations acknowledge (status `allowed`, with the comment's reason and place) and
 * adds a finding for each comment that cannot be used. A finding belongs to the migration holding its file,
 * else to the one of its version.
 */
export function acknowledge(
  findings: readonly Finding[],
  set: MigrationSet,
  files: readonly SourceFile[],
): Finding[] {
  const texts = new Map(files.map((f) => [f.display, f]));
  const ofFile = new Map<string, Map<RuleId, Allowance>>();
  const ofVersion = new Map<string, Map<RuleId, Allowance>>();
  const problems: Finding[] = [];
  for (const m of set.migrations) {
    const merged = new Map<RuleId, Allowance>();
    for (const display of m.files) {
      const file = texts.get(display);
      if (!file?.text?.includes("lockstep:allow")) continue;
      const read = readAllowances(file);
      problems.push(...read.problems.map((p) => ({ ...p, version: m.version })));
      for (const [rule, a] of read.byRule) if (!merged.has(rule)) merged.set(rule, a);
    }
    if (merged.size === 0) continue;
    for (const display of m.files) ofFile.set(display, merged);
    ofVersion.set(m.version, merged);
  }
  if (ofVersion.size === 0) return [...findings, ...problems];
  const marked = findings.map((f) => {
    const own = (f.file === undefined ? undefined : ofFile.get(f.file)) ?? ofVersion.get(f.version ?? "");
    const allowance = own?.get(f.rule);
    return allowance && f.status === undefined ? { ...f, status: "allowed" as const, allowed: allowance } : f;
  });
  return [...marked, ...problems];
}
