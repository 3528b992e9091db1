import { singleFile } from "../layouts/naming.js";
import { readNamed, simpleName } from "../layouts/paired-reader.js";
import type { ToolDescriptor } from "./tool.js";

const SIMPLE_NAME = /^\d+_.+\.sql$/;

export const plain = {
  id: "plain",
  name: "plain",
  title: "plain / Atlas / sqlx simple",
  detect: {
    priority: 70,
    evidence: (files) => files.filter(({ name }) => SIMPLE_NAME.test(name)).length,
    reason: (files) => {
      const atlas = files.some(({ name }) => name === "atlas.sum") ? " with an atlas.sum" : "";
      return (
        `files named <digits>_<name>.sql${atlas}, up only. sqlx, Atlas, Cloudflare D1 and hand-run folders all ` +
        'look like this; lockstep runs them as written. Set layout "d1" or "sqlx" to replay them the way that tool does'
      );
    },
  },
  // Run as written: whatever runs them is the application's own.
  namesOnly: true,
  read: (files) => readNamed(files, simpleName, () => false),
  looksLike: (name) => (SIMPLE_NAME.test(name) ? "a numbered migration" : undefined),
  order: { by: "number", how: "lockstep applies plain numbered files by number" },
  downs: "never",
  transaction: { wraps: "as-written" },
  // The runner is the application's: nothing is known of what it does with an applied migration.
  applied: {},
  tracking: { tables: [], stores: "whatever the application's runner keeps", source: "lockstep" },
  authoring: {
    firstScheme: { kind: "sequential", width: 4 },
    files: (version, name) => singleFile(version, name),
  },
} as const satisfies ToolDescriptor;
