/**
 * Sqitch's plan file (App::Sqitch::Plan `_parse` and `check_changes`): pragmas, then change and tag lines
 * in deploy order. Parsed as Sqitch parses it, so what Sqitch refuses is a problem with its line.
 */

export interface PlannedChange {
  name: string;
  /** 1-based line in the plan. */
  line: number;
  /** Required changes as written (`users`, `users@v1`, `other:users`); conflicts (`!x`) are left out. */
  requires: string[];
  /** Tags between this change and its next rework, latest first (its scripts are `name@tag.sql`). */
  reworkTags: string[];
}

export interface PlanProblem {
  line: number;
  message: string;
}

export interface ParsedPlan {
  project?: string;
  changes: PlannedChange[];
  problems: PlanProblem[];
}

// A name: no blanks, `:`, `@`, `#`, `\`, `[`, `]`; not starting with punctuation (Plan.pm's $name_re, simplified).
const NAME = String.raw`[^\s:@#\\\[\]!"$%&'()*+,./;<=>?^\x60{|}~-][^\s:@#\\\[\]]*`;
const STAMP = String.raw`\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ`;
const ENTRY = new RegExp(
  String.raw`^\s*(?:@(?<tag>${NAME})|(?<op>[+-])?\s*(?<name>${NAME}))\s*(?:\[(?<deps>[^\]]*)\]\s*)?(?<stamp>${STAMP})?\s*(?<planner>[^<]+?\s+<[^>]+>)?$`,
);
const PRAGMA = /^\s*%\s*(?<name>[^\s=]+)\s*(?:=\s*(?<value>.*?))?\s*$/;
const SHA1 = /^[0-9a-f]{40}$/;

export function parsePlan(text: string): ParsedPlan {
  const plan: ParsedPlan = { changes: [], problems: [] };
  const problem = (line: number, message: string) => plan.problems.push({ line, message });
  /** Line of each change name since the last tag (a second one there is a duplicate, after a tag a rework). */
  let sinceTag = new Map<string, number>();
  const latest = new Map<string, PlannedChange>();
  const tagLines = new Map<string, number>();
  /** Tags in plan order, each with the index of the change it follows. */
  const tags: { name: string; after: number }[] = [];
  let header = true;
  const readLine = (raw: string, line: number): string | undefined => {
    if (raw.trim() === "") {
      header = false;
      return undefined;
    }
    if (raw.trimStart().startsWith("#")) return undefined;
    const body = raw.replace(/\s*#.*$/, "").trimEnd();
    if (header) {
      const pragma = PRAGMA.exec(body)?.groups;
      if (!pragma) return "a blank line must come between the pragmas and the first change";
      if (pragma.name === "project") plan.project = pragma.value;
      return undefined;
    }
    const entry = ENTRY.exec(body)?.groups;
    if (!entry) return `\`${body.trim()}\` is not a change, tag or pragma line Sqitch reads`;
    if (!entry.stamp || !entry.planner)
      return "a change or tag line needs a timestamp and the planner's name and <email>";
    if (entry.op === "-") return "a `-` (revert) line is not replayed by lockstep";
    const name = entry.tag ?? entry.name ?? "";
    if (name === "HEAD" || name === "ROOT") return `"${name}" is a reserved name`;
    if (SHA1.test(name)) return `"${name}" could be confused with a SHA1 ID`;
    if (entry.tag !== undefined) {
      if (plan.changes.length === 0) return `tag @${name} has no change before it`;
      const at = tagLines.get(name);
      if (at) return `tag @${name} is declared again (first on line ${at})`;
      if (entry.deps !== undefined) return "a tag may not list dependencies";
      tagLines.set(name, line);
      tags.push({ name, after: plan.changes.length - 1 });
      sinceTag = new Map();
      return undefined;
    }
    const duplicate = sinceTag.get(name);
    if (duplicate)
      return `change "${name}" is declared again (first on line ${duplicate}) with no tag between`;
    const deps = (entry.deps ?? "").split(/\s+/).filter((dep) => dep !== "");
    const change: PlannedChange = {
      name,
      line,
      requires: deps.filter((dep) => !dep.startsWith("!")),
      reworkTags: [],
    };
    const reworked = latest.get(name);
    if (reworked) {
      const from = plan.changes.indexOf(reworked);
      reworked.reworkTags = tags
        .filter((tag) => tag.after >= from)
        .map((tag) => tag.name)
        .reverse();
    }
    sinceTag.set(name, line);
    latest.set(name, change);
    plan.changes.push(change);
    return undefined;
  };
  text.split("\n").forEach((raw, index) => {
    const message = readLine(raw, index + 1);
    if (message) problem(index + 1, message);
  });
  if (plan.project === undefined) problem(1, "the plan has no `%project=` pragma");
  checkDependencies(plan, tagLines);
  return plan;
}

/** Each required change must come earlier in the plan (`change@tag`: before that tag); other projects are not checked. */
function checkDependencies(plan: ParsedPlan, tagLines: Map<string, number>): void {
  plan.changes.forEach((change) => {
    for (const dep of change.requires) {
      const colon = dep.indexOf(":");
      if (colon !== -1 && dep.slice(0, colon) !== plan.project) continue;
      const key = colon === -1 ? dep : dep.slice(colon + 1);
      if (SHA1.test(key)) continue;
      const [name = "", tag] = key.split("@", 2);
      const earlier = (c: PlannedChange) => c.name === name && c.line < change.line;
      if (tag !== undefined) {
        const tagAt = tagLines.get(tag);
        if (tagAt !== undefined && plan.changes.some((c) => earlier(c) && c.line < tagAt)) continue;
      } else if (plan.changes.some(earlier)) continue;
      const later = plan.changes.find((c) => c.name === name && c.line >= change.line);
      const why =
        name === change.name && tag === undefined
          ? "itself"
          : later
            ? `"${key}", which the plan only has later (line ${later.line})`
            : `"${key}", which the plan does not have`;
      plan.problems.push({
        line: change.line,
        message: `change "${change.name}" requires ${why}: Sqitch refuses the plan ("Dependency error detected")`,
      });
    }
  });
}
