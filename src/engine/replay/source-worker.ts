import { fileURLToPath } from "node:url";

const bundled = new Map<string, Promise<URL>>();

/**
 * Run from source (the tests), the replay worker (and the native replay's process) is bundled once per
 * process, as the build does: a TypeScript loader in every thread would cost a second per replay. SQLite's
 * wasm and packages resolve from the source tree. `entry` is relative to this directory.
 */
export function sourceBundle(entry: string): Promise<URL> {
  const here = import.meta.url;
  let url = bundled.get(entry);
  if (url) return url;
  url = (async () => {
    const { build } = await import("esbuild");
    // The bundle runs from a data: URL: paths that SQLite's wasm resolves against are the source tree's.
    const anchor = JSON.stringify(new URL("../../adapters/sqlite/wasm.ts", here).href);
    const out = await build({
      entryPoints: [fileURLToPath(new URL(entry, here))],
      bundle: true,
      platform: "node",
      format: "esm",
      write: false,
      logLevel: "warning",
      define: { "import.meta.url": anchor },
      banner: {
        js: [
          'import { createRequire as __lsRequire } from "node:module";',
          'import { fileURLToPath as __lsPath } from "node:url";',
          'import { dirname as __lsDir } from "node:path";',
          `const require = __lsRequire(${anchor});`,
          `const __filename = __lsPath(${anchor});`,
          "const __dirname = __lsDir(__filename);",
        ].join(" "),
      },
    });
    const code = out.outputFiles[0]?.text ?? "";
    return new URL(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
  })();
  bundled.set(entry, url);
  return url;
}

/** The replay worker, bundled from source. */
export function sourceWorker(): Promise<URL> {
  return sourceBundle("./replay-worker.ts");
}
