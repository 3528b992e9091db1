import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseBatch } from "../../src/adapters/cat-file.js";
import { GitRepo } from "../../src/adapters/git.js";
import { filesAt } from "../../src/engine/workspace/git-files.js";
import { gitIn } from "../helpers/git.js";
import { tempTree } from "../helpers/temp-dir.js";

/** Newlines, a lone CR, a NUL, bytes that are not UTF-8 and a header-like line: nothing a parser may trust. */
const BINARY = Uint8Array.from([
  ...Buffer.from("0 blob 3\n\n\r"),
  0,
  0xff,
  0xfe,
  10,
  10,
  ...Buffer.from(" missing\n"),
  0x80,
]);

/** A repository whose migrations/ holds a real submodule (a gitlink to a commit it does not have) between files. */
function repository() {
  const sub = tempTree({ "0009_theirs.up.sql": "CREATE TABLE theirs (id INTEGER);\n" });
  const subGit = gitIn(sub);
  subGit("init", "-q", "-b", "main");
  subGit("add", "-A");
  expect(subGit("commit", "-q", "-m", "theirs").status).toBe(0);
  const cwd = tempTree({
    "migrations/0001_a.up.sql": "CREATE TABLE a (id INTEGER);\n",
    "migrations/0003_b.up.sql": "CREATE TABLE b (id INTEGER);\n\n-- two lines\n",
    "migrations/0004_bin.up.sql": BINARY,
  });
  const git = gitIn(cwd);
  git("init", "-q", "-b", "main");
  const added = git("-c", "protocol.file.allow=always", "submodule", "add", "-q", sub, "migrations/0002_lib");
  expect(added.status, added.stderr).toBe(0);
  git("add", "-A");
  expect(git("commit", "-q", "-m", "base").status).toBe(0);
  const oid = (path: string) => git("rev-parse", `HEAD:${path}`).stdout.trim();
  return { cwd, git, oid };
}

describe("GitRepo reading blobs next to a submodule", () => {
  it("reads every blob after a gitlink's `missing` answer with its exact bytes", async () => {
    const r = repository();
    const repo = await GitRepo.open(r.cwd);
    const gitlink = r.oid("migrations/0002_lib");
    // The gitlink's commit is in the submodule's repository, not this one: git answers `<oid> missing`.
    expect(r.git("cat-file", "-t", gitlink).status).not.toBe(0);
    const a = r.oid("migrations/0001_a.up.sql");
    const b = r.oid("migrations/0003_b.up.sql");
    const bin = r.oid("migrations/0004_bin.up.sql");
    const blobs = repo.readBlobs([a, gitlink, b, bin, gitlink]);
    expect(Buffer.from(blobs.get(a) ?? []).toString()).toBe("CREATE TABLE a (id INTEGER);\n");
    expect(Buffer.from(blobs.get(b) ?? []).toString()).toBe("CREATE TABLE b (id INTEGER);\n\n-- two lines\n");
    expect(Buffer.from(blobs.get(bin) ?? []).equals(Buffer.from(BINARY))).toBe(true);
    expect(blobs.has(gitlink)).toBe(false);
    expect(blobs.size).toBe(3);
  });

  it("an ambiguous short name in the batch shifts nothing either", async () => {
    // Enough blobs that two share their first four hex digits (16 bits; about 8 pairs expected).
    const r = repository();
    const input = Array.from({ length: 1200 }, (_, i) => `blob ${i}\n`);
    const paths = input.map((_, i) => join(r.cwd, `b${i}`));
    for (const [i, path] of paths.entries()) writeFileSync(path, input[i] as string);
    const oids = r
      .git("hash-object", "-w", "--", ...paths)
      .stdout.trim()
      .split("\n");
    for (const path of paths) rmSync(path);
    const byPrefix = new Map<string, number>();
    for (const oid of oids) byPrefix.set(oid.slice(0, 4), (byPrefix.get(oid.slice(0, 4)) ?? 0) + 1);
    const shared = [...byPrefix].find(([, n]) => n > 1)?.[0] as string;
    expect(shared).toBeDefined();
    const repo = await GitRepo.open(r.cwd);
    const b = r.oid("migrations/0003_b.up.sql");
    const blobs = repo.readBlobs([shared, b]);
    expect([...blobs.keys()]).toEqual([b]);
    expect(Buffer.from(blobs.get(b) ?? []).toString()).toBe("CREATE TABLE b (id INTEGER);\n\n-- two lines\n");
  });

  it("takes a blob from work-tree bytes offered only where they hash to it", async () => {
    const r = repository();
    const a = r.oid("migrations/0001_a.up.sql");
    const b = r.oid("migrations/0003_b.up.sql");
    // Git no longer has a's object: only the offered bytes can give it. b's offered bytes are an edit.
    rmSync(join(r.cwd, ".git/objects", a.slice(0, 2), a.slice(2)));
    const repo = await GitRepo.open(r.cwd);
    const top = repo.root;
    repo.offerWorkingFiles(
      new Map([
        [`${top}/migrations/0001_a.up.sql`, Buffer.from("CREATE TABLE a (id INTEGER);\n")],
        [`${top}/migrations/0003_b.up.sql`, Buffer.from("CREATE TABLE b (edited INTEGER);\n")],
      ]),
    );
    const read = await filesAt(repo, "HEAD", "migrations", r.cwd);
    expect(read.map((f) => [f.rel, f.blob, f.text])).toEqual([
      ["0001_a.up.sql", a, "CREATE TABLE a (id INTEGER);\n"],
      ["0003_b.up.sql", b, "CREATE TABLE b (id INTEGER);\n\n-- two lines\n"],
      ["0004_bin.up.sql", r.oid("migrations/0004_bin.up.sql"), undefined],
    ]);
    // Offered bytes that do not hash to a blob git lacks give nothing either.
    const other = await GitRepo.open(r.cwd);
    other.offerWorkingFiles(new Map([[`${top}/migrations/0001_a.up.sql`, Buffer.from("CREATE TABLE x;\n")]]));
    expect((await filesAt(other, "HEAD", "migrations", r.cwd))[0]?.unreadable).toContain("git has no blob");
  });

  it("lists a gitlink as a submodule, not a file, in the index and in a tree", async () => {
    const r = repository();
    const repo = await GitRepo.open(r.cwd);
    const files = ["migrations/0001_a.up.sql", "migrations/0003_b.up.sql", "migrations/0004_bin.up.sql"];
    expect((await repo.indexEntries("migrations")).map((e) => e.path)).toEqual(files);
    expect((await repo.treeEntries("HEAD", "migrations")).map((e) => e.path)).toEqual(files);
    expect([...repo.submodules]).toEqual(["migrations/0002_lib"]);
    const read = await filesAt(repo, "HEAD", "migrations", r.cwd);
    expect(read.map((f) => [f.rel, f.text])).toEqual([
      ["0001_a.up.sql", "CREATE TABLE a (id INTEGER);\n"],
      ["0003_b.up.sql", "CREATE TABLE b (id INTEGER);\n\n-- two lines\n"],
      ["0004_bin.up.sql", undefined],
    ]);
    expect(read[2]?.unreadable).toContain("NUL byte");
  });

  it("a blob git does not have is unreadable, never an empty file", async () => {
    const r = repository();
    const b = r.oid("migrations/0003_b.up.sql");
    rmSync(join(r.cwd, ".git", "objects", b.slice(0, 2), b.slice(2)));
    const repo = await GitRepo.open(r.cwd);
    const read = await filesAt(repo, "HEAD", "migrations", r.cwd);
    const lost = read.find((f) => f.rel === "0003_b.up.sql");
    expect(lost?.text).toBeUndefined();
    expect(lost?.unreadable).toContain(`git has no blob ${b}`);
    expect(read.find((f) => f.rel === "0004_bin.up.sql")?.unreadable).toContain("NUL byte");
  });
});

describe("parseBatch", () => {
  const oid = "a".repeat(40);
  const other = "b".repeat(40);
  const answer = (text: string) => Buffer.from(text, "latin1");

  it("takes each answer's size from its header, whatever the content holds", () => {
    const looksLikeAnAnswer = `${other} missing\n`;
    const out = answer(
      `${other} missing\n${oid} blob ${looksLikeAnAnswer.length}\n${looksLikeAnAnswer}\n${other} ambiguous\n`,
    );
    expect(parseBatch(out, [other, oid, other])).toEqual([
      { kind: "missing", name: other },
      { kind: "object", oid, type: "blob", content: answer(looksLikeAnAnswer) },
      { kind: "ambiguous", name: other },
    ]);
  });

  it("refuses, as an io fault, what would shift the answers after it", () => {
    const cases: [string, string[], string][] = [
      [`${oid} blob 10\nshort\n`, [oid], "announced 10 bytes"],
      [`${oid} blob 2\nabc\n`, [oid], "announced 2 bytes"],
      [`${oid} blob 99999999999999999999\n`, [oid], "does not document"],
      [`${oid} blob -1\n\n`, [oid], "does not document"],
      [`symlink 3\nabc\n`, [oid], "does not document"],
      [`${other} missing\n`, [oid], `answered for ${other} when asked for ${oid}`],
      [`${oid} blob 0\n\n`, [oid, other], "stopped after 1 of 2 answers"],
      [`${oid} blob 0\n\n${other} missing\n`, [oid], "more answers than the 1 asked for"],
    ];
    for (const [out, asked, message] of cases) {
      expect(() => parseBatch(answer(out), asked), out).toThrow(message);
      try {
        parseBatch(answer(out), asked);
      } catch (error) {
        expect((error as { kind?: string }).kind).toBe("io");
      }
    }
  });
});
