import { readNamed } from "../layouts/paired-reader.js";
import { ANY_CODE } from "../layouts/source.js";
import type { SourceFile } from "../migration.js";
import type { ToolDescriptor } from "./tool.js";

/** A home-grown naming given as a regex with named groups `version`, `name` and optional `direction`. */
export const pattern = {
  id: "pattern",
  name: "pattern",
  title: "pattern",
  reads: { files: "the files the `pattern` matches" },
  namesOnly: true,
  read: (files, context) => readPattern(files, context.pattern ?? /$^/),
  order: { by: "number", how: "lockstep applies `pattern` versions by number" },
  downs: "by-pattern",
  transaction: { wraps: "as-written" },
  // The runner is the application's: nothing is known of what it does with an applied migration.
  applied: {},
  tracking: { tables: [], stores: "whatever the application's runner keeps", source: "lockstep" },
  // New files copy the newest migration's names, with the version (and name) replaced.
  authoring: { firstScheme: { kind: "timestamp", digits: 14 } },
} as const satisfies ToolDescriptor;

function readPattern(files: SourceFile[], regex: RegExp) {
  const namer = (fileName: string) => {
    const groups = regex.exec(fileName)?.groups;
    if (!groups?.version) return undefined;
    const direction = groups.direction?.toLowerCase();
    return {
      version: groups.version,
      name: groups.name ?? "",
      direction: direction === "down" || direction === "undo" ? ("down" as const) : ("up" as const),
    };
  };
  return readNamed(
    files,
    (fileName) => namer(fileName),
    () => false,
    (file) => namer(file.rel),
    ANY_CODE,
  );
}
