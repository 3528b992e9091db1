import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { removeTempTrees } from "./helpers/temp-dir.js";

// Each test file's temporary directories go when it ends: here, because a module shared by the files of one
// worker registers its hooks only once.
afterAll(removeTempTrees);

// Replays of temporary repositories keep their verified-prefix cache in a directory of this test run, never
// in the user's own cache (the CLI processes the tests start inherit it).
process.env.XDG_CACHE_HOME = mkdtempSync(join(tmpdir(), "lockstep-cache-"));
