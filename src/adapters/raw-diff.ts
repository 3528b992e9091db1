/** One path of `git diff --cached --raw HEAD`: its status letter (A, M, D, T, U) and what the index holds. */
export interface StagedChange {
  /** A path in the repository. */
  path: string;
  status: string;
  /** The index's mode and object ("000000" and zeros for a deletion). */
  mode: string;
  blob: string;
}

/** `git diff --raw -z` output; undefined when it is not what git prints. */
export function parseRawDiff(out: string): StagedChange[] | undefined {
  const parts = out.split("\0");
  if (parts.at(-1) === "") parts.pop();
  const changes: StagedChange[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const meta = /^:\d{6} (\d{6}) [0-9a-f]+ ([0-9a-f]+) ([A-Z])\d*$/.exec(parts[i] as string);
    const path = parts[i + 1];
    if (!meta || path === undefined) return undefined;
    changes.push({ path, status: meta[3] as string, mode: meta[1] as string, blob: meta[2] as string });
  }
  return changes;
}
