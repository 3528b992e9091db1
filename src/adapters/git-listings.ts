import { LockstepError } from "../core/errors.js";
import { parseTree } from "./cat-file.js";
import type { IndexEntry } from "./git-objects.js";

/** The mode git gives a submodule's entry: a commit of another repository, not a file. */
const GITLINK = "160000";

type Run = (args: string[]) => { ok: boolean; stdout: string; stderr: string };

/** Which files a directory holds in the index or at a ref, each listing asked of git once per command. */
export class GitListings {
  private readonly trees = new Map<string, IndexEntry[]>();
  /** Tree objects a prefetch read, by `<ref>:<path>`, with their ids' width in bytes (see treeEntries). */
  private readonly treeObjects = new Map<string, { content: Uint8Array; idBytes: number }>();

  constructor(
    private readonly run: Run,
    /** Submodules met under the directories listed (paths in the repository), each kept once. */
    private readonly submodules: Set<string>,
  ) {}

  /** A directory's tree object as a prefetch read it (`<ref>:<path>`), for treeEntries to list from. */
  keepTree(name: string, content: Uint8Array, idBytes: number): void {
    this.treeObjects.set(name, { content, idBytes });
  }

  /** What was listed: after a command of lockstep's own changed the index or the refs. */
  forget(): void {
    this.trees.clear();
  }

  /** Every file staged under `dir`, with its blob; submodules are recorded in `submodules`. */
  async indexEntries(dir: string): Promise<IndexEntry[]> {
    // `<mode> <object> <stage>\t<path>`
    const out = this.run(["ls-files", "--cached", "--stage", "-z", "--", dir || "."]).stdout;
    return this.files(out, (meta) => [meta[0], meta[1]]);
  }

  /** Every file under `dir` at `ref`, with its blob; submodules are recorded in `submodules`. */
  async treeEntries(ref: string, dir: string): Promise<IndexEntry[]> {
    const key = `${ref}\0${dir}`;
    const known = this.trees.get(key);
    if (known) return known;
    const flat = this.flatTree(ref, dir);
    if (flat) {
      this.trees.set(key, flat);
      return flat;
    }
    // `<mode> <type> <object>\t<path>`
    const run = this.run(["ls-tree", "-r", "-z", "--full-tree", ref, "--", dir || "."]);
    if (!run.ok)
      throw new LockstepError("io", `git ls-tree ${ref} failed: ${run.stderr.trim().split("\n")[0]}`);
    const entries = this.files(run.stdout, (meta) => [meta[0], meta[2]]);
    this.trees.set(key, entries);
    return entries;
  }

  /**
   * A directory's entries from its tree object, read by a prefetch, where it holds no folder: what
   * `ls-tree -r` would list, without starting it. Undefined (ls-tree then answers) for anything else.
   */
  private flatTree(ref: string, dir: string): IndexEntry[] | undefined {
    const tree = dir === "" ? undefined : this.treeObjects.get(`${ref}:${dir}`);
    const parsed = tree && parseTree(tree.content, tree.idBytes);
    if (!parsed || parsed.some((e) => e.mode === "40000" || e.name.includes("/"))) return undefined;
    const entries: IndexEntry[] = [];
    for (const e of parsed) {
      const path = `${dir}/${e.name}`;
      if (e.mode === GITLINK) this.submodules.add(path);
      else entries.push({ path, blob: e.id });
    }
    return entries;
  }

  /**
   * The file entries of `ls-files`/`ls-tree -z` output. A gitlink (mode 160000) names a commit of another
   * repository, not a file: it is left out, and kept in `submodules` for the command to report once.
   */
  private files(out: string, modeAndObject: (meta: string[]) => (string | undefined)[]): IndexEntry[] {
    const entries: IndexEntry[] = [];
    for (const line of out.split("\0")) {
      const tab = line.indexOf("\t");
      if (tab === -1) continue;
      // A path may itself hold tabs: only the first one ends the metadata.
      const path = line.slice(tab + 1);
      const [mode = "", blob = ""] = modeAndObject(line.slice(0, tab).split(" "));
      if (mode === GITLINK) this.submodules.add(path);
      else if (blob) entries.push({ path, blob });
    }
    return entries;
  }
}
