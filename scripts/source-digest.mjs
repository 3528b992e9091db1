import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/**
 * What the sources under `root` were: a digest of src/ and package.json. Cached replay results are keyed on
 * it (as __LOCKSTEP_BUILD__ in the bundle), so a rebuild with other code under the same version never answers
 * with an older build's findings; the same sources give the same digest, so dist/ stays reproducible.
 */
export function sourceDigest(root) {
  const files = readdirSync(join(root, "src"), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split("\\").join("/"))
    .sort();
  const digest = createHash("sha256");
  for (const file of [...files, "package.json"])
    digest
      .update(`${file}\0`)
      .update(readFileSync(join(root, file)))
      .update("\0");
  return digest.digest("hex").slice(0, 16);
}
