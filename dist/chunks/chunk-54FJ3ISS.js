import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  hashText
} from "./chunk-DGP3YP7L.js";
import {
  writeFileAtomic
} from "./chunk-5RV7R7RT.js";
import {
  readRegularBytes
} from "./chunk-XEVHRPGF.js";

// src/adapters/blob-hash-cache.ts
import { lstatSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
var BLOB_HASH_CACHE = "lockstep/blob-hashes";
var HEADER = "lockstep-blob-hashes 1";
var LINE = /^([0-9a-f]{40}|[0-9a-f]{64}) (h1:[A-Za-z0-9+/]{43}=)$/;
var MAX_CACHED_BLOBS = 2e5;
var MAX_CACHE_BYTES = MAX_CACHED_BLOBS * 100 + 100;
function blobHashCachePath(repo) {
  return repo.gitPath(BLOB_HASH_CACHE);
}
function parseBlobHashes(text) {
  const lines = text.split("\n");
  if (lines.pop() !== "") return void 0;
  const [first, ...body] = lines;
  const header = `${HEADER} `;
  if (!first?.startsWith(header)) return void 0;
  if (first.slice(header.length) !== hashText(`${body.join("\n")}
`)) return void 0;
  const hashes = /* @__PURE__ */ new Map();
  for (const line of body) {
    const m = LINE.exec(line);
    if (!m) return void 0;
    hashes.set(m[1], m[2]);
  }
  return hashes;
}
function renderBlobHashes(hashes) {
  const body = [...hashes].map(([blob, hash]) => `${blob} ${hash}`);
  return `${[`${HEADER} ${hashText(`${body.join("\n")}
`)}`, ...body].join("\n")}
`;
}
function loadBlobHashes(repo) {
  const path = blobHashCachePath(repo);
  const read = path === void 0 ? void 0 : readRegularBytes(path, MAX_CACHE_BYTES, { noFollow: true });
  const known = (read?.ok ? parseBlobHashes(read.bytes.toString("utf8")) : void 0) ?? /* @__PURE__ */ new Map();
  const learned = /* @__PURE__ */ new Map();
  const used = /* @__PURE__ */ new Set();
  return {
    of(text, blob) {
      if (blob === void 0) return hashText(text);
      const cached = known.get(blob);
      if (cached !== void 0) {
        used.add(blob);
        return cached;
      }
      const again = learned.get(blob);
      if (again !== void 0) return again;
      const hash = hashText(text);
      learned.set(blob, hash);
      return hash;
    },
    cached(blob) {
      return known.get(blob) ?? learned.get(blob);
    },
    save() {
      if (path === void 0 || learned.size === 0 || learned.size * 8 < used.size + learned.size) return;
      const next = new Map(learned);
      for (const blob of used) next.set(blob, known.get(blob));
      for (const [blob, hash] of known) {
        if (next.size >= MAX_CACHED_BLOBS) break;
        if (!next.has(blob)) next.set(blob, hash);
      }
      try {
        const info = lstatSync(path, { throwIfNoEntry: false });
        if (info && !info.isFile()) return;
        mkdirSync(dirname(path), { recursive: true });
        writeFileAtomic(path, renderBlobHashes(next));
      } catch {
      }
    }
  };
}

export {
  loadBlobHashes
};
