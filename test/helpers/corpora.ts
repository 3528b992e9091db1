import { existsSync } from "node:fs";
import { resolve } from "node:path";

/** Real migration sets from other projects live beside the repository, never inside it. */
export const CORPORA = resolve(import.meta.dirname, "../../../shared/corpora");
export const present = existsSync(CORPORA);
if (!present)
  console.warn(
    `corpora tests skipped: ${CORPORA} is absent (it only exists beside the project's own checkout)`,
  );

export interface Verified {
  order_rule: string[];
  migrations: {
    name: string;
    up: string;
    down?: string;
    down_vs_before_up?: string;
    redo_vs_first_up?: string;
  }[];
}

export interface CorpusCase {
  set: string;
  dir: string;
  layout?: string;
  functions?: boolean;
}

export const CASES: CorpusCase[] = [
  { set: "vaultwarden", dir: "migrations/sqlite" },
  { set: "ncps-dbmate", dir: "db/migrations/sqlite" },
  { set: "ncps-goose", dir: "migrations/sqlite" },
  { set: "pocket-id", dir: "migrations/sqlite", functions: true },
  { set: "pingvin-share", dir: "prisma/migrations" },
  { set: "karakeep", dir: "drizzle" },
  { set: "wildebeest", dir: "migrations", layout: "d1" },
];

/** The application registers normalize(text, form) on its connection; so does this test, in JavaScript. */
export const FUNCTIONS =
  'export default { normalize: (text, form) => text == null ? text : String(text).normalize(String(form ?? "nfc").toUpperCase()) };\n';

/** Files whose `PRAGMA foreign_keys = OFF` stands inside their tool's transaction (each read by hand). */
export const NO_OP_PRAGMAS: Record<string, string[]> = {
  "ncps-dbmate": [
    "20260127223000_allow_multiple_nar_representations.sql",
    "20260301000000_add_verified_at_to_nar_files.sql",
  ],
  "ncps-goose": [
    "20260525175108_add_build_trace_entries.sql",
    "20260605211804_add_dechunk_residue_flagged_at_to_nar_files.sql",
  ],
  karakeep: ["0084_rule_engine_multi_list_support.sql"],
};
