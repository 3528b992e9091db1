import { spawnSync } from "node:child_process";
import { appendFileSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { parseLockFile } from "../../src/core/lock/lock-file.js";
import { pullRequestEvent, TOKEN, useFakeGitHub } from "../action/harness.js";
import { CLI, runCli } from "../helpers/cli.js";
import { tempTree } from "../helpers/temp-dir.js";
import {
  addFifo,
  ENV_SECRET,
  ESC,
  HEADER_SECRET,
  hostileRepository,
  INJECTED,
  privateTmp,
} from "./hostile-fixture.js";

const SECRETS = [HEADER_SECRET, Buffer.from(HEADER_SECRET, "base64").toString(), ENV_SECRET, TOKEN];

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

const SECRET_ENV = { NO_COLOR: "1", "INPUT_GITHUB-TOKEN": ENV_SECRET, LOCKSTEP_SECRET: ENV_SECRET };

/** The built CLI with a secret in its environment and a temp dir of its own; killed if it hangs. */
function run(cwd: string, args: string[], tmp = privateTmp()): Ran {
  const ran = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: "utf8",
    timeout: 45_000,
    env: { ...process.env, ...SECRET_ENV, TMPDIR: tmp },
  });
  expect(ran.signal, `lockstep ${args.join(" ")} was killed: it hung`).toBeNull();
  expect(readdirSync(tmp), `lockstep ${args.join(" ")} left temporary files`).toEqual([".keep"]);
  return { code: ran.status, stdout: ran.stdout, stderr: ran.stderr };
}

function expectNoSecret(text: string, where: string): void {
  for (const secret of SECRETS) expect(text.includes(secret), `${where} holds a secret`).toBe(false);
}

/** No line the repository's text wrote can be read as a workflow command or reach a terminal raw. */
function expectNeutral(text: string, where: string, own: RegExp[] = []): void {
  expect(text.includes(ESC), `${where} holds a raw escape sequence`).toBe(false);
  for (const line of text.split(/\r\n|\r|\n/)) {
    const start = line.trimStart();
    if (!start.startsWith("::") && !start.startsWith("##[")) continue;
    expect(
      own.some((pattern) => pattern.test(start)),
      `${where} has a line that is a workflow command: ${start.slice(0, 120)}`,
    ).toBe(true);
  }
  for (const injected of INJECTED) expect(text.split("\n")).not.toContain(injected);
}

function expectClean(ran: Ran, what: string): void {
  expectNoSecret(ran.stdout + ran.stderr, what);
  expectNeutral(ran.stdout, `${what} stdout`);
  expectNeutral(ran.stderr, `${what} stderr`);
  expect(ran.stderr, `${what} failed inside`).not.toContain("internal error");
}

function expectLockWhole(dir: string): void {
  const { problems } = parseLockFile(readFileSync(join(dir, "lockstep.sum"), "utf8"));
  expect(problems).toEqual([]);
  const strays = readdirSync(dir).filter(
    (name) => name.startsWith("lockstep.sum") && name !== "lockstep.sum",
  );
  expect(strays).toEqual([]);
}

/**
 * The CLI in this process, with the same secrets in what it reads as its environment: for setting up and for
 * refusals at config load (no temp file, nothing that can hang, and no /proc/self/environ to read).
 */
function runHere(cwd: string, args: string[]): Promise<Ran> {
  return runCli(cwd, args, SECRET_ENV);
}

const lockAll = async (cwd: string) => {
  const ran = await runHere(cwd, ["lock"]);
  expect(ran.code, ran.stderr).toBe(0);
};

describe("a hostile repository through replay, check, lock and guard", () => {
  it("keeps secrets in, workflow commands and escapes out, ends every statement, and writes whole files", async () => {
    const r = await hostileRepository(lockAll);
    addFifo(join(r.cwd, "db/app"), "0004_fifo.up.sql");
    let json = "";
    for (const format of ["text", "json", "markdown"]) {
      const replay = run(r.cwd, ["replay", "--format", format]);
      expectClean(replay, `replay --format ${format}`);
      expect(replay.code, replay.stderr).toBe(1);
      if (format === "json") json = replay.stdout;
      const check = run(r.cwd, ["check", "--base", "main", "--format", format]);
      expectClean(check, `check --format ${format}`);
      expect(check.code, check.stderr).toBe(1);
    }
    const report = JSON.parse(json) as {
      databases: { name: string; findings: { rule: string; file?: string; line?: number }[] }[];
    };
    const findings = (name: string) => report.databases.find((d) => d.name === name)?.findings ?? [];
    expect(findings("slow")).toContainEqual(
      expect.objectContaining({ rule: "timeout", file: "db/slow/0002_forever.up.sql", line: 2 }),
    );
    expect(findings("app")).toContainEqual(
      expect.objectContaining({ rule: "down-failed", file: "db/app/0002_names.down.sql" }),
    );
    expect(findings("app")).toContainEqual(
      expect.objectContaining({ rule: "parse-error", file: "db/app/0004_fifo.up.sql" }),
    );
    for (const dir of ["db/app", "db/slow"]) {
      const check = run(r.cwd, ["lock", "--check"]);
      expectClean(check, "lock --check");
      expectLockWhole(join(r.cwd, dir));
    }
    r.write({
      "db/app/0005_more.up.sql": "CREATE TABLE more (id INTEGER);\n",
      "db/app/0005_more.down.sql": "DROP TABLE more;\n",
    });
    r.git("add", "db/app/0005_more.up.sql", "db/app/0005_more.down.sql");
    // The file names with a newline are no golang-migrate names: the guard refuses them, and says so.
    const guard = run(r.cwd, ["guard", "--staged", "--base", "main"]);
    expectClean(guard, "guard --staged");
    expect(guard.code, guard.stderr).toBe(1);
    expect(guard.stderr).toContain("parse-error  db/app/0003_x\\n::warning::from a file name.up.sql");
    expect(guard.stderr).toContain("commit refused, 2 problems in the staged migrations");
    expectLockWhole(join(r.cwd, "db/app"));
  });

  it("reports a damaged lock-file line at its line and lets `lock` repair it", async () => {
    const r = await hostileRepository(lockAll);
    const sum = join(r.cwd, "db/slow/lockstep.sum");
    appendFileSync(sum, 'amended 0001 "\\x41"\n');
    const at = `db/slow/lockstep.sum:${readFileSync(sum, "utf8").split("\n").length - 1}`;
    const expectFound = (args: string[]) => {
      const ran = run(r.cwd, args);
      expectClean(ran, args.join(" "));
      expect(ran.code, `${args.join(" ")}: ${ran.stderr}`).toBe(1);
      // The guard speaks on stderr, as a hook does; the others on stdout.
      expect(ran.stdout + ran.stderr).toContain(at);
    };
    r.git("add", "db/slow/lockstep.sum");
    expectFound(["lock", "--check"]);
    expectFound(["guard", "--staged", "--base", "main"]);
    r.git("commit", "-q", "--no-verify", "-m", "damaged");
    expectFound(["check", "--base", "main"]);
    expect(run(r.cwd, ["lock"]).code).toBe(0);
    expectLockWhole(join(r.cwd, "db/slow"));
    expect(run(r.cwd, ["lock", "--check"]).code).toBe(0);
  });
});

describe("config paths that point outside the repository", () => {
  const outside = tempTree({ "outside.sql": `-- ${ENV_SECRET}\nCREATE TABLE leaked (id INTEGER);\n` });
  const targets = [
    ".git/config",
    "/proc/self/environ",
    join(outside, "outside.sql"),
    "../outside.sql",
    "link.sql",
  ];

  // One repository for all of them: each case only writes the config, and every run must refuse it.
  let shared: Awaited<ReturnType<typeof hostileRepository>> | undefined;
  const repository = async () => {
    if (shared) return shared;
    shared = await hostileRepository(lockAll);
    writeFileSync(join(shared.cwd, "..", "outside.sql"), `-- ${ENV_SECRET}\n`);
    symlinkSync(join(outside, "outside.sql"), join(shared.cwd, "link.sql"));
    return shared;
  };

  for (const key of ["order", "baseline", "functions"]) {
    for (const target of targets) {
      it(`"${key}": "${target.startsWith("/") && !target.startsWith("/proc") ? "<outside>/outside.sql" : target}" is refused in one line, with no secret`, async () => {
        const r = await repository();
        writeFileSync(
          join(r.cwd, "lockstep.config.json"),
          JSON.stringify({
            databases: [{ name: "app", dir: "db/app", layout: "golang-migrate", [key]: target }],
          }),
        );
        for (const args of [["replay"], ["check", "--base", "main"], ["lock"]]) {
          // /proc/self/environ is the environment of the process that reads it: that one runs as its own.
          const ran = target === "/proc/self/environ" ? run(r.cwd, args) : await runHere(r.cwd, args);
          expectClean(ran, `${args[0]} with ${key}: ${target}`);
          expect(ran.code, ran.stdout + ran.stderr).toBe(2);
          expect(ran.stderr.trim().split("\n")).toHaveLength(1);
          expect(ran.stderr).toContain(`"${key}"`);
        }
      });
    }
  }
});

/** The Action's log after its first line, which hands the token to the runner to mask. */
function logAfterMask(stdout: string): string {
  const [first, ...rest] = stdout.split("\n");
  expect(first).toBe(`::add-mask::${TOKEN}`);
  return rest.join("\n");
}

describe("the Action on a hostile pull request", () => {
  const fake = useFakeGitHub();
  const own = [
    new RegExp(`^::add-mask::${TOKEN}$`),
    /^::(error|warning|notice) title=lockstep [^\n]*::/,
    /^::error::lockstep (found \d+ error|could not check: )/,
  ];

  it("posts a comment and a summary with the findings and no secret, and logs nothing a runner would obey", async () => {
    const r = await hostileRepository(lockAll);
    const merge = r.mergeCheckout("main", "feature");
    const { payload } = pullRequestEvent(r.base, r.head, 9);
    const out = await fake.act("pull_request", r.cwd, payload, merge, {}, { process: true });
    expectNoSecret(logAfterMask(out.stdout) + out.stderr + out.summary, "the Action's log and summary");
    expectNeutral(out.stdout, "the Action's log", own);
    expect(out.code).toBe(1);
    const [comment] = fake.api.comments.get(9) ?? [];
    expect(comment?.body.length).toBeLessThanOrEqual(65_536);
    expectNoSecret(comment?.body ?? "", "the comment");
    expect(comment?.body).toContain("timeout");
    expect(comment?.body).toContain("down-failed");
    // As a Markdown renderer reads it: no link the repository's text made, no code span it broke.
    const html = await marked.parse(comment?.body ?? "");
    expect(html).not.toMatch(/href="\s*javascript:/i);
    expect(html).not.toContain("</code>c<code>");
  });

  it("fails in one line, with no secret anywhere, when the pull request's config reads .git/config", async () => {
    const r = await hostileRepository(lockAll);
    r.git("checkout", "-q", "feature");
    const head = r.commit(
      {
        "lockstep.config.json": JSON.stringify({
          databases: [{ name: "app", dir: "db/app", layout: "golang-migrate", order: ".git/config" }],
        }),
      },
      "read the token",
    );
    const merge = r.mergeCheckout("main", "feature");
    const { payload } = pullRequestEvent(r.base, head, 10);
    const out = await fake.act("pull_request", r.cwd, payload, merge, {}, { process: true });
    expectNoSecret(logAfterMask(out.stdout) + out.stderr + out.summary, "the Action's log and summary");
    for (const comment of fake.api.comments.get(10) ?? []) expectNoSecret(comment.body, "the comment");
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(/::error::lockstep could not check: .*"order"/);
  });
});
