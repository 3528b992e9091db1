import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    setupFiles: ["test/setup.ts"],
    // The files of one worker share loaded modules (the replay worker's bundle among them): no test file
    // leaves state behind (temporary directories are removed per file by test/setup.ts).
    isolate: false,
    // One worker per core (vitest's default leaves one idle): much of the time goes waiting on the processes
    // the end-to-end tests start (the Action, git and its hooks).
    maxWorkers: "100%",
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
