import manifest from "../package.json" with { type: "json" };

/** The package's own version, shared by the CLI and the Action so they can never disagree. */
export const VERSION: string = manifest.version;

declare const __LOCKSTEP_BUILD__: string | undefined;
/** The bundle's build (a digest of its sources, set by scripts/build.mjs); "source" when run from src/. */
export const BUILD: string = typeof __LOCKSTEP_BUILD__ === "string" ? __LOCKSTEP_BUILD__ : "source";
