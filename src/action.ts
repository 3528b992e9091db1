import { runAction } from "./action/main.js";

await runAction();
// Everything is logged and the verdict is set: a retry or rate-limit wait Octokit had scheduled when the
// comment step ran out of time must not hold the job open.
setTimeout(() => process.exit(), 1000).unref();
