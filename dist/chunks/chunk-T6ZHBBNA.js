import { createRequire as __lsRequire } from "node:module"; import { fileURLToPath as __lsPath } from "node:url"; import { dirname as __lsDir } from "node:path"; const require = __lsRequire(import.meta.url); const __filename = __lsPath(import.meta.url); const __dirname = __lsDir(__filename);
import {
  hashText
} from "./chunk-Z2X2U7TB.js";
import {
  writeFileAtomic
} from "./chunk-5RV7R7RT.js";
import {
  readRegularBytes
} from "./chunk-CUGJOLQ7.js";

// src/adapters/summed-file.ts
import { lstatSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
function parseSummed(text, header) {
  const lines = text.split("\n");
  if (lines.pop() !== "") return void 0;
  const [first, ...body] = lines;
  return first === `${header} ${hashText(`${body.join("\n")}
`)}` ? body : void 0;
}
function renderSummed(header, body) {
  return `${[`${header} ${hashText(`${body.join("\n")}
`)}`, ...body].join("\n")}
`;
}
function readSummed(path, header, maxBytes) {
  const read = path === void 0 ? void 0 : readRegularBytes(path, maxBytes, { noFollow: true });
  return read?.ok ? parseSummed(read.bytes.toString("utf8"), header) : void 0;
}
function writeSummed(path, header, body) {
  if (path === void 0) return;
  try {
    const info = lstatSync(path, { throwIfNoEntry: false });
    if (info && !info.isFile()) return;
    mkdirSync(dirname(path), { recursive: true });
    writeFileAtomic(path, renderSummed(header, body));
  } catch {
  }
}

// src/adapters/blob-hash-cache.ts
var BLOB_HASH_CACHE = "lockstep/blob-hashes";
var HEADER = "lockstep-blob-hashes 1";
var LINE = /^([0-9a-f]{40}|[0-9a-f]{64}) (h1:[A-Za-z0-9+/]{43}=)$/;
var MAX_CACHED_BLOBS = 2e5;
var MAX_CACHE_BYTES = MAX_CACHED_BLOBS * 100 + 100;
function blobHashCachePath(repo) {
  return repo.gitPath(BLOB_HASH_CACHE);
}
function hashesOf(body) {
  const hashes = /* @__PURE__ */ new Map();
  for (const line of body) {
    const m = LINE.exec(line);
    if (!m) return void 0;
    hashes.set(m[1], m[2]);
  }
  return hashes;
}
function bodyOf(hashes) {
  return [...hashes].map(([blob, hash]) => `${blob} ${hash}`);
}
function loadBlobHashes(repo) {
  const path = blobHashCachePath(repo);
  const body = readSummed(path, HEADER, MAX_CACHE_BYTES);
  const known = (body && hashesOf(body)) ?? /* @__PURE__ */ new Map();
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
      writeSummed(path, HEADER, bodyOf(next));
      for (const [blob, hash] of learned) known.set(blob, hash);
      learned.clear();
    }
  };
}

export {
  readSummed,
  writeSummed,
  loadBlobHashes
};
