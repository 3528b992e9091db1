import { createHash } from "node:crypto";

/** The part of a comment's body that lockstep reads back: which job wrote it, and a digest of its content. */
export interface StickyMarker {
  key: string;
  digest: string;
}

const MARKER = /<!-- lockstep:sticky key=([0-9a-f]+) digest=([0-9a-f]+) -->/;

/** The marker line's length: the key and digest have fixed widths. */
export const MARKER_LENGTH = "<!-- lockstep:sticky key= digest= -->\n".length + 16 + 32;

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/**
 * One comment per lockstep job: jobs with another working directory or config keep their own comment.
 * Hashed, so nothing from the inputs can end the HTML comment the key sits in.
 */
export function stickyKey(workingDirectory: string, config?: string): string {
  const dir = workingDirectory.replace(/\\/g, "/").replace(/^\.\/|\/+$/g, "") || ".";
  return sha256(`${dir}\0${config ?? ""}`).slice(0, 16);
}

/**
 * The body with its hidden marker. The digest covers `digestOf`: the content without what changes on every
 * run (timings), so a comment is only rewritten when what it says changed.
 */
export function markComment(body: string, key: string, digestOf = body): { body: string; digest: string } {
  const digest = sha256(digestOf).slice(0, 32);
  return { body: `<!-- lockstep:sticky key=${key} digest=${digest} -->\n${body}`, digest };
}

export function readMarker(body: string | undefined | null): StickyMarker | undefined {
  const match = MARKER.exec(body ?? "");
  return match ? { key: match[1] as string, digest: match[2] as string } : undefined;
}
