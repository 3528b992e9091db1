// The entry of a native replay's own process (see host-main.ts). Its replay thread is started first, so
// that the thread boots while this process loads the replay's modules.
import { startEarlyThread } from "./early-thread.js";

// Bundled, the thread's entry sits beside this one; from source, the parent names a bundle made on the fly.
if (!import.meta.url.endsWith(".ts")) startEarlyThread(new URL("./replay-worker.js", import.meta.url));
await import("./host-main.js");
