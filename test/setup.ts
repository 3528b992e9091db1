import { afterAll } from "vitest";
import { removeTempTrees } from "./helpers/temp-dir.js";

// Each test file's temporary directories go when it ends: here, because a module shared by the files of one
// worker registers its hooks only once.
afterAll(removeTempTrees);
