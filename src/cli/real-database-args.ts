import type { EngineChoice } from "../adapters/sqlite/engine.js";
import type { RealDatabaseRequest } from "../engine/realdb/real-database.js";
import type { Io } from "./io.js";

/** What `status` and `drift` take from their command line: the file, the set and the engine. */
export interface RealDatabaseArgs {
  file: string;
  config?: string;
  db?: string;
  engine: EngineChoice;
  registry?: string;
}

export function realDatabaseRequest(io: Io, args: RealDatabaseArgs): RealDatabaseRequest {
  return {
    cwd: io.cwd,
    env: io.env,
    file: args.file,
    configPath: args.config,
    db: args.db,
    engine: args.engine === "auto" ? undefined : args.engine,
    registry: args.registry,
  };
}
