import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);

// src/core/errors.ts
var LockstepError = class extends Error {
  kind;
  constructor(kind, message, options) {
    super(message, options);
    this.name = "LockstepError";
    this.kind = kind;
  }
};

export {
  LockstepError
};
