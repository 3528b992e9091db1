import type { Dialect, Evidence, SetClaim } from "./config-text.js";

/** Every claim on one directory, as one: the tool that applies the files, the dialect any file states. */
export interface MergedClaim {
  dir: string;
  layout?: string;
  tool: string;
  dialect: Dialect;
  dialectName?: string;
  evidence: Evidence[];
  /** Only defaults of tools point here: where it does not exist nothing is said. */
  guessed: boolean;
  /** Other tools whose configuration names the directory too. */
  alsoNamedBy: string[];
}

export function mergeClaims(claims: readonly SetClaim[]): MergedClaim[] {
  const byDir = new Map<string, SetClaim[]>();
  for (const claim of claims) {
    if (claim.dir === undefined) continue;
    byDir.set(claim.dir, [...(byDir.get(claim.dir) ?? []), claim]);
  }
  return [...byDir.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([dir, all]) => {
      const lead = [...all].sort((a, b) => (b.precedence ?? 0) - (a.precedence ?? 0))[0] as SetClaim;
      // A file saying SQLite outweighs one saying nothing; any saying another database decides.
      const other = all.find((c) => c.dialect === "other");
      const dialect: Dialect = other
        ? "other"
        : all.some((c) => c.dialect === "sqlite")
          ? "sqlite"
          : "unstated";
      const evidence = dedupe(all.flatMap((c) => c.evidence));
      return {
        dir,
        ...(lead.layout ? { layout: lead.layout } : {}),
        tool: lead.tool,
        dialect,
        ...(other?.dialectName ? { dialectName: other.dialectName } : {}),
        evidence,
        guessed: all.every((c) => c.guessed),
        alsoNamedBy: [...new Set(all.map((c) => c.tool).filter((t) => t !== lead.tool))],
      };
    });
}

function dedupe(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const key = `${e.file}:${e.line}:${e.says}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "crates/x/Cargo.toml:49 says sqlx with …; crates/x/src/db.rs:360 runs sqlx::migrate!(…)" */
export function describeEvidence(evidence: readonly Evidence[]): string {
  return evidence.map((e) => `${e.file}${e.line > 0 ? `:${e.line}` : ""} ${e.says}`).join("; ");
}

const GENERIC = new Set([
  "migrations",
  "migration",
  "migrate",
  "db",
  "crates",
  "packages",
  "apps",
  "src",
  "sql",
]);

/**
 * Config names for several sets: the directory's distinctive parts ("crates/atuin-kv/migrations" →
 * "atuin-kv"), the whole path where those collide or say nothing.
 */
export function databaseNames(dirs: readonly string[]): string[] {
  const short = dirs.map((dir) => {
    const parts = dir.split("/").filter((p) => !GENERIC.has(p.toLowerCase()) && p !== ".");
    return parts.join("-") || dir.replaceAll("/", "-");
  });
  return short.map((name, i) =>
    short.indexOf(name) === short.lastIndexOf(name) ? name : (dirs[i] as string).replaceAll("/", "-"),
  );
}
