import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { decodeText } from "../../../src/core/layouts/decode.js";
import type { SourceFile } from "../../../src/core/migration.js";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const fixtures = path.join(repoRoot, "test/fixtures/layouts");

/** Every file under `dir`, read the way the file adapter will: rel paths with `/`, text decoded. */
export function readDir(dir: string): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(sourceFile(dir, full));
    }
  };
  walk(dir);
  return files.sort((a, b) => (a.rel < b.rel ? -1 : 1));
}

export function sourceFile(dir: string, full: string): SourceFile {
  const rel = path.relative(dir, full).split(path.sep).join("/");
  const display = path.relative(repoRoot, full).split(path.sep).join("/");
  return { rel, display, ...decodeText(readFileSync(full)) };
}

export function fixture(name: string): SourceFile[] {
  return readDir(path.join(fixtures, name));
}
