import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RULES_END, RULES_START, renderRuleReference } from "../../../src/cli/rule-reference.js";
import { RULES } from "../../../src/core/finding.js";
import { expandRunnerCommand } from "../../../src/core/runner/command-line.js";
import { LAYOUT_IDS, TOOLS, type ToolDescriptor } from "../../../src/core/tools/index.js";
import { databaseSchema } from "../../../src/engine/workspace/config-schema.js";
import { repoRoot } from "../layouts/read-dir.js";

const readme = readFileSync(path.join(repoRoot, "README.md"), "utf8");

/** The first cells of the table under `heading`. */
function firstCells(heading: string): string[] {
  const section = readme.slice(readme.indexOf(`\n${heading}\n`));
  const table = section.slice(section.indexOf("\n|"), section.indexOf("\n\n", section.indexOf("\n|")));
  return table
    .split("\n")
    .filter((line) => line.startsWith("|"))
    .slice(2)
    .map((line) => line.split("|")[1]?.trim() ?? "");
}

const tools = TOOLS as readonly ToolDescriptor[];

const APPLIED_KINDS = ["outOfOrder", "duplicate", "renamed", "edited"] as const;

/** Where each tool's facts may come from: its own repositories and its official docs (none: the runner is the application's). */
const HOMES: Record<string, readonly string[]> = {
  dbmate: ["https://github.com/amacneil/dbmate/"],
  goose: ["https://github.com/pressly/goose/", "https://pressly.github.io/goose/"],
  "goose-v1": ["https://github.com/liamstask/goose/"],
  "sql-migrate": ["https://github.com/rubenv/sql-migrate/"],
  "golang-migrate": ["https://github.com/golang-migrate/migrate/"],
  sqlx: ["https://github.com/launchbadge/sqlx/", "https://docs.rs/sqlx/"],
  diesel: [
    "https://github.com/diesel-rs/diesel/",
    "https://diesel.rs/",
    "https://docs.rs/diesel_migrations/",
  ],
  prisma: [
    "https://github.com/prisma/prisma-engines/",
    "https://github.com/prisma/prisma/",
    "https://www.prisma.io/docs/",
  ],
  drizzle: ["https://github.com/drizzle-team/drizzle-orm/", "https://orm.drizzle.team/docs/"],
  d1: ["https://github.com/cloudflare/workers-sdk/", "https://developers.cloudflare.com/d1/"],
  flyway: ["https://github.com/flyway/flyway/", "https://documentation.red-gate.com/fd/"],
  sqitch: ["https://github.com/sqitchers/sqitch/", "https://sqitch.org/docs/"],
  knex: ["https://github.com/knex/knex/", "https://knexjs.org/"],
  typeorm: ["https://github.com/typeorm/typeorm/", "https://typeorm.io/"],
  rails: ["https://github.com/rails/rails/", "https://guides.rubyonrails.org/"],
  alembic: ["https://github.com/sqlalchemy/alembic/", "https://alembic.sqlalchemy.org/"],
  django: ["https://github.com/django/django/", "https://docs.djangoproject.com/"],
  plain: [],
  pattern: [],
};

describe("the tool registry", () => {
  it("is what the README's layout table lists, in order, each named by its id and title", () => {
    const rows = firstCells("## Layouts").map((cell) => {
      const match = /^`([a-z0-9-]+)`(?: \((.+)\))?$/.exec(cell);
      return match ? { id: match[1], title: match[2] ?? match[1] } : { id: cell, title: cell };
    });
    expect(rows).toEqual(tools.map((tool) => ({ id: tool.id, title: tool.title })));
  });

  it("is what the config accepts as a layout", () => {
    for (const id of LAYOUT_IDS)
      expect(databaseSchema.safeParse({ name: "a", dir: "m", layout: id }).success).toBe(true);
    expect(databaseSchema.safeParse({ name: "a", dir: "m", layout: "liquibase" }).success).toBe(false);
  });

  it("gives every tool an id of its own, distinct detection priorities and a source for every fact", () => {
    expect(new Set(LAYOUT_IDS).size).toBe(tools.length);
    expect(tools.map((tool) => tool.id)).toEqual([...LAYOUT_IDS]);
    const priorities = tools.flatMap((tool) => (tool.detect ? [tool.detect.priority] : []));
    expect(new Set(priorities).size).toBe(priorities.length);
    for (const tool of tools) {
      for (const fact of Object.values(tool.applied)) {
        expect(fact?.does).not.toBe("");
        expect(fact?.source).toMatch(/^https:\/\//);
      }
      expect(tool.tracking.source).toMatch(/^https:\/\/|^lockstep$/);
    }
  });

  it("says what each tool does with every kind of applied-migration change, with the tool's own source", () => {
    for (const tool of tools) {
      const homes = HOMES[tool.id];
      expect(homes, tool.id).toBeDefined();
      const sources = [
        tool.tracking.source,
        ...Object.values(tool.applied).map((fact) => fact?.source),
        ...(tool.runner ? [tool.runner.source] : []),
      ];
      // A runner that is the application's own: nothing is known, and nothing is claimed.
      if (homes?.length === 0) {
        expect(tool.applied, tool.id).toEqual({});
        expect(tool.tracking.source).toBe("lockstep");
        continue;
      }
      for (const kind of APPLIED_KINDS) {
        const fact = tool.applied[kind];
        expect(fact?.does.trim(), `${tool.id} ${kind}`).toBeTruthy();
        // Quoted inside messages: a lower-case clause with no closing period.
        expect(fact?.does, `${tool.id} ${kind}`).toMatch(/^[a-z`"]/);
        expect(fact?.does, `${tool.id} ${kind}`).not.toMatch(/\.$/);
      }
      // Recorded only where known; quoted the same way.
      const deleted = tool.applied.deleted?.does;
      if (deleted !== undefined) expect(deleted, `${tool.id} deleted`).toMatch(/^[a-z`"][\s\S]*[^.]$/);
      for (const source of sources)
        expect(
          homes?.some((home) => source?.startsWith(home)),
          `${tool.id}: ${source}`,
        ).toBe(true);
    }
  });
});

describe("the runner presets", () => {
  const values = {
    db: "/tmp/replay/db.sqlite",
    dir: "/tmp/replay/migrations",
    file: "/tmp/replay/migrations/0001_a.sql",
    version: "0001",
    name: "a",
    stem: "0001_a",
    previous: "first",
    files: '["/tmp/replay/migrations/0001_a.sql"]',
    setup: "/tmp/replay/setup.cjs",
  };

  it("name only the placeholders lockstep gives for every migration, and those their own layout adds", () => {
    for (const tool of tools) {
      const runner = tool.runner;
      if (!runner) continue;
      const lines = [runner.up, runner.down, runner.to, ...Object.values(runner.env ?? {})];
      for (const line of lines.filter((text) => text !== undefined))
        expect(
          expandRunnerCommand(line, {
            ...values,
            ...Object.fromEntries((runner.placeholders ?? []).map((p) => [p, p])),
          }),
          `${tool.id}: ${line}`,
        ).toHaveProperty("words");
    }
  });
});

describe("the README's rule table", () => {
  it("is the rule catalogue, each row anchored for the comment's links", () => {
    const start = readme.indexOf(RULES_START);
    const end = readme.indexOf(RULES_END);
    expect(start).toBeGreaterThan(readme.indexOf("\n## Rules\n"));
    expect(readme.slice(start, end + RULES_END.length)).toBe(renderRuleReference());
    const rows = renderRuleReference()
      .split("\n")
      .filter((line) => line.startsWith("| <a id="));
    const ids = rows.map((row) =>
      /^\| <a id="rule-([a-z-]+)"><\/a>`([a-z-]+)` \| (error|warning) \|/.exec(row),
    );
    for (const id of ids) expect(id?.[1]).toBe(id?.[2]);
    expect(Object.fromEntries(ids.map((id) => [id?.[2], id?.[3]]))).toEqual(RULES);
  });
});
