import manifest from "../package.json" with { type: "json" };

/** The package's own version, shared by the CLI and the Action so they can never disagree. */
export const VERSION: string = manifest.version;
