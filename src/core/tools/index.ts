import { alembic } from "./alembic.js";
import { d1 } from "./d1.js";
import { dbmate } from "./dbmate.js";
import { diesel } from "./diesel.js";
import { django } from "./django.js";
import { drizzle } from "./drizzle.js";
import { flyway } from "./flyway.js";
import { golangMigrate } from "./golang-migrate.js";
import { goose } from "./goose.js";
import { gooseV1 } from "./goose-v1.js";
import { knex } from "./knex.js";
import type { LayoutId } from "./layout-id.js";
import { pattern } from "./pattern.js";
import { plain } from "./plain.js";
import { prisma } from "./prisma.js";
import { rails } from "./rails.js";
import { sqitch } from "./sqitch.js";
import { sqlMigrate } from "./sql-migrate.js";
import { sqlx } from "./sqlx.js";
import type { DetectFile, ToolDescriptor } from "./tool.js";
import { typeorm } from "./typeorm.js";

export type { DetectFile, Fact, ToolDescriptor } from "./tool.js";

/** Every tool lockstep reads, in the order the config and the docs list them. */
export const TOOLS = [
  dbmate,
  goose,
  gooseV1,
  sqlMigrate,
  golangMigrate,
  sqlx,
  diesel,
  prisma,
  drizzle,
  d1,
  flyway,
  plain,
  pattern,
  sqitch,
  knex,
  typeorm,
  rails,
  alembic,
  django,
] as const satisfies readonly ToolDescriptor[];

export { LAYOUT_IDS, type LayoutId } from "./layout-id.js";

// Compile-time: every layout id has a module in TOOLS, and every module's id is a layout id.
type Registered = (typeof TOOLS)[number]["id"];
const sameTools: [LayoutId, Registered] extends [Registered, LayoutId] ? true : never = true;
void sameTools;

const BY_ID = new Map<string, ToolDescriptor>(TOOLS.map((tool) => [tool.id, tool]));

export function toolOf(layout: LayoutId): ToolDescriptor {
  return BY_ID.get(layout) as ToolDescriptor;
}

/** The tools that can be told from their files, most specific evidence first. */
const DETECTED = (TOOLS as readonly ToolDescriptor[])
  .filter((tool) => tool.detect !== undefined)
  .sort((a, b) => (a.detect?.priority ?? 0) - (b.detect?.priority ?? 0));

/**
 * The first tool in priority order with evidence; among neighbouring tools whose evidence competes
 * (marker comments), the one with the most files wins, the earlier one on a tie.
 */
export function detectTool(files: DetectFile[]): ToolDescriptor | undefined {
  for (let i = 0; i < DETECTED.length; i++) {
    const tool = DETECTED[i] as ToolDescriptor;
    if (!tool.detect?.compete) {
      if ((tool.detect?.evidence(files) ?? 0) > 0) return tool;
      continue;
    }
    let best: { tool: ToolDescriptor; count: number } | undefined;
    for (; i < DETECTED.length && DETECTED[i]?.detect?.compete; i++) {
      const rival = DETECTED[i] as ToolDescriptor;
      const count = rival.detect?.evidence(files) ?? 0;
      if (count > 0 && count > (best?.count ?? 0)) best = { tool: rival, count };
    }
    i--;
    if (best) return best.tool;
  }
  return undefined;
}

/** What a stray file's name looks like, in detection order (the most specific naming first). */
export function looksLike(name: string, inFolder: boolean): string {
  for (const tool of DETECTED) {
    const look = tool.looksLike?.(name, inFolder);
    if (look) return look;
  }
  return "SQL";
}

/** Tables of tools lockstep does not read, kept out of the schema all the same when they appear. */
const OTHER_TRACKING_TABLES = [
  "atlas_schema_revisions", // Atlas
];

/** Every table a migration tool keeps for its own bookkeeping. */
export const TRACKING_TABLES: ReadonlySet<string> = new Set([
  ...TOOLS.flatMap((tool) => tool.tracking.tables),
  ...OTHER_TRACKING_TABLES,
]);

/** The layouts `lockstep new` can write a first migration in, as a list for a message ("a, b or c"). */
export function authorableNames(): string {
  const ids = (TOOLS as readonly ToolDescriptor[])
    .filter((tool) => tool.authoring.files && !tool.authoring.refuse)
    .map((tool) => tool.id);
  return `${ids.slice(0, -1).join(", ")} or ${ids[ids.length - 1]}`;
}
