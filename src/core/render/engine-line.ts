import type { ReportEngine } from "../report.js";

const BUILDS: Record<ReportEngine["name"], string> = {
  native: "node:sqlite",
  wasm: "SQLite's WebAssembly build",
};

/** Which SQLite a report's replay ran on, for every rendering of it; empty for a report that does not say. */
export function engineLine(engine: ReportEngine | undefined): string {
  return engine ? `replayed on SQLite ${engine.sqlite} (${engine.name}: ${BUILDS[engine.name]})` : "";
}
