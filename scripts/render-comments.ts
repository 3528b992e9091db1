// Draws lockstep's pull request comment as GitHub shows it (test/helpers/render-comment.ts): screenshots of
// the comments the render test checks into DIR (default: a new temporary directory), and
// docs/example-comment.png from docs/example-comment.md (which `npm run render` has just written with
// scripts/example-comment.mjs); prints each one's figures.
//   npm run render [-- DIR]
import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { CASES } from "../test/helpers/comment-cases.js";
import { figures, openRenderer } from "../test/helpers/render-comment.js";

const root = resolve(import.meta.dirname, "..");
const arg = process.argv[2];
const dir = arg ? resolve(arg) : mkdtempSync(join(tmpdir(), "lockstep-comments-"));
mkdirSync(dir, { recursive: true });

const renderer = await openRenderer();
const rows: Record<string, string>[] = [];
try {
  const example = readFileSync(join(root, "docs", "example-comment.md"), "utf8");
  const shot = join(root, "docs", "example-comment.png");
  rows.push(
    figures("docs/example-comment.md", example, await renderer.render(example, { screenshot: shot })),
  );
  for (const c of CASES) {
    if (!c.markdown) {
      console.warn(`${c.name}: skipped, ${c.missing}`);
      continue;
    }
    const markdown = await c.markdown();
    const m = await renderer.render(markdown, { screenshot: join(dir, `${c.name}.png`) });
    for (const d of m.diagrams) if (d.error) console.warn(`${c.name}: a diagram does not render: ${d.error}`);
    if (m.dropped.length) console.warn(`${c.name}: GitHub's sanitiser drops ${m.dropped.join(", ")}`);
    rows.push(figures(c.name, markdown, m));
  }
} finally {
  await renderer.close();
}

const columns = Object.keys(rows[0] ?? {});
const widths = columns.map((k) => Math.max(k.length, ...rows.map((r) => (r[k] ?? "").length)));
const line = (cells: string[]) =>
  cells
    .map((c, i) => c.padEnd(widths[i] ?? 0))
    .join("  ")
    .trimEnd();
console.log(line(columns));
for (const r of rows) console.log(line(columns.map((k) => r[k] ?? "")));
console.log(`\nscreenshots in ${dir}; docs/example-comment.png rewritten`);
