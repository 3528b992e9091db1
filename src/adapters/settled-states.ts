import type { Settled } from "../core/lock/guard-delta.js";
import type { GitRepo } from "./git.js";
import { parseSummed, readSummed, writeSummed } from "./summed-file.js";

/**
 * The states of migration directories the guard found settled (see core/lock/guard-delta), kept in the git
 * directory between commits, by a key naming everything the guard's answer depends on. The file is
 * lockstep's own and is trusted only as a whole (see summed-file): another format, a sum that does not
 * match the lines below it, or one line that does not validate, and none of it is used: the guard then
 * reads everything.
 *
 *     lockstep-settled 1 h1:<sum of the lines below>
 *     <key> <JSON: Settled, or null for a state found not settled>
 */
const SETTLED_FILE = "settled-states";

const HEADER = "lockstep-settled 1";
const KEY = /^[0-9a-f]{64}$/;
/** A branch's last few states are all that is asked for again; the file stays small. */
const MAX_STATES = 16;
const MAX_BYTES = 4 * 1024 * 1024;

export interface SettledStates {
  /**
   * What is known of a state: Settled, null for one found not settled, undefined for one not seen. A state
   * asked for is kept among the newest when the file is next written: a state used again stays.
   */
  get(key: string): Settled | null | undefined;
  /** Remembers a state, the newest of all. */
  put(key: string, settled: Settled | null): void;
  /** Writes the file once, when anything was put; a git directory that cannot be written is left alone. */
  save(): void;
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === "string");
}

function isSettled(value: unknown): value is Settled | null {
  if (value === null) return true;
  if (typeof value !== "object") return false;
  const v = value as Record<string, unknown>;
  const keys = Object.keys(v).sort().join(",");
  return (
    (keys === "elsewhere,entries,last" || keys === "elsewhere,entries,last,newest") &&
    isStrings(v.last) &&
    isStrings(v.elsewhere) &&
    Number.isSafeInteger(v.entries) &&
    (v.entries as number) >= 0 &&
    (v.newest === undefined || typeof v.newest === "string")
  );
}

/** Parses the file; undefined when any part of it does not validate. */
export function parseSettledStates(text: string): Map<string, Settled | null> | undefined {
  const body = parseSummed(text, HEADER);
  return body && statesOf(body);
}

function statesOf(body: readonly string[]): Map<string, Settled | null> | undefined {
  const states = new Map<string, Settled | null>();
  for (const line of body) {
    const space = line.indexOf(" ");
    const key = line.slice(0, space);
    if (space === -1 || !KEY.test(key) || states.has(key)) return undefined;
    let value: unknown;
    try {
      value = JSON.parse(line.slice(space + 1));
    } catch {
      return undefined;
    }
    if (!isSettled(value)) return undefined;
    states.set(key, value);
  }
  return states;
}

export function loadSettledStates(repo: GitRepo): SettledStates {
  const path = repo.lockstepPath(SETTLED_FILE);
  const body = readSummed(path, HEADER, MAX_BYTES);
  const states = (body && statesOf(body)) ?? new Map<string, Settled | null>();
  /** Newest last: the states put, then those asked for. */
  const fresh = new Map<string, Settled | null>();
  let changed = false;
  return {
    get(key) {
      if (fresh.has(key)) return fresh.get(key);
      const known = states.get(key);
      if (known !== undefined) fresh.set(key, known);
      return known;
    },
    put(key, settled) {
      fresh.delete(key);
      fresh.set(key, settled);
      changed = true;
    },
    save() {
      if (!changed) return;
      changed = false;
      // Newest first; the oldest go.
      const newest = [...fresh].reverse();
      const rest = [...states].filter(([key]) => !fresh.has(key));
      const kept = [...newest, ...rest].slice(0, MAX_STATES);
      states.clear();
      for (const [key, settled] of kept) states.set(key, settled);
      fresh.clear();
      writeSummed(
        path,
        HEADER,
        kept.map(([key, settled]) => `${key} ${JSON.stringify(settled)}`),
      );
    },
  };
}
