import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/core/finding.js";
import {
  fingerprint,
  type KnownEntry,
  knownEntries,
  parseKnownFile,
  positionless,
  renderKnownFile,
  updateKnown,
} from "../../src/core/known-findings.js";
import type { DatabaseReport } from "../../src/core/report.js";
import { setAside } from "../../src/core/set-aside.js";

const downFailed: Finding = {
  rule: "down-failed",
  severity: "error",
  version: "0002",
  file: "migrations/0002_tags.down.sql",
  line: 3,
  column: 1,
  message:
    "the down of 0002 failed at migrations/0002_tags.down.sql:3:1 (`DROP TABLE tag;`): no such table: tag; fix the down so 0002 can be rolled back",
};

const at = (line: number): Finding => ({
  ...downFailed,
  line,
  message: downFailed.message.replace(":3:1", `:${line}:1`),
});

describe("a finding's fingerprint", () => {
  it("stays when the finding's line moves (a comment added above it)", () => {
    expect(fingerprint("main", "migrations", at(7))).toBe(fingerprint("main", "migrations", downFailed));
    expect(fingerprint("main", "migrations", downFailed)).toMatch(/^[0-9a-f]{16}$/);
  });

  it("stays for the same finding seen from another directory (paths in the message start elsewhere)", () => {
    const fromDb = {
      ...downFailed,
      file: "../migrations/0002_tags.down.sql",
      message: downFailed.message.replace("migrations/", "../migrations/"),
    };
    expect(fingerprint("main", "../migrations", fromDb)).toBe(fingerprint("main", "migrations", downFailed));
  });

  it("changes with another rule, another migration, another object, another database", () => {
    const base = fingerprint("main", "migrations", downFailed);
    expect(fingerprint("main", "migrations", { ...downFailed, rule: "redo-mismatch" })).not.toBe(base);
    expect(fingerprint("main", "migrations", { ...downFailed, version: "0003" })).not.toBe(base);
    const other = { ...downFailed, message: downFailed.message.replace(/tag\b/g, "label") };
    expect(fingerprint("main", "migrations", other)).not.toBe(base);
    expect(fingerprint("analytics", "migrations", downFailed)).not.toBe(base);
  });

  it("names the migration by its file where the finding has no version", () => {
    const { version: _, ...unversioned } = downFailed;
    const moved = { ...unversioned, file: "migrations/0002_labels.down.sql" };
    expect(fingerprint("main", "migrations", unversioned)).not.toBe(fingerprint("main", "migrations", moved));
  });

  it("reads messages without line and column numbers and counts of lines, keeping every other number", () => {
    expect(positionless("BEGIN at line 3, line 17 in a.sql:4:2 (12 lines)")).toBe(
      "BEGIN at line, line in a.sql (lines)",
    );
    expect(positionless("version 0003 is taken; 5 columns")).toBe("version 0003 is taken; 5 columns");
  });
});

const entry = (version: string, print: string, database = "main"): KnownEntry => ({
  database,
  rule: "down-failed",
  version,
  file: `migrations/${version}_x.down.sql`,
  fingerprint: print,
  message: `the down of ${version} failed`,
});

describe("lockstep.known.json", () => {
  it("is written sorted (versions as numbers), one finding a line, and reads back as written", () => {
    const text = renderKnownFile([entry("10", "b"), entry("9", "a"), entry("9", "a"), entry("2", "c", "aa")]);
    expect(text.split("\n").filter((l) => l.includes('"fingerprint"'))).toHaveLength(3);
    const back = parseKnownFile(text, "lockstep.known.json");
    expect(back.map((e) => `${e.database} ${e.version}`)).toEqual(["aa 2", "main 9", "main 10"]);
    expect(renderKnownFile(back)).toBe(text);
    expect(renderKnownFile([])).toBe('{\n  "version": 1,\n  "findings": []\n}\n');
  });

  it("is refused in one message naming the file and the fix when lockstep cannot read it", () => {
    const read = (text: string) => () => parseKnownFile(text, "lockstep.known.json");
    expect(read("{ secret text")).toThrow(
      /^lockstep\.known\.json is not valid JSON; fix it, or .*known --update/,
    );
    expect(read("{ secret text")).not.toThrow(/secret/);
    expect(read('{"version":2,"findings":[]}')).toThrow('has "version" 2; this lockstep reads version 1');
    expect(read('{"version":1,"findings":[{"rule":"down-failed"}]}')).toThrow(
      'findings[0] has no "database"',
    );
    const unknownRule = { ...entry("1", "a"), rule: "nope" };
    expect(read(JSON.stringify({ version: 1, findings: [unknownRule] }))).toThrow("names no rule");
  });

  it("after an update holds the current findings: a fixed one removed, a new one added, others kept as written", () => {
    const old = [
      entry("1", "a"),
      { ...entry("2", "b"), message: "as first recorded" },
      entry("1", "z", "other"),
    ];
    const current = [{ ...entry("2", "b"), message: "with another line number" }, entry("3", "c")];
    const all = updateKnown(old, current);
    expect(all.entries.map((e) => e.fingerprint)).toEqual(["b", "c"]);
    expect(all.entries[0]?.message).toBe("as first recorded");
    expect(all.added.map((e) => e.fingerprint)).toEqual(["c"]);
    expect(all.removed.map((e) => e.fingerprint)).toEqual(["a", "z"]);
    const one = updateKnown(old, current, new Set(["main"]));
    expect(one.entries.map((e) => e.fingerprint)).toEqual(["b", "c", "z"]);
  });
});

function database(findings: Finding[]): DatabaseReport {
  return {
    name: "main",
    dir: "migrations",
    format: "golang-migrate",
    formatReason: "",
    schema: {},
    findings,
    migrations: ["0001", "0002"].map((version) => ({
      version,
      name: "x",
      files: [`migrations/${version}_x.up.sql`, `migrations/${version}_x.down.sql`],
      up: "ok",
      down: "failed",
      redo: "not-run",
      ms: 0,
    })),
  };
}

describe("known and existing findings", () => {
  const finding = (version: string, rule: Finding["rule"] = "down-failed"): Finding => ({
    rule,
    severity: "error",
    version,
    file: `migrations/${version}_x.down.sql`,
    message: `the down of ${version} failed`,
  });
  const printOf = (f: Finding) => fingerprint("main", "migrations", f);

  it("replay: a finding the known file lists is known; another stays new", () => {
    const db = database([finding("0001"), finding("0002")]);
    const known = new Set([printOf(finding("0001"))]);
    expect(setAside(db, { known, knownFile: "lockstep.known.json" })).toEqual([]);
    expect(db.findings.map((f) => f.status)).toEqual(["known", undefined]);
    expect(knownEntries(db, (f) => f).map((e) => e.fingerprint)).toEqual(db.findings.map(printOf));
  });

  it("check: a finding of a migration the base has unchanged is existing; of an edited one it is new", () => {
    const db = database([finding("0001"), finding("0002"), finding("0001", "lockfile-tampered")]);
    const unchanged = new Set([
      "migrations/0001_x.up.sql",
      "migrations/0001_x.down.sql",
      "migrations/0002_x.up.sql",
    ]);
    setAside(db, { known: new Set(), knownOnBase: new Set(), unchanged, knownFile: "lockstep.known.json" });
    expect(db.findings.map((f) => f.status)).toEqual(["existing", undefined, undefined]);
  });

  it("check: an entry the branch adds does not excuse its own migration's finding; the base's entry does", () => {
    const db = database([finding("0002")]);
    const known = new Set([printOf(finding("0002"))]);
    const unchanged = new Set<string>();
    const notes = setAside(db, {
      known,
      knownOnBase: new Set(),
      unchanged,
      knownFile: "lockstep.known.json",
    });
    expect(db.findings[0]?.status).toBeUndefined();
    expect(notes[0]).toContain("the base's lockstep.known.json does not");
    const again = database([finding("0002")]);
    setAside(again, { known, knownOnBase: known, unchanged, knownFile: "lockstep.known.json" });
    expect(again.findings[0]?.status).toBe("known");
  });
});
