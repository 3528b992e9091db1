import type { SourceFile } from "../migration.js";
import { baseName, dirName } from "./source.js";

/** Files grouped by the folder holding them: `2024-01-01-000000_x/up.sql` → `2024-01-01-000000_x`. */
export function byFolder(files: SourceFile[]): Map<string, Map<string, SourceFile>> {
  const folders = new Map<string, Map<string, SourceFile>>();
  for (const file of files) {
    const folder = dirName(file.rel);
    if (folder === "") continue;
    const inside = folders.get(folder) ?? new Map<string, SourceFile>();
    inside.set(baseName(file.rel), file);
    folders.set(folder, inside);
  }
  return folders;
}
