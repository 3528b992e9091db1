import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { LockstepError } from "../core/errors.js";

type Loaded = Record<string, unknown>;

const TYPESCRIPT = /\.(ts|mts|cts)$/;

/**
 * Imports a migration module of the project. JavaScript is imported as it is; TypeScript with the
 * runtime's own type stripping where it has it (Node 22.18 and later, the Action's node24), else with the
 * project's own `tsx` — lockstep ships no TypeScript compiler.
 */
export async function importProjectModule(file: string, project: string): Promise<Loaded> {
  if (!TYPESCRIPT.test(file) || stripsTypes())
    return (await import(`${pathToFileURL(file).href}?t=${Date.now()}`)) as Loaded;
  const tsx = await projectTsx(project);
  if (!tsx) {
    throw new LockstepError(
      "config",
      `${file} is TypeScript, which this Node (${process.version}) cannot import: add tsx to the project's devDependencies (npm install -D tsx), or run lockstep on Node 22.18 or later`,
    );
  }
  return (await tsx.tsImport(pathToFileURL(file).href, {
    parentURL: pathToFileURL(join(project, "package.json")).href,
  })) as Loaded;
}

function stripsTypes(): boolean {
  const features = process.features as { typescript?: string | false };
  return typeof features.typescript === "string";
}

interface TsxApi {
  tsImport(specifier: string, options: { parentURL: string }): Promise<unknown>;
}

async function projectTsx(project: string): Promise<TsxApi | undefined> {
  let entry: string;
  try {
    // Its ESM entry, as an import would resolve it: the CommonJS one loads the ESM one relative to itself.
    const require = createRequire(join(project, "package.json"));
    const manifest = require.resolve("tsx/package.json");
    const exports = JSON.parse(readFileSync(manifest, "utf8")).exports?.["./esm/api"];
    entry = join(dirname(manifest), exports?.import?.default ?? exports?.import);
  } catch {
    return undefined;
  }
  return (await import(pathToFileURL(entry).href)) as TsxApi;
}
