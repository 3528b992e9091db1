import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);

// src/core/render/style.ts
var same = (s) => s;
var PLAIN = { red: same, yellow: same, green: same, dim: same, bold: same };

export {
  PLAIN
};
