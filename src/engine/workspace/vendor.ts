import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { actionYml, bundleDir, bundleFiles } from "../../adapters/bundle-files.js";
import { LockstepError } from "../../core/errors.js";
import { VENDOR_DIR, VENDORED_CLI } from "../../core/hook-lines.js";
import { VERSION } from "../../version.js";

/** The files a vendored copy has besides the bundle: written by init, not copied. */
const OWN = new Set(["README", "package.json", "action.yml"]);

export interface VendorResult {
  change: "created" | "replaced" | "kept";
  files: number;
  /** Files of the copy there before that the running one does not have (another version's chunks). */
  removed: number;
}

/**
 * Writes the running bundle into the repository's `.lockstep/`, the way Yarn keeps its own release in
 * `.yarn/releases/`: the hooks and the workflow then need only node. A copy there already is replaced
 * whole (nothing of an older version stays behind) unless it is this one, file for file.
 */
export function vendorCopy(root: string): VendorResult {
  const source = bundleDir();
  const wanted = bundleFiles(source, OWN);
  for (const [name, text] of Object.entries(ownFiles(source))) wanted.set(name, Buffer.from(text));
  const target = join(root, VENDOR_DIR);
  const existing = existsSync(target) ? bundleFiles(target, new Set()) : undefined;
  const removed = existing ? [...existing.keys()].filter((name) => !wanted.has(name)).length : 0;
  if (existing && removed === 0 && [...wanted].every(([name, bytes]) => sameBytes(existing.get(name), bytes)))
    return { change: "kept", files: wanted.size, removed };
  // Everything was read first, so the running copy may be the one replaced.
  const fresh = `${target}.new-${process.pid}`;
  const old = `${target}.old-${process.pid}`;
  try {
    rmSync(fresh, { recursive: true, force: true });
    for (const [name, bytes] of wanted) {
      mkdirSync(dirname(join(fresh, name)), { recursive: true });
      writeFileSync(join(fresh, name), bytes, { mode: name === "cli.js" ? 0o755 : 0o644 });
    }
    if (existing) renameSync(target, old);
    renameSync(fresh, target);
    rmSync(old, { recursive: true, force: true });
  } catch (cause) {
    rmSync(fresh, { recursive: true, force: true });
    if (!existsSync(target) && existsSync(old)) renameSync(old, target);
    const code = (cause as NodeJS.ErrnoException).code ?? "error";
    throw new LockstepError("io", `cannot write ${VENDOR_DIR}/ (${code}); it was left as it was`, { cause });
  }
  return { change: existing ? "replaced" : "created", files: wanted.size, removed };
}

/** The README, the module type the bundle's ESM files need, and the Action pointing at the copy's bundle. */
function ownFiles(source: string): Record<string, string> {
  const action = actionYml(source);
  const text = action.vendored
    ? action.text
    : action.text.replace(/^(\s+main:\s*)dist\/action\.js\s*$/m, "$1action.js");
  if (!/^\s+main:\s*action\.js\s*$/m.test(text))
    throw new LockstepError("internal", "action.yml does not run dist/action.js; reinstall lockstep");
  return {
    README: `lockstep ${VERSION}, vendored by \`lockstep init --vendor\`: the git hooks run \`${VENDORED_CLI}\` and the workflow \`uses: ./${VENDOR_DIR}\`, so only node is needed. Commit it. To update it, run init with the newer lockstep (\`npx <its tarball or git URL> init --vendor\`, or \`node <its dist>/cli.js init --vendor\`): init writes the copy that runs it here and removes the files of the old one.\n`,
    "package.json": '{ "type": "module" }\n',
    "action.yml": text,
  };
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array): boolean {
  return a !== undefined && Buffer.compare(a, b) === 0;
}
