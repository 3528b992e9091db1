import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { marked, type Tokens } from "marked";
import { describe, expect, it } from "vitest";
import { COMMENT_LIMIT } from "../../src/core/render/comment.js";
import { DIAGRAM_TABLES } from "../../src/core/render/er-diagram.js";
import { runCli } from "../helpers/cli.js";
import { gitIn } from "../helpers/git.js";
import { tempTree } from "../helpers/temp-dir.js";

const NAME = "[x](javascript:alert(1)) @octocat #3|x GH-7 www.evil.example";
const KEYWORDS = ["to", "one", "many", "class", "style", "end", "subgraph"];
const DIRECTIVE = "%%{init: {'theme':'forest'}}%%";
const MESSY = "x\n[m](https://evil.example) @org/team #12 release_1.0 a@b.co";

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** main has `users`; the branch adds the hostile migrations and commits them; `check` prints the comment. */
async function pullRequestComment(files: Record<string, string>, dir = "migrations") {
  const cwd = tempTree({
    [`${dir}/0001_users.up.sql`]: "CREATE TABLE users (id INTEGER PRIMARY KEY);\n",
    [`${dir}/0001_users.down.sql`]: "DROP TABLE users;\n",
    "lockstep.config.json": JSON.stringify({ databases: [{ name: "main @octocat #9", dir }] }),
  });
  const git = gitIn(cwd);
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-q", "-m", "applied");
  git("checkout", "-q", "-b", "feature");
  for (const [path, text] of Object.entries(files)) writeFileSync(join(cwd, dir, path), text);
  git("add", "-A");
  git("commit", "-q", "-m", "feature");
  return await runCli(cwd, ["check", "--base", "main", "--format", "markdown"]);
}

const decode = (text: string) =>
  text
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/**
 * What GitHub makes of the Markdown: the HTML (a real GFM renderer), its links, and the text nodes its
 * mention and issue-reference filters read (they skip code, pre and a). The GFM autolinker also runs on text
 * inside a raw <code>, so URL and e-mail patterns are looked for in every text node but code blocks.
 */
function github(markdown: string) {
  const html = marked.parse(markdown, { gfm: true, async: false }) as string;
  const nodes = (h: string) => h.split(/<[^>]*>/).map(decode);
  const outsideCode = (h: string) => h.replace(/<(code|pre|a)\b[^>]*>[\s\S]*?<\/\1>/g, "<x>");
  return {
    html,
    links: [...html.matchAll(/<a\b[^>]*>/g)].map((m) => m[0]),
    mentions: nodes(outsideCode(html)).filter((t) => /(^|[^\w`])@[a-z0-9]|(^|\W)#\d|\bGH-\d/i.test(t)),
    autolinks: nodes(html.replace(/<pre>[\s\S]*?<\/pre>/g, "")).filter((t) =>
      /https?:\/\/|www\.|[\w.+-]+@[\w-]+\.\w/i.test(t),
    ),
    text: nodes(html).join(""),
  };
}

describe("repository text in the pull request comment", () => {
  it("makes no link, mention or issue reference, splits no table cell and shows names as they are", async () => {
    const tables = [...KEYWORDS, "a-b", "a_b", "direction TB", NAME, MESSY];
    const up = tables
      .map(
        (t) =>
          `CREATE TABLE ${quoted(t)} (id INTEGER PRIMARY KEY, ${quoted(DIRECTIVE)} INTEGER REFERENCES users (id), PK TEXT);`,
      )
      .join("\n");
    const out = await pullRequestComment(
      {
        [`0002_${NAME}.up.sql`]: `${up}\n`,
        // The down forgets one table: a finding naming it.
        [`0002_${NAME}.down.sql`]: `${tables
          .filter((t) => t !== MESSY)
          .map((t) => `DROP TABLE ${quoted(t)};`)
          .join("\n")}\n`,
        "0003_more.up.sql": `SELECT * FROM ${quoted(MESSY)}x;\n`,
        "0003_more.down.sql": "SELECT 1;\n",
      },
      "release_1.0",
    );
    expect(out.stderr).toBe("");
    const view = github(out.stdout);
    expect(view.links).toEqual([]);
    expect(view.html).not.toMatch(/href=/i);
    expect(view.mentions).toEqual([]);
    expect(view.autolinks).toEqual([]);
    // No backslash where there was none: the directory in its code span, the names in the table.
    expect(view.text).toContain("release_1.0/");
    expect(view.text).not.toContain("\\_");
    expect(view.text).toContain(NAME);
    // Each row of the migrations table has its six cells, the marks where they belong.
    const tablesFound = marked.lexer(out.stdout).filter((t): t is Tokens.Table => t.type === "table");
    expect(tablesFound).toHaveLength(1);
    for (const row of tablesFound[0]?.rows ?? []) {
      expect(row.map((c) => c.text).slice(2)).toEqual([
        expect.stringMatching(/^(✅|❌|⚠️|—)$/),
        expect.stringMatching(/^(✅|❌|⚠️|—)$/),
        expect.stringMatching(/^(✅|❌|⚠️|—)$/),
        expect.stringMatching(/^\d+\.\d$/),
      ]);
    }
    expect(tablesFound[0]?.rows.map((r) => decode((r[1]?.text ?? "").replace(/<[^>]*>/g, "")))).toContain(
      NAME,
    );
    // A newline in a name does not cut the finding short: it is shown escaped and the message goes on.
    const finding = out.stdout.split("\n").find((line) => line.includes("**down-mismatch**")) ?? "";
    expect(decode(finding.replace(/<[^>]*>/g, ""))).toContain(
      `${"x\\n[m](https://evil.example) @org/team #12 release_1.0 a@b.co"} still exists`,
    );
  });

  it("gives an ER diagram Mermaid parses: each table once, quoted, and no directive or comment", async () => {
    const all = [...KEYWORDS, "a-b", "a_b", "direction TB", "x direction lrx", "A%B", 'Z"q'];
    // A diagram draws a few tables (DIAGRAM_TABLES): the names go through it a few at a time, each time with
    // users, which they reference, drawn beside them.
    for (let i = 0; i < all.length; i += DIAGRAM_TABLES - 1) {
      const tables = all.slice(i, i + DIAGRAM_TABLES - 1);
      const up = tables
        .map(
          (t) =>
            `CREATE TABLE ${quoted(t)} (id INTEGER PRIMARY KEY, ${quoted(DIRECTIVE)} INTEGER NOT NULL REFERENCES users (id), PK TEXT);`,
        )
        .join("\n");
      const out = await pullRequestComment({
        "0002_keywords.up.sql": `${up}\n`,
        "0002_keywords.down.sql": `${tables.map((t) => `DROP TABLE ${quoted(t)};`).join("\n")}\n`,
      });
      const diagram = /```mermaid\n([\s\S]*?)```/.exec(out.stdout)?.[1] ?? "";
      const lines = diagram.trimEnd().split("\n");
      expect(lines[0]).toBe("erDiagram");
      // Mermaid's erDiagram lexer: a quoted entity name holds no `"`, `%`, CR, LF, VT, backspace or `\`;
      // `%%` starts a comment or a `%%{…}%%` directive anywhere; `direction TB` anywhere sets the layout.
      expect(diagram).not.toContain("%");
      expect(diagram).not.toMatch(/direction\s+(tb|bt|rl|lr)/i);
      const entity = String.raw`"[^"%\r\n\v\b\\]+"`;
      const word = String.raw`[A-Za-z_*][A-Za-z0-9_.,()[\]*-]*`;
      const grammar = [
        new RegExp(`^  (${entity}) \\{$`),
        new RegExp(`^    (${word}) (${word})( (PK|FK)(,(PK|FK))*)?( "[a-z]+")?$`),
        /^ {2}\}$/,
        new RegExp(`^  (${entity}) \\}o--(\\|\\||\\|o) (${entity}) : "[^"]*"$`),
      ];
      const blocks: string[] = [];
      for (const line of lines.slice(1)) {
        const rule = grammar.findIndex((r) => r.test(line));
        expect(rule, line).toBeGreaterThanOrEqual(0);
        if (rule === 0) blocks.push(grammar[0]?.exec(line)?.[1] ?? "");
        if (rule === 1) expect(grammar[1]?.exec(line)?.[2]).not.toMatch(/^(pk|fk|uk)$/i);
      }
      // Each table (and users) once, none merged with another.
      expect(blocks).toHaveLength(tables.length + 1);
      expect(new Set(blocks.map((b) => b.toLowerCase())).size).toBe(blocks.length);
      for (const k of tables.filter((t) => KEYWORDS.includes(t))) expect(blocks).toContain(`"${k} (new)"`);
      expect(lines.filter((l) => l.includes("}o--"))).toHaveLength(tables.length);
    }
  });

  it("cuts a 70,000-character name so the findings still fit in the comment", async () => {
    const long = "n".repeat(70_000);
    const out = await pullRequestComment({
      [`0002_${"m".repeat(200)}.up.sql`]: `CREATE TABLE ${long} (id INTEGER PRIMARY KEY);\nCREATE TABLE kept (id INTEGER);\n`,
      [`0002_${"m".repeat(200)}.down.sql`]: "DROP TABLE kept;\n",
    });
    expect(out.stdout.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    const finding = out.stdout.split("\n").find((line) => line.includes("**down-mismatch**")) ?? "";
    expect(finding).toMatch(/<code>n+…<\/code> still exists/);
    expect(out.stdout).toMatch(/- \*\*\+\*\* table <code>n+…<\/code> \(1 column\)/);
  });
});
