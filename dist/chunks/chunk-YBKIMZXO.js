import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);

// src/core/tools/transaction-setting.ts
var TRANSACTION_SETTINGS = ["each", "all", "none"];
var WRAPS_OF = {
  each: "each-file",
  all: "all-pending",
  none: "as-written"
};

export {
  TRANSACTION_SETTINGS,
  WRAPS_OF
};
