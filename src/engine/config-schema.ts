import { z } from "zod";
import { RULES, type RuleId } from "../core/finding.js";

/** The config's shape. Loaded only when there is a config to read: zod is most of a hook's start-up time. */
const LAYOUTS = [
  "dbmate",
  "goose",
  "sql-migrate",
  "golang-migrate",
  "sqlx",
  "diesel",
  "prisma",
  "drizzle",
  "d1",
  "flyway",
  "plain",
  "pattern",
] as const;

export const databaseSchema = z.strictObject({
  name: z.string().min(1),
  dir: z.string().min(1),
  layout: z.enum(LAYOUTS).optional(),
  pattern: z.string().min(1).optional(),
  order: z.string().min(1).optional(),
  baseline: z.string().min(1).optional(),
  functions: z.string().min(1).optional(),
  replacements: z.array(z.strictObject({ from: z.string().min(1), to: z.string() })).optional(),
  exclude: z.array(z.string().min(1)).optional(),
  down: z.enum(["required", "optional", "none"]).optional(),
});

const ruleIds = Object.keys(RULES) as [RuleId, ...RuleId[]];

export const configSchema = z.strictObject({
  $schema: z.string().optional(),
  databases: z.array(databaseSchema).min(1),
  /** The branch whose lock file says which migrations are applied (default: origin/HEAD, origin/main, …). */
  baseBranch: z.string().min(1).optional(),
  /** `replay: true`: the pre-commit guard also replays the staged migrations (downs of new ones only). */
  guard: z.strictObject({ replay: z.boolean().optional() }).optional(),
  rules: z.partialRecord(z.enum(ruleIds), z.enum(["error", "warning", "off"])).optional(),
});
