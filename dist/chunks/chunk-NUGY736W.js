import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  digestOf
} from "./chunk-WWXHY5GU.js";

// src/core/blob-id.ts
function blobId(bytes) {
  return digestOf("sha1", Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes]), "hex");
}

export {
  blobId
};
