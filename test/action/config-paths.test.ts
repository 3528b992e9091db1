import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

import { pullRequestEvent, repository, TOKEN, useFakeGitHub } from "./harness.js";

const applied = {
  "migrations/0001_users.up.sql": "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);\n",
  "migrations/0001_users.down.sql": "DROP TABLE users;\n",
};

// What actions/checkout persists in .git/config: the job's token, base64, in an extra HTTP header.
const HEADER = Buffer.from(`x-access-token:${TOKEN}`).toString("base64");

describe("Action: a pull request's config naming .git/config", () => {
  const fake = useFakeGitHub();

  it.each(["order", "baseline"])(
    '"%s": ".git/config" fails the step in one line; the token reaches no log, summary or comment',
    async (key) => {
      const r = repository(applied);
      r.git("config", "http.https://github.com/.extraheader", `AUTHORIZATION: basic ${HEADER}`);
      await runCli(r.cwd, ["lock", "migrations"]);
      const base = r.commit({}, "applied");
      r.git("checkout", "-q", "-b", "feature");
      const config = { databases: [{ name: "app", dir: "migrations", [key]: ".git/config" }] };
      const head = r.commit({ "lockstep.config.json": JSON.stringify(config) }, "feature");
      const merge = r.mergeCheckout("main", "feature");
      const { payload } = pullRequestEvent(base, head);
      const out = await fake.act("pull_request", r.cwd, payload, merge, { comment: "always" });
      expect(out.code).toBe(1);
      expect(out.stdout).toContain(
        `::error::lockstep could not check: database "app": "${key}" is ".git/config", inside .git/`,
      );
      const comments = [...fake.api.comments.values()].flat().map((c) => c.body);
      for (const text of [out.stdout, out.stderr, out.summary, ...comments]) {
        expect(text).not.toContain(HEADER);
        expect(text).not.toContain("extraheader");
      }
    },
  );
});
