import type { DatabaseReport, ReportEngine } from "../report.js";

const BUILDS: Record<ReportEngine["name"], string> = {
  native: "node:sqlite",
  wasm: "SQLite's WebAssembly build",
};

/** Which SQLite a report's replay ran on, for every rendering of it; empty for a report that does not say. */
export function engineLine(
  engine: ReportEngine | undefined,
  databases: readonly DatabaseReport[] = [],
): string {
  if (!engine) return "";
  const line = `replayed on SQLite ${engine.sqlite} (${engine.name}: ${BUILDS[engine.name]})`;
  const withData = databases.filter((d) => d.data).map((d) => d.name);
  if (withData.length === 0) return line;
  const which = withData.length === databases.length ? "" : ` (${withData.join(", ")})`;
  return `${line}, with generated rows in every table${which}`;
}
