import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  baseName,
  detectTool,
  dirName
} from "./chunk-IKS4B5YK.js";

// src/core/layouts/detect.ts
function isIgnored(rel) {
  return rel.split("/").some((segment) => segment === "archive" || segment.startsWith("."));
}
function detectLayout(files) {
  const usable = files.filter((file) => !isIgnored(file.rel));
  const names = usable.map((file) => ({ file, name: baseName(file.rel), folder: dirName(file.rel) }));
  const tool = detectTool(names);
  if (!tool?.detect) return void 0;
  return { layout: tool.id, reason: tool.detect.reason(names) };
}

export {
  isIgnored,
  detectLayout
};
