import type { AppliedFacts, ToolDescriptor } from "./tool.js";

type Kind = Exclude<keyof AppliedFacts, "deleted">;

/** Where lockstep knows nothing of the runner (plain SQL, a pattern): what runners do, said as possibilities. */
const UNKNOWN: Record<Kind, string> = {
  outOfOrder:
    "a runner that keeps only the newest applied version never applies it, and one that records each migration applies it after newer ones",
  duplicate: "a runner that knows migrations by version applies only one of them",
  renamed: "a runner that knows migrations by file name sees a new migration and runs it again",
  edited: "databases that already ran it will never run the new text",
};

/** What the set's own tool does about the change, as a clause ("golang-migrate records only …"). */
export function toolDoes(tool: ToolDescriptor, kind: Kind): string {
  const fact = tool.applied[kind];
  return fact ? `${tool.name} ${fact.does}` : UNKNOWN[kind];
}

/** What the set's tool does when an applied migration is gone, as a clause after a `; `, where it is known. */
export function deletedNote(tool: ToolDescriptor): string {
  const fact = tool.applied.deleted;
  return fact ? `; ${tool.name} ${fact.does}` : "";
}

/** What writes the new migration that an edit of an applied one should have been. */
export function changeAdvice(tool: ToolDescriptor): string {
  return tool.authoring.refuse?.change ?? "lockstep new NAME";
}

/** The fix for a new migration whose version an applied one has. */
export function clashAdvice(tool: ToolDescriptor, newest: string): string {
  return tool.authoring.refuse?.clash ?? `\`lockstep renumber\` moves the new one after ${newest}`;
}

/** The fix for a new migration its tool would not apply, or not in order. */
export function earlyAdvice(tool: ToolDescriptor, newest: string): string {
  return tool.authoring.refuse?.early ?? `\`lockstep renumber\` moves it after ${newest}`;
}

/**
 * The tool's per-file opt-out as advice, with what must hold for the file's PRAGMA or BEGIN to reach the
 * statements after it where the opt-out runs them one by one on a pool ("…; goose then runs each …").
 */
export function optOutAdvice(tool: ToolDescriptor): string | undefined {
  const { optOut, optOutConnection } = tool.transaction;
  if (!optOut) return undefined;
  return optOutConnection ? `${optOut}; ${optOutConnection}` : optOut;
}

/** How messages name who runs the files: the tool, or the application's own runner. */
export function runnerOf(tool: ToolDescriptor): string {
  return tool.tracking.source === "lockstep" ? "the application's runner" : tool.name;
}
