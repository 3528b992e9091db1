import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  LockstepError
} from "./chunk-HVSG2UMJ.js";

// src/adapters/sqlite/engine.ts
var NATIVE_NODE = "Node 24";
var loaded = /* @__PURE__ */ new Map();
async function load(name) {
  if (name === "native") {
    const { loadNative } = await import("./native-GQB6WIQG.js");
    const engine = await loadNative();
    if (!engine)
      throw new LockstepError(
        "usage",
        `the native engine needs node:sqlite, which ${NATIVE_NODE} has and Node ${process.versions.node} has not; run lockstep on ${NATIVE_NODE}, or use --engine wasm`
      );
    return engine;
  }
  const { loadWasm } = await import("./wasm-EWSLIASH.js");
  return loadWasm();
}
async function loadEngine(choice = "auto") {
  const name = choice === "auto" ? await nativeAvailable() ? "native" : "wasm" : choice;
  let engine = loaded.get(name);
  if (!engine) {
    engine = load(name);
    loaded.set(name, engine);
    engine.catch(() => loaded.delete(name));
  }
  return engine;
}
async function chooseEngine(choice = "auto") {
  if (choice === "wasm") return "wasm";
  if (choice === "native") return (await loadEngine("native")).info.name;
  return await nativeAvailable() ? "native" : "wasm";
}
async function resolveEngine(choice = "auto") {
  return (await loadEngine(choice)).info;
}
async function nativeAvailable() {
  const { loadNative } = await import("./native-GQB6WIQG.js");
  return await loadNative() !== void 0;
}
function queryRows(db, sql) {
  const stmt = db.prepare(sql);
  try {
    return stmt.rows();
  } finally {
    stmt.finalize();
  }
}

export {
  loadEngine,
  chooseEngine,
  resolveEngine,
  queryRows
};
