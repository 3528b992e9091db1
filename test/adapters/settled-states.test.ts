import { existsSync, readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GitRepo } from "../../src/adapters/git.js";
import { loadSettledStates, parseSettledStates } from "../../src/adapters/settled-states.js";
import type { Settled } from "../../src/core/lock/guard-delta.js";
import { gitIn } from "../helpers/git.js";
import { tempTree } from "../helpers/temp-dir.js";

// The guard's remembered states are written once a commit, newest first, and a state the guard used again
// stays among them however many others are put after it.

const key = (n: number) => n.toString(16).padStart(64, "0");
const state = (n: number): Settled => ({
  last: [`${n}_x.up.sql`],
  newest: `${n}`,
  entries: n,
  elsewhere: [],
});

async function repository() {
  const cwd = tempTree({});
  gitIn(cwd)("init", "-q");
  const repo = await GitRepo.open(cwd);
  const path = repo.lockstepPath("settled-states") as string;
  const saved = () => [...(parseSettledStates(readFileSync(path, "utf8")) ?? new Map()).keys()];
  return { repo, path, saved };
}

describe("the guard's remembered states", () => {
  it("are written once, when something was put, with the newest first", async () => {
    const { repo, path, saved } = await repository();
    const states = loadSettledStates(repo);
    states.put(key(1), state(1));
    states.put(key(2), null);
    expect(existsSync(path)).toBe(false);
    states.save();
    expect(saved()).toEqual([key(2), key(1)]);
    const written = statSync(path).mtimeMs;
    // Read and not changed: not written again.
    const again = loadSettledStates(repo);
    expect(again.get(key(1))).toEqual(state(1));
    expect(again.get(key(2))).toBeNull();
    expect(again.get(key(3))).toBeUndefined();
    again.save();
    expect(statSync(path).mtimeMs).toBe(written);
  });

  it("keep a state asked for among the newest, and let the others go", async () => {
    const { repo, saved } = await repository();
    const first = loadSettledStates(repo);
    first.put(key(1), state(1));
    first.save();
    // Each commit asks for HEAD's state and puts the one it makes: HEAD's stays, however many commits.
    for (let n = 2; n < 40; n++) {
      const states = loadSettledStates(repo);
      expect(states.get(key(1)), `commit ${n}`).toEqual(state(1));
      states.put(key(n), state(n));
      states.save();
    }
    expect(saved()[0]).toBe(key(39));
    expect(saved()[1]).toBe(key(1));
    expect(saved()).toHaveLength(16);
    // One not asked for goes once enough newer ones are put.
    expect(saved()).not.toContain(key(2));
  });
});
