import { lstatSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { Settled } from "../core/lock/guard-delta.js";
import { hashText } from "../core/lock/lock-file.js";
import { writeFileAtomic } from "./atomic-write.js";
import type { GitRepo } from "./git.js";
import { readRegularBytes } from "./regular-file.js";

/**
 * The states of migration directories the guard found settled (see core/lock/guard-delta), kept in the git
 * directory between commits, by a key naming everything the guard's answer depends on. The file is
 * lockstep's own and is trusted only as a whole: another format, a sum that does not match the lines below
 * it, or one line that does not validate, and none of it is used: the guard then reads everything.
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
  /** What is known of a state: Settled, null for one found not settled, undefined for one not seen. */
  get(key: string): Settled | null | undefined;
  /** Remembers a state and writes the file; a git directory that cannot be written is left alone. */
  put(key: string, settled: Settled | null): void;
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
  const lines = text.split("\n");
  if (lines.pop() !== "") return undefined;
  const [first, ...body] = lines;
  if (first !== `${HEADER} ${hashText(`${body.join("\n")}\n`)}`) return undefined;
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

function renderSettledStates(states: Map<string, Settled | null>): string {
  const body = [...states].map(([key, settled]) => `${key} ${JSON.stringify(settled)}`);
  return `${[`${HEADER} ${hashText(`${body.join("\n")}\n`)}`, ...body].join("\n")}\n`;
}

export function loadSettledStates(repo: GitRepo): SettledStates {
  const path = repo.lockstepPath(SETTLED_FILE);
  const read = path === undefined ? undefined : readRegularBytes(path, MAX_BYTES, { noFollow: true });
  const states = (read?.ok ? parseSettledStates(read.bytes.toString("utf8")) : undefined) ?? new Map();
  return {
    get: (key) => states.get(key),
    put(key, settled) {
      states.delete(key);
      // Newest first; the oldest go.
      const next = new Map([[key, settled], ...[...states].slice(0, MAX_STATES - 1)]);
      states.clear();
      for (const [k, v] of next) states.set(k, v);
      if (path === undefined) return;
      try {
        // Only lockstep's own regular file is replaced: never written through a link, nor over anything else.
        const info = lstatSync(path, { throwIfNoEntry: false });
        if (info && !info.isFile()) return;
        mkdirSync(dirname(path), { recursive: true });
        writeFileAtomic(path, renderSettledStates(states));
      } catch {
        // A read-only git directory: the next commit reads everything again, which is only slower.
      }
    },
  };
}
