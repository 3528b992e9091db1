import { codeSpan } from "../code-span.js";
import { excerpt } from "../excerpt.js";
import type { Migration, MigrationScript, SourceFile } from "../migration.js";

const COMMENTS = /--[^\n]*|\/\*[\s\S]*?\*\//g;

// A tool's own markers are comments too, and say nothing of where the work is done.
const MARKER = /^--\s*(\+goose|\+migrate|migrate:|lockstep:)/i;

/** Comments that say the work is done by code, not SQL: "done in Go code", "handled in code", "see 0005_x.go". */
const DONE_IN_CODE = [
  /\b(in|by|from|with)\s+(the\s+)?((go|golang|rust|python|ruby|java|javascript|typescript|application|app)\s+)?code\b/i,
  /\b(go|code|programmatic)\s+migrations?\b/i,
  /\bprogrammatically\b/i,
  /\b(in|by)\s+(go|golang|rust|python)\b/i,
  /\.(go|rs|py|js|ts)\b/,
];

/** A script with nothing but comments and whitespace. */
export function hasNoStatements(script: MigrationScript): boolean {
  return script.chunks.every((c) => c.sql.replace(COMMENTS, "").trim() === "");
}

/**
 * Marks each migration whose up is empty on purpose: its comments say the work is done in code, or a code
 * step (a Go migration) sits right beside it. Deleting such a placeholder would lose a version that
 * databases have recorded, so its empty-migration finding must not advise it.
 */
export function notePlaceholders(migrations: Migration[], files: readonly SourceFile[]): void {
  // Built for the first migration without statements only: most sets have none.
  let texts: Map<string, string | undefined> | undefined;
  for (const [i, m] of migrations.entries()) {
    if (!m.up || !hasNoStatements(m.up)) continue;
    texts ??= new Map(files.map((f) => [f.display, f.text]));
    const said = doneInCode(texts.get(m.up.file));
    if (said) {
      m.placeholder = `its comments say the work is done in code (${codeSpan(said)})`;
      continue;
    }
    const code = [migrations[i - 1], migrations[i + 1]].find((n) => n?.code && !n.up);
    if (code) m.placeholder = `it sits beside the code migration ${code.version} (${code.code})`;
  }
}

/** The first comment line of the file saying its work is done in code, bounded. */
function doneInCode(text: string | undefined): string | undefined {
  for (const comment of text?.match(COMMENTS) ?? []) {
    if (MARKER.test(comment)) continue;
    if (DONE_IN_CODE.some((pattern) => pattern.test(comment))) return excerpt(comment, 80);
  }
  return undefined;
}
