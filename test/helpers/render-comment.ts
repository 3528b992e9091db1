// A pull request comment as a reviewer sees it on GitHub: GitHub-flavoured Markdown, GitHub's sanitiser,
// github-markdown-css in the comment column, ```mermaid blocks drawn by Mermaid, in a real headless Chromium;
// then what the page measures.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import type { Root, RootContent } from "hast";
import { type Browser, chromium } from "playwright-core";
import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

export const CHROMIUM = "/usr/bin/chromium";
/** The width of the body of a comment in a pull request's conversation on a desktop screen. */
export const COLUMN_PX = 780;

const require = createRequire(import.meta.url);
const MERMAID_JS = require.resolve("mermaid/dist/mermaid.min.js");
const MARKDOWN_CSS = require.resolve("github-markdown-css/github-markdown-light.css");
/** What runs in the page (a browser script, so it is JavaScript beside this module). */
const PAGE_JS = resolve(import.meta.dirname, "comment-page.js");

export interface Diagram {
  /** Mermaid's message when the block does not render (GitHub shows an error box instead). */
  error?: string;
  /** Drawn width over the diagram's own width: below 1 the column shrinks it. */
  scale: number;
  naturalWidth: number;
  renderedWidth: number;
  /** The smallest text in the drawn diagram, in screen px (font size times the scale). */
  minTextPx: number;
}

export interface Measures {
  /** The comment's height in px, folded sections closed. */
  height: number;
  /** Where the verdict's top is, from the comment's top (null: none found). */
  verdictY: number | null;
  /** Where the first finding's top is, from the comment's top (null: no finding). */
  firstFindingY: number | null;
  diagrams: Diagram[];
  /** The widest line of any code block (folded ones opened), in px, and the column's width. */
  widestCodePx: number;
  columnPx: number;
  /** What GitHub's sanitiser removes: `tag` for an element, `tag[attribute]` for an attribute. */
  dropped: string[];
}

type Layout = Pick<Measures, "height" | "verdictY" | "firstFindingY">;

/** Markdown to the HTML GitHub would show, and what its sanitiser dropped on the way. */
export function toHtml(markdown: string): { html: string; dropped: string[] } {
  const parse = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw);
  const raw = parse.runSync(parse.parse(markdown)) as Root;
  const before = census(raw);
  const clean = unified().use(rehypeSanitize, defaultSchema).runSync(raw) as Root;
  const after = census(clean);
  const dropped = [...before]
    .filter(([key, n]) => n > (after.get(key) ?? 0))
    .map(([key]) => key)
    .sort();
  return { html: unified().use(rehypeStringify).stringify(clean), dropped };
}

/** How many of each element, and of each attribute on each element, a tree holds. */
function census(tree: Root): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type !== "element") continue;
      add(node.tagName);
      for (const name of Object.keys(node.properties)) add(`${node.tagName}[${name}]`);
      walk(node.children);
      if (node.content) walk(node.content.children);
    }
  };
  walk(tree.children);
  return counts;
}

function page(html: string): string {
  const css = readFileSync(MARKDOWN_CSS, "utf8");
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body { margin: 0; background: #fff; }
.markdown-body { box-sizing: border-box; width: ${COLUMN_PX}px; padding: 16px; }
</style></head><body><article class="markdown-body">${html}</article></body></html>`;
}

export interface Renderer {
  render(markdown: string, options?: { screenshot?: string }): Promise<Measures>;
  close(): Promise<void>;
}

/** One browser for many comments: starting Chromium is the slow part. */
export async function openRenderer(): Promise<Renderer> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `rendering the pull request comment needs Chromium at ${CHROMIUM}: install it with \`apt-get install chromium\` (bash .ci/run does)`,
    );
  }
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
  return {
    async render(markdown, options = {}) {
      const context = await browser.newContext({
        viewport: { width: COLUMN_PX, height: 800 },
        deviceScaleFactor: 1,
      });
      try {
        const tab = await context.newPage();
        // Everything the page needs is inline: nothing may come from the network.
        await tab.route("**/*", (route) => route.abort());
        const { html, dropped } = toHtml(markdown);
        await tab.setContent(page(html));
        await tab.addScriptTag({ path: MERMAID_JS });
        await tab.addScriptTag({ path: PAGE_JS });
        const diagrams = (await tab.evaluate("drawDiagrams()")) as Diagram[];
        const shape = (await tab.evaluate("measureLayout()")) as Layout;
        if (options.screenshot) {
          await tab.locator(".markdown-body").screenshot({ path: options.screenshot });
        }
        const widestCodePx = (await tab.evaluate("measureCode()")) as number;
        return { ...shape, diagrams, widestCodePx, columnPx: COLUMN_PX, dropped };
      } finally {
        await context.close();
      }
    },
    close: () => browser.close(),
  };
}

/** The figures of one comment on one line each, for a log or a table. */
export function figures(name: string, markdown: string, m: Measures): Record<string, string> {
  const px = (n: number | null) => (n === null ? "—" : `${Math.round(n)}`);
  const drawn = m.diagrams.filter((d) => !d.error);
  return {
    comment: name,
    chars: String(markdown.length),
    "height px": px(m.height),
    "verdict y": px(m.verdictY),
    "first finding y": px(m.firstFindingY),
    "diagram scale": drawn.length ? drawn.map((d) => d.scale.toFixed(2)).join(", ") : "—",
    "smallest diagram text px": drawn.length ? drawn.map((d) => d.minTextPx.toFixed(1)).join(", ") : "—",
    "widest code line px": `${px(m.widestCodePx)} / ${m.columnPx}`,
  };
}
