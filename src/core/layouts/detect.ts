import type { LayoutId, SourceFile } from "../migration.js";
import { detectTool } from "../tools/index.js";
import { baseName, dirName } from "./source.js";

export interface DetectedLayout {
  layout: LayoutId;
  /** Why, in words a user recognises: "files named <digits>_<name>.up.sql/.down.sql". */
  reason: string;
}

/** Folders and files no layout reads: archives, dotfiles (`.keep`, `.gitkeep`). */
export function isIgnored(rel: string): boolean {
  return rel.split("/").some((segment) => segment === "archive" || segment.startsWith("."));
}

/** Guesses the layout from names and markers, each tool's evidence in its detection priority. */
export function detectLayout(files: SourceFile[]): DetectedLayout | undefined {
  const usable = files.filter((file) => !isIgnored(file.rel));
  const names = usable.map((file) => ({ file, name: baseName(file.rel), folder: dirName(file.rel) }));
  const tool = detectTool(names);
  if (!tool?.detect) return undefined;
  return { layout: tool.id as LayoutId, reason: tool.detect.reason(names) };
}
