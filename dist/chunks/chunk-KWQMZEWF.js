import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);

// src/cli/real-database-args.ts
function realDatabaseRequest(io, args) {
  return {
    cwd: io.cwd,
    env: io.env,
    file: args.file,
    configPath: args.config,
    db: args.db,
    engine: args.engine === "auto" ? void 0 : args.engine,
    registry: args.registry
  };
}

export {
  realDatabaseRequest
};
